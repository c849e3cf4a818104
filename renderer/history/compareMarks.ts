/**
 * What the map of a comparison marks (issue 4): people added, removed (drawn as ghosts in
 * their old place), improved, worsened or otherwise changed; lines added and removed (the
 * removed ones drawn as ghosts too). Pure: from the two versions and their DocumentDiff.
 *
 * The map shown is the newer version with the ghosts added (`shownDocument`); MapCanvas
 * draws the marks from a `CompareMarks` value passed beside that document (its
 * `compareMarks` prop).
 */
import type { Direction, DocumentDiff, EntityChange, FieldChange } from '../../shared/diff';
import {
  HOSTILE_ATTITUDES,
  SUPPORTIVE_ATTITUDES,
  type MapContent,
  type PowermapDocument,
  type Relationship,
  type Stakeholder,
} from '../../shared/document';

import type { CanvasMarks, LineMark, PersonMark } from '../canvas/marks';

export type { LineMark, PersonMark } from '../canvas/marks';

/** The marks MapCanvas draws (`compareMarks` prop), plus the ghosts to draw them on. */
export interface CompareMarks extends CanvasMarks {
  /** Every person who differs between the versions, by id; people only moved on the map are left out. */
  readonly people: ReadonlyMap<string, PersonMark>;
  readonly lines: ReadonlyMap<string, LineMark>;
  /** What the older version had and the newer has not, to draw where it was. */
  readonly ghosts: { readonly people: readonly Stakeholder[]; readonly lines: readonly Relationship[] };
}

/** Fields that only say where a card sits: moving cards is layout, not a change of the map's meaning. */
const LAYOUT_FIELDS: ReadonlySet<string> = new Set(['position', 'position.x', 'position.y']);

export function isLayoutField(field: string): boolean {
  return LAYOUT_FIELDS.has(field);
}

/** The changes of a person worth showing: all but moving the card. */
export function meaningfulChanges(entity: EntityChange): readonly FieldChange[] {
  return entity.changes.filter((change) => !isLayoutField(change.field));
}

/**
 * How a field change reads for us. Attitude, closeness and stage come with the diff; more
 * influence is better in a supporter or champion and worse in an opponent or blocker (the
 * person's attitude in the newer version), and says nothing for anyone else, nor when the
 * weight was not judged on one side.
 */
export function fieldDirection(change: FieldChange, person: Stakeholder | undefined): Direction | undefined {
  if (change.direction) return change.direction;
  if (change.field !== 'influence' || person === undefined) return undefined;
  if (typeof change.old !== 'number' || typeof change.new !== 'number' || change.old === change.new) return undefined;
  const more = change.new > change.old;
  if (SUPPORTIVE_ATTITUDES.has(person.attitude)) return more ? 'improved' : 'worsened';
  if (HOSTILE_ATTITUDES.has(person.attitude)) return more ? 'worsened' : 'improved';
  return undefined;
}

/** Improved when every directed change improved, worsened when every one worsened, otherwise changed. */
export function personMark(changes: readonly FieldChange[], person: Stakeholder | undefined): PersonMark {
  const directions = new Set<Direction>();
  for (const change of changes) {
    const direction = fieldDirection(change, person);
    if (direction) directions.add(direction);
  }
  return directions.size === 1 ? [...directions][0]! : 'changed';
}

export function compareMarks(old: MapContent, next: MapContent, diff: DocumentDiff): CompareMarks {
  const people = new Map<string, PersonMark>();
  const newPeople = new Map(next.stakeholders.map((p) => [p.id, p]));
  for (const person of diff.stakeholders.added) people.set(person.id, 'added');
  for (const person of diff.stakeholders.removed) people.set(person.id, 'removed');
  for (const entity of diff.stakeholders.changed) {
    const changes = meaningfulChanges(entity);
    if (changes.length > 0) people.set(entity.id, personMark(changes, newPeople.get(entity.id)));
  }

  const lines = new Map<string, LineMark>();
  for (const line of diff.relationships.added) lines.set(line.id, 'added');
  for (const line of diff.relationships.removed) lines.set(line.id, 'removed');

  // Ghost lines are drawn only between people the shown map has (the newer version's or ghosts).
  const oldIds = new Set(old.stakeholders.map((p) => p.id));
  const ghostPeople = diff.stakeholders.removed.filter((p) => oldIds.has(p.id) && !newPeople.has(p.id));
  const shown = new Set([...newPeople.keys(), ...ghostPeople.map((p) => p.id)]);
  const newLines = new Set(next.relationships.map((r) => r.id));
  const ghostLines = diff.relationships.removed.filter(
    (line) => !newLines.has(line.id) && shown.has(line.from) && shown.has(line.to),
  );
  return { people, lines, ghosts: { people: ghostPeople, lines: ghostLines } };
}

/**
 * The document the map of a comparison shows: the newer version's map, with the ghosts
 * of what was removed after it (people in their old place, then lines). `base` gives the
 * fields besides the map (format, version, history), which the canvas does not read.
 */
export function shownDocument(base: PowermapDocument, next: MapContent, marks: CompareMarks): PowermapDocument {
  const { ghosts } = marks;
  return {
    ...base,
    deal: next.deal,
    team: next.team,
    stakeholders: ghosts.people.length === 0 ? next.stakeholders : [...next.stakeholders, ...ghosts.people],
    relationships: ghosts.lines.length === 0 ? next.relationships : [...next.relationships, ...ghosts.lines],
  };
}

/** How many people and lines carry each mark, for the map's legend. */
export function markCounts(marks: CompareMarks): Readonly<Record<PersonMark, number>> {
  const counts: Record<PersonMark, number> = { added: 0, removed: 0, improved: 0, worsened: 0, changed: 0 };
  for (const mark of marks.people.values()) counts[mark] += 1;
  return counts;
}
