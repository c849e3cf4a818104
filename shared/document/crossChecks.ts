/**
 * The rules a schema cannot state alone: ids unique in their list, relationship ends that
 * name stakeholders of the same map, no relationship from a person to itself, owners that
 * are members of our team. Applied to the current map and to every snapshot in history.
 */
import { problem, type Problem, type ProblemPath } from './problems';
import type { MapContent, PowermapDocument } from './schema';

function uniqueIds(items: readonly { id: string }[], at: ProblemPath, out: Problem[]): Set<string> {
  const first = new Map<string, number>();
  items.forEach((item, index) => {
    const earlier = first.get(item.id);
    if (earlier === undefined) first.set(item.id, index);
    else out.push(problem([...at, index, 'id'], 'duplicate_id', { id: item.id, other: `${at.at(-1)}[${earlier}]` }));
  });
  return new Set(first.keys());
}

export function checkMap(map: MapContent, at: ProblemPath): Problem[] {
  const out: Problem[] = [];
  const people = uniqueIds(map.stakeholders, [...at, 'stakeholders'], out);
  const team = uniqueIds(map.team, [...at, 'team'], out);
  uniqueIds(map.relationships, [...at, 'relationships'], out);
  map.stakeholders.forEach((person, index) => {
    if (person.ownerId !== null && !team.has(person.ownerId)) {
      out.push(problem([...at, 'stakeholders', index, 'ownerId'], 'unknown_owner', { id: person.ownerId }));
    }
  });
  map.relationships.forEach((line, index) => {
    const here = [...at, 'relationships', index];
    if (!people.has(line.from)) out.push(problem([...here, 'from'], 'unknown_stakeholder', { id: line.from }));
    if (!people.has(line.to)) out.push(problem([...here, 'to'], 'unknown_stakeholder', { id: line.to }));
    if (line.from === line.to) out.push(problem([...here, 'to'], 'self_relationship', { id: line.from }));
  });
  return out;
}

export function checkDocument(document: PowermapDocument): Problem[] {
  const out = checkMap(document, []);
  uniqueIds(document.history, ['history'], out);
  document.history.forEach((snapshot, index) => out.push(...checkMap(snapshot, ['history', index])));
  return out;
}
