/**
 * The rules a schema cannot state alone: ids unique in their list, relationship ends that
 * name stakeholders of the same map, no relationship from a person to itself, owners that
 * are members of our team. Applied to the current map and to every snapshot in history.
 *
 * The checks read their input tolerantly (a list that is not a list, an id that is not a
 * string are skipped: the schema reports those), so they can run on a document that also
 * failed the schema, and every problem is reported in one go.
 */
import { problem, type Problem, type ProblemPath } from './problems';

type Loose = Record<string, unknown>;

function list(value: unknown): Loose[] {
  return Array.isArray(value)
    ? value.map((item) => (item !== null && typeof item === 'object' ? (item as Loose) : {}))
    : [];
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function uniqueIds(items: readonly Loose[], at: ProblemPath, out: Problem[]): Set<string> {
  const first = new Map<string, number>();
  items.forEach((item, index) => {
    const id = text(item['id']);
    if (id === undefined) return;
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, index);
    else out.push(problem([...at, index, 'id'], 'duplicate_id', { id, other: `${String(at.at(-1))}[${earlier}]` }));
  });
  return new Set(first.keys());
}

/**
 * `references: false` leaves out the checks that an entity's reference names another one
 * (owners, relationship ends): after a schema failure an invalid id would make every
 * reference to it look dangling, one real problem reported many times over.
 */
export function checkMap(map: unknown, at: ProblemPath, references = true): Problem[] {
  const content = map !== null && typeof map === 'object' ? (map as Loose) : {};
  const out: Problem[] = [];
  const stakeholders = list(content['stakeholders']);
  const people = uniqueIds(stakeholders, [...at, 'stakeholders'], out);
  const team = uniqueIds(list(content['team']), [...at, 'team'], out);
  const relationships = list(content['relationships']);
  uniqueIds(relationships, [...at, 'relationships'], out);
  if (!references) {
    relationships.forEach((line, index) => {
      const from = text(line['from']);
      if (from !== undefined && from === text(line['to'])) {
        out.push(problem([...at, 'relationships', index, 'to'], 'self_relationship', { id: from }));
      }
    });
    return out;
  }
  stakeholders.forEach((person, index) => {
    const owner = text(person['ownerId']);
    if (owner !== undefined && !team.has(owner)) {
      out.push(problem([...at, 'stakeholders', index, 'ownerId'], 'unknown_owner', { id: owner }));
    }
  });
  relationships.forEach((line, index) => {
    const here = [...at, 'relationships', index];
    const from = text(line['from']);
    const to = text(line['to']);
    if (from !== undefined && !people.has(from))
      out.push(problem([...here, 'from'], 'unknown_stakeholder', { id: from }));
    if (to !== undefined && !people.has(to)) out.push(problem([...here, 'to'], 'unknown_stakeholder', { id: to }));
    if (from !== undefined && from === to) out.push(problem([...here, 'to'], 'self_relationship', { id: from }));
  });
  return out;
}

export function checkDocument(document: unknown, references = true): Problem[] {
  const out = checkMap(document, [], references);
  const history = list(document !== null && typeof document === 'object' ? (document as Loose)['history'] : undefined);
  uniqueIds(history, ['history'], out);
  history.forEach((snapshot, index) => out.push(...checkMap(snapshot, ['history', index], references)));
  return out;
}
