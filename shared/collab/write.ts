/**
 * Writing a document into a deal's Y.Doc: only what differs, in one transaction whose
 * origin names the actor, with a trail entry per change in that same transaction.
 *
 * Two ways to say what differs:
 * - with `previous` (the editor's document before the edit), only the edit's own changes
 *   are written: a field is written when it differs between `previous` and `next`. A
 *   change that came from another replica meanwhile, and is not in `next`, is left alone,
 *   which is what makes edits merge field by field. Items unchanged by identity are skipped
 *   without a look at their fields (edits are immutable), so a 2,000-person edit is cheap.
 * - without it, the Y.Doc is made equal to `next` (a first write, an import over a deal).
 *
 * Removing a person, line or team member marks it deleted (./shape.ts `Deletion`); its
 * Y.Map stays, so an offline edit of it on another replica is not lost (see ./read.ts).
 */
import * as Y from 'yjs';
import { deepEqual } from '../diff/deepEqual';
import type { PowermapDocument, Snapshot } from '../document/schema';
import { assignRanks } from './ranks';
import {
  COLLAB_SCHEMA_VERSION,
  DELETED,
  RANK,
  deletionOf,
  fieldKey,
  fieldOf,
  fieldsOf,
  originOf,
  rankOf,
  rootsOf,
  type Actor,
  type Deletion,
  type ItemList,
} from './shape';
import { writeSnapshot } from './snapshots';
import { appendTrail, type TrailEntity, type TrailEntry } from './trail';

type Fields = Readonly<Record<string, unknown>>;
interface Item {
  readonly id: string;
}

export interface ApplyOptions {
  /** The document before the edit: write only the edit's changes (see above). */
  readonly previous?: PowermapDocument;
  readonly now?: () => Date;
  /** Record trail entries (default true; a first write of an existing deal records none). */
  readonly trail?: boolean;
}

export interface ApplyResult {
  /** True when anything was written. */
  readonly changed: boolean;
  /**
   * Snapshots of `next` whose id is already taken by another record (another time, or a
   * damaged entry): never overwritten, so not written. Content is immutable by contract
   * and never compared (that would mean inflating every snapshot on every edit).
   */
  readonly keptSnapshots: readonly string[];
}

const MAP_KEYS = new Set(['deal', 'team', 'stakeholders', 'relationships', 'history']);

function headOf(doc: PowermapDocument): Record<string, unknown> {
  const head: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc)) if (!MAP_KEYS.has(key)) head[key] = value;
  return head;
}

/** A new Y.Doc holding `doc`, named by the deal id; no trail entries (nothing was changed, only stored). */
export function documentToYDoc(doc: PowermapDocument, actor: Actor, options: { now?: () => Date } = {}): Y.Doc {
  const ydoc = new Y.Doc({ guid: doc.deal.id });
  applyDocumentToYDoc(ydoc, doc, actor, { ...options, trail: false });
  return ydoc;
}

class Writer {
  readonly entries: TrailEntry[] = [];
  changed = false;
  constructor(
    private readonly actor: Actor,
    readonly at: string,
  ) {}

  /** Writes the fields of `next` that differ from `base` and from what `target` holds. */
  fields(
    target: Y.Map<unknown>,
    next: Fields,
    base: Fields | null,
    entity: TrailEntity,
    entityId: string,
    name: string,
    quiet = false,
  ): void {
    const keys = new Set([...Object.keys(next), ...(base ? Object.keys(base) : [])]);
    if (!base) target.forEach((_, key) => fieldOf(key) !== null && keys.add(fieldOf(key)!));
    for (const field of keys) {
      const value = next[field];
      if (base && deepEqual(base[field], value)) continue;
      const key = fieldKey(field);
      const current = target.get(key);
      if (deepEqual(current, value)) continue;
      if (value === undefined) target.delete(key);
      else target.set(key, value);
      this.changed = true;
      if (!quiet) this.record({ action: 'set', entity, entityId, name, field, value, previous: current });
    }
  }

  record(entry: Omit<TrailEntry, 'at' | 'actorId' | 'actorName'>): void {
    this.entries.push({ ...entry, at: this.at, actorId: this.actor.id, actorName: this.actor.name });
  }

  deletion(item: Y.Map<unknown>, cause?: string): Deletion {
    return {
      by: this.actor.id,
      byName: this.actor.name,
      at: this.at,
      seen: fieldsOf(item),
      ...(cause !== undefined ? { cause } : {}),
    };
  }
}

const ENTITY: Readonly<Record<ItemList, TrailEntity>> = { team: 'team', people: 'person', lines: 'line' };

function nameOf(list: ItemList, item: Fields, people: Y.Map<unknown>): string {
  if (list !== 'lines') return typeof item['name'] === 'string' ? item['name'] : String(item['id']);
  const end = (id: unknown) => {
    const person = typeof id === 'string' ? people.get(id) : undefined;
    const name: unknown = person instanceof Y.Map ? person.get('name') : undefined;
    return typeof name === 'string' ? name : String(id);
  };
  return `${end(item['from'])} → ${end(item['to'])}`;
}

function writeList(
  w: Writer,
  list: ItemList,
  target: Y.Map<unknown>,
  people: Y.Map<unknown>,
  items: readonly Item[],
  previous: readonly Item[] | undefined,
  removedPeople: Set<string>,
): void {
  const before = previous ? new Map(previous.map((item) => [item.id, item])) : null;
  const entity = ENTITY[list];
  const liveRank = (id: string): number | undefined => {
    const item = target.get(id);
    return item instanceof Y.Map && item.get(DELETED) === undefined ? rankOf(item) : undefined;
  };
  const sameOrder =
    previous !== undefined && items.length === previous.length && items.every((item, i) => previous[i]!.id === item.id);
  // Unchanged order: no item moves, so ranks are only worked out if an item is new to this Y.Doc.
  let ranks: Map<string, number> | null = sameOrder
    ? null
    : assignRanks(
        items.map((item) => item.id),
        liveRank,
      );
  const rankFor = (id: string): number | undefined =>
    (ranks ??= assignRanks(
      items.map((item) => item.id),
      liveRank,
    )).get(id);
  for (const item of items) {
    const base = before?.get(item.id);
    let entry = target.get(item.id);
    // Unchanged by identity and in place: nothing to look at (most of a 2,000-person list).
    if (base === item && ranks === null && entry instanceof Y.Map && entry.get(DELETED) === undefined) continue;
    const fields = item as unknown as Fields;
    const name = nameOf(list, fields, people);
    if (!(entry instanceof Y.Map)) {
      entry = new Y.Map<unknown>();
      target.set(item.id, entry);
      (entry as Y.Map<unknown>).set(RANK, rankFor(item.id) ?? 0);
      w.fields(entry as Y.Map<unknown>, fields, null, entity, item.id, name, true);
      w.changed = true;
      w.record({ action: 'add', entity, entityId: item.id, name });
      continue;
    }
    const ymap = entry as Y.Map<unknown>;
    // Back in the document after being out of it (an undo of a delete, a paste): restored.
    // An edit of an item someone else deleted meanwhile does not undo their delete: the
    // edit is kept on the deleted item, which reads as "deleted but edited" (./read.ts).
    const restored = ymap.get(DELETED) !== undefined && base === undefined;
    if (restored) {
      ymap.delete(DELETED);
      w.changed = true;
      w.record({ action: 'restore', entity, entityId: item.id, name });
    }
    if (base !== item || restored) {
      w.fields(ymap, fields, base && !restored ? (base as unknown as Fields) : null, entity, item.id, name);
    }
    const rank = ranks?.get(item.id);
    if (rank !== undefined && ymap.get(RANK) !== rank) {
      ymap.set(RANK, rank);
      w.changed = true;
    }
  }
  const ids = new Set(items.map((item) => item.id));
  const gone: string[] = before ? [...before.keys()].filter((id) => !ids.has(id)) : [];
  if (!before) target.forEach((_, id) => !ids.has(id) && gone.push(id));
  for (const id of gone) {
    const entry = target.get(id);
    if (!(entry instanceof Y.Map) || entry.get(DELETED) !== undefined) continue;
    const fields = fieldsOf(entry);
    const cause =
      list === 'lines'
        ? [fields['from'], fields['to']].find((end): end is string => typeof end === 'string' && removedPeople.has(end))
        : undefined;
    entry.set(DELETED, w.deletion(entry, cause));
    w.changed = true;
    w.record({ action: 'delete', entity, entityId: id, name: nameOf(list, fields, people) });
    if (list === 'people') removedPeople.add(id);
  }
}

function writeSnapshots(
  w: Writer,
  target: Y.Map<unknown>,
  actor: Actor,
  history: readonly Snapshot[],
  previous: readonly Snapshot[] | undefined,
  kept: string[],
): void {
  const before = previous ? new Map(previous.map((s) => [s.id, s])) : null;
  const liveRank = (id: string): number | undefined => {
    const record = target.get(id);
    return record instanceof Y.Map && record.get(DELETED) === undefined ? rankOf(record) : undefined;
  };
  const ranks = assignRanks(
    history.map((s) => s.id),
    liveRank,
  );
  for (const snapshot of history) {
    if (before?.get(snapshot.id) === snapshot) continue;
    const record = target.get(snapshot.id);
    if (!(record instanceof Y.Map)) {
      if (record !== undefined) {
        kept.push(snapshot.id);
        continue;
      }
      writeSnapshot(target, snapshot, actor, ranks.get(snapshot.id) ?? 0);
      w.changed = true;
      w.record({ action: 'snapshot', entity: 'snapshot', entityId: snapshot.id, name: snapshot.label });
      continue;
    }
    if (record.get('takenAt') !== snapshot.takenAt) kept.push(snapshot.id);
    if (record.get(DELETED) !== undefined) {
      record.delete(DELETED);
      w.changed = true;
    }
    if (record.get('label') !== snapshot.label) {
      record.set('label', snapshot.label);
      w.changed = true;
    }
    const rank = ranks.get(snapshot.id);
    if (rank !== undefined) {
      record.set(RANK, rank);
      w.changed = true;
    }
  }
  const ids = new Set(history.map((s) => s.id));
  const gone: string[] = before ? [...before.keys()].filter((id) => !ids.has(id)) : [];
  if (!before) target.forEach((_, id) => !ids.has(id) && gone.push(id));
  for (const id of gone) {
    const record = target.get(id);
    if (!(record instanceof Y.Map) || record.get(DELETED) !== undefined) continue;
    record.set(DELETED, { by: actor.id, byName: actor.name, at: w.at, seen: {} });
    w.changed = true;
  }
}

/**
 * Writes `next` into `ydoc` (see the top of this file). The transaction's origin is
 * `originOf(actor)`; its trail entries are appended in it.
 */
export function applyDocumentToYDoc(
  ydoc: Y.Doc,
  next: PowermapDocument,
  actor: Actor,
  options: ApplyOptions = {},
): ApplyResult {
  const roots = rootsOf(ydoc);
  const at = (options.now?.() ?? new Date()).toISOString();
  const w = new Writer(actor, at);
  const kept: string[] = [];
  const prev = options.previous;
  ydoc.transact(() => {
    if (roots.meta.get('schema') !== COLLAB_SCHEMA_VERSION) roots.meta.set('schema', COLLAB_SCHEMA_VERSION);
    if (roots.meta.get('dealId') !== next.deal.id) roots.meta.set('dealId', next.deal.id);
    const head = headOf(next);
    if (!prev || !deepEqual(headOf(prev), head))
      w.fields(roots.head, head, prev ? headOf(prev) : null, 'document', next.deal.id, next.deal.name);
    if (!prev || prev.deal !== next.deal) {
      w.fields(roots.deal, next.deal, prev ? prev.deal : null, 'deal', next.deal.id, next.deal.name);
    }
    const removedPeople = new Set<string>();
    if (!prev || prev.team !== next.team)
      writeList(w, 'team', roots.team, roots.people, next.team, prev?.team, removedPeople);
    if (!prev || prev.stakeholders !== next.stakeholders) {
      writeList(w, 'people', roots.people, roots.people, next.stakeholders, prev?.stakeholders, removedPeople);
    }
    if (!prev || prev.relationships !== next.relationships) {
      writeList(w, 'lines', roots.lines, roots.people, next.relationships, prev?.relationships, removedPeople);
    }
    if (!prev || prev.history !== next.history)
      writeSnapshots(w, roots.snapshots, actor, next.history, prev?.history, kept);
    if (options.trail !== false)
      appendTrail(
        roots.trail,
        w.entries.filter((e) => e.entity !== 'document'),
      );
  }, originOf(actor));
  return { changed: w.changed, keptSnapshots: kept };
}

/**
 * Restores a person deleted softly (for one deleted on one replica while edited offline
 * on another, see `readDealFromYDoc`'s `deletedButEdited`), with the lines deleted because
 * of that person. False when there is no such deleted person.
 */
export function restorePerson(
  ydoc: Y.Doc,
  personId: string,
  actor: Actor,
  now: () => Date = () => new Date(),
): boolean {
  const roots = rootsOf(ydoc);
  const person = roots.people.get(personId);
  if (!(person instanceof Y.Map) || person.get(DELETED) === undefined) return false;
  const w = new Writer(actor, now().toISOString());
  ydoc.transact(() => {
    person.delete(DELETED);
    w.record({
      action: 'restore',
      entity: 'person',
      entityId: personId,
      name: nameOf('people', fieldsOf(person), roots.people),
    });
    roots.lines.forEach((line, id) => {
      if (!(line instanceof Y.Map) || deletionOf(line)?.cause !== personId) return;
      line.delete(DELETED);
      w.record({
        action: 'restore',
        entity: 'line',
        entityId: id,
        name: nameOf('lines', fieldsOf(line), roots.people),
      });
    });
    appendTrail(roots.trail, w.entries);
  }, originOf(actor));
  return true;
}
