/**
 * The activity trail: who changed what, when, kept in the deal's Y.Doc (so it syncs with
 * it) as a Y.Array of plain entries appended in the same transaction as the change.
 *
 * Same-field edits on two replicas converge to one value (Yjs keeps one), but both
 * entries stay in the trail, each with the value it set: a lost value can be found and
 * put back (`restoreValue`).
 *
 * Growth is bounded by two rules: an edit of the same field by the same person within
 * COALESCE_MS replaces their previous entry (typing a note is one entry, keeping the value
 * from before the first keystroke), and only the newest MAX_TRAIL_ENTRIES entries are kept;
 * older ones are dropped, oldest first, by the write that goes over.
 *
 * A new item is named by the same person right after adding it (a new card's name is typed
 * next): its name set by the same actor within COALESCE_MS of the `add`, with nothing between,
 * or in the same edit, renames the `add` entry instead of appending one, so the trail reads
 * "added 副总", not "added New person 1" then "set New person 1's name to 副总".
 */
import * as Y from 'yjs';
import { deepEqual } from '../diff/deepEqual';
import { DELETED, fieldKey, originOf, rootsOf, type Actor, type ItemList } from './shape';

export const MAX_TRAIL_ENTRIES = 5000;
export const COALESCE_MS = 60_000;

export type TrailAction = 'add' | 'set' | 'delete' | 'restore' | 'snapshot';
export type TrailEntity = 'document' | 'deal' | 'team' | 'person' | 'line' | 'snapshot';

export interface TrailEntry {
  /** ISO date-time on the writer's clock. */
  readonly at: string;
  readonly actorId: string;
  readonly actorName: string;
  readonly action: TrailAction;
  readonly entity: TrailEntity;
  readonly entityId: string;
  /** The entity's name when the entry was written (a person's name, a line's two ends, a snapshot's label). */
  readonly name: string;
  /** For `set`: the field, its new value and the value it replaced on the writer's replica. */
  readonly field?: string;
  readonly value?: unknown;
  readonly previous?: unknown;
}

export const LIST_OF: Readonly<Partial<Record<TrailEntity, ItemList>>> = {
  team: 'team',
  person: 'people',
  line: 'lines',
};

function isEntry(value: unknown): value is TrailEntry {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v['at'] === 'string' &&
    typeof v['actorId'] === 'string' &&
    typeof v['actorName'] === 'string' &&
    typeof v['action'] === 'string' &&
    typeof v['entity'] === 'string' &&
    typeof v['entityId'] === 'string' &&
    typeof v['name'] === 'string'
  );
}

/** Whether `entry` names the item `added` added, by the same actor soon after: it renames the add. */
function namesAdded(added: unknown, entry: TrailEntry): added is TrailEntry {
  return (
    isEntry(added) &&
    added.action === 'add' &&
    entry.action === 'set' &&
    entry.field === 'name' &&
    typeof entry.value === 'string' &&
    added.actorId === entry.actorId &&
    added.entity === entry.entity &&
    added.entityId === entry.entityId &&
    Date.parse(entry.at) - Date.parse(added.at) <= COALESCE_MS
  );
}

/** An edit's entries with each name set on an item the same edit added folded into its `add`. */
function foldNamesIntoAdds(entries: readonly TrailEntry[]): TrailEntry[] {
  const out: TrailEntry[] = [];
  for (const entry of entries) {
    const added = out.findIndex((candidate) => namesAdded(candidate, entry));
    const target = out[added];
    if (target) out[added] = { ...target, name: String(entry.value) };
    else out.push(entry);
  }
  return out;
}

/** Appends entries (inside the caller's transaction), coalescing and bounding as stated above. */
export function appendTrail(trail: Y.Array<unknown>, written: readonly TrailEntry[]): void {
  const entries = foldNamesIntoAdds(written);
  if (entries.length === 0) return;
  const [only] = entries;
  if (entries.length === 1 && only && trail.length > 0) {
    const last = trail.get(trail.length - 1);
    if (namesAdded(last, only)) {
      trail.delete(trail.length - 1, 1);
      trail.push([withoutUndefined({ ...last, name: String(only.value) })]);
      return;
    }
  }
  if (entries.length === 1 && only && only.action === 'set' && trail.length > 0) {
    const last = trail.get(trail.length - 1);
    if (
      isEntry(last) &&
      last.action === 'set' &&
      last.actorId === only.actorId &&
      last.entity === only.entity &&
      last.entityId === only.entityId &&
      last.field === only.field &&
      Date.parse(only.at) - Date.parse(last.at) <= COALESCE_MS
    ) {
      trail.delete(trail.length - 1, 1);
      trail.push([withoutUndefined({ ...only, previous: last.previous })]);
      return;
    }
  }
  trail.push(entries.map(withoutUndefined));
  if (trail.length > MAX_TRAIL_ENTRIES) trail.delete(0, trail.length - MAX_TRAIL_ENTRIES);
}

function withoutUndefined(entry: TrailEntry): TrailEntry {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entry)) if (value !== undefined) out[key] = value;
  return out as unknown as TrailEntry;
}

/**
 * The trail, oldest first (by time, then the order replicas agree on); an entry damaged
 * in storage is skipped. `entityId` narrows it to one person, line or member.
 */
export function listTrail(ydoc: Y.Doc, filter: { entityId?: string } = {}): TrailEntry[] {
  const entries = rootsOf(ydoc)
    .trail.toArray()
    .filter(isEntry)
    .filter((e) => filter.entityId === undefined || e.entityId === filter.entityId);
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => (a.entry.at < b.entry.at ? -1 : a.entry.at > b.entry.at ? 1 : a.index - b.index))
    .map((x) => x.entry);
}

/**
 * Puts back the value a trail entry set (a value lost to a concurrent edit, or undone by
 * mistake), as a change of its own by `actor`. False when there is nothing to put back:
 * not a `set`, the entity is gone or deleted, or the field already holds that value.
 */
export function restoreValue(
  ydoc: Y.Doc,
  entry: TrailEntry,
  actor: Actor,
  now: () => Date = () => new Date(),
): boolean {
  if (entry.action !== 'set' || entry.field === undefined) return false;
  const roots = rootsOf(ydoc);
  let target: Y.Map<unknown> | null = null;
  let name = entry.name;
  if (entry.entity === 'deal') target = roots.deal;
  else {
    const list = LIST_OF[entry.entity];
    const item = list ? roots[list].get(entry.entityId) : undefined;
    if (item instanceof Y.Map && item.get(DELETED) === undefined) {
      target = item;
      const current: unknown = item.get('name');
      if (typeof current === 'string') name = current;
    }
  }
  if (!target) return false;
  const key = fieldKey(entry.field);
  const previous = target.get(key);
  if (deepEqual(previous, entry.value)) return false;
  const field = entry.field;
  ydoc.transact(() => {
    if (entry.value === undefined) target.delete(key);
    else target.set(key, entry.value);
    appendTrail(roots.trail, [
      {
        at: now().toISOString(),
        actorId: actor.id,
        actorName: actor.name,
        action: 'set',
        entity: entry.entity,
        entityId: entry.entityId,
        name,
        field,
        value: entry.value,
        previous,
      },
    ]);
  }, originOf(actor));
  return true;
}
