/**
 * The Yjs shape of a deal (docs/COLLAB_MODEL.md). One Y.Doc per deal, named by the deal id;
 * every part that two people may edit at once is its own Y.Map entry, so edits merge field
 * by field:
 *
 * - `meta`: `schema` (this shape's version) and `dealId`;
 * - `head`: the document's own fields besides the map (`format`, `version`, unknown ones);
 * - `deal`: one entry per deal field;
 * - `team`, `people`, `lines`: one Y.Map per item, keyed by id; in it, one entry per field
 *   of the item (a field's value is plain JSON: a field is the unit of merge), plus `@rank`
 *   (the item's place in its list) and `@deleted` (a soft delete: who, when, what they saw);
 * - `snapshots`: one Y.Map per snapshot, keyed by id (./snapshots.ts);
 * - `trail`: the activity trail, a Y.Array of entries (./trail.ts).
 *
 * Item fields are stored under their own names; a field of the document whose name starts
 * with `@` (an unknown field from another tool) is stored with one more `@`, so it can
 * never be taken for `@rank` or `@deleted`.
 */
import * as Y from 'yjs';

/** The version of this shape; a reader of an older shape upgrades it, a newer one is read as far as it can be. */
export const COLLAB_SCHEMA_VERSION = 1;

export const RANK = '@rank';
export const DELETED = '@deleted';

/** Who makes a change: a signed-in user, or on a laptop without a server the local person. */
export interface Actor {
  readonly id: string;
  readonly name: string;
}

/** The origin of every transaction Powermap writes: it names the actor (providers and undo managers read it). */
export interface CollabOrigin {
  readonly powermap: true;
  readonly actor: Actor;
}

export function originOf(actor: Actor): CollabOrigin {
  return { powermap: true, actor };
}

/** The lists of items, by their Y.Map's name. */
export type ItemList = 'team' | 'people' | 'lines';

export interface DealRoots {
  readonly meta: Y.Map<unknown>;
  readonly head: Y.Map<unknown>;
  readonly deal: Y.Map<unknown>;
  readonly team: Y.Map<unknown>;
  readonly people: Y.Map<unknown>;
  readonly lines: Y.Map<unknown>;
  readonly snapshots: Y.Map<unknown>;
  readonly trail: Y.Array<unknown>;
}

export function rootsOf(ydoc: Y.Doc): DealRoots {
  return {
    meta: ydoc.getMap('meta'),
    head: ydoc.getMap('head'),
    deal: ydoc.getMap('deal'),
    team: ydoc.getMap('team'),
    people: ydoc.getMap('people'),
    lines: ydoc.getMap('lines'),
    snapshots: ydoc.getMap('snapshots'),
    trail: ydoc.getArray('trail'),
  };
}

/** A document field's key in an item's Y.Map. */
export function fieldKey(field: string): string {
  return field.startsWith('@') ? `@${field}` : field;
}

/** The document field an item key holds, or null for the item's own entries (`@rank`, `@deleted`). */
export function fieldOf(key: string): string | null {
  if (key.startsWith('@@')) return key.slice(1);
  return key.startsWith('@') ? null : key;
}

/** A soft delete: who deleted the item, when, and the item's fields as they saw them. */
export interface Deletion {
  readonly by: string;
  readonly byName: string;
  readonly at: string;
  readonly seen: Readonly<Record<string, unknown>>;
  /** For a line deleted because one of its people was: that person's id, so restoring the person restores it. */
  readonly cause?: string;
}

export function deletionOf(item: Y.Map<unknown>): Deletion | null {
  const value = item.get(DELETED);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  const seen = record['seen'];
  return {
    by: typeof record['by'] === 'string' ? record['by'] : '',
    byName: typeof record['byName'] === 'string' ? record['byName'] : '',
    at: typeof record['at'] === 'string' ? record['at'] : '',
    seen: seen !== null && typeof seen === 'object' && !Array.isArray(seen) ? (seen as Record<string, unknown>) : {},
    ...(typeof record['cause'] === 'string' ? { cause: record['cause'] } : {}),
  };
}

/** An item's document fields, as plain JSON (its own entries left out). */
export function fieldsOf(item: Y.Map<unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  item.forEach((value, key) => {
    const field = fieldOf(key);
    if (field !== null)
      Object.defineProperty(out, field, { value, enumerable: true, writable: true, configurable: true });
  });
  return out;
}

export function rankOf(item: Y.Map<unknown>): number {
  const rank = item.get(RANK);
  return typeof rank === 'number' && Number.isFinite(rank) ? rank : 0;
}
