/**
 * What an edit changed, by id: the persistence layer writes exactly these rows and no
 * others. Computed by comparing two versions of the document by object identity, which
 * the immutable edits make exact and cheap (one pass over each list).
 */
import type { PowermapDocument } from '../../shared/document';

export interface RowChanges {
  readonly put: readonly string[];
  readonly del: readonly string[];
}

export interface ChangeSet {
  readonly deal: boolean;
  readonly team: RowChanges;
  readonly people: RowChanges;
  readonly lines: RowChanges;
  /** Snapshots in the document's history, by id. */
  readonly history: RowChanges;
}

function rows<T extends { id: string }>(before: readonly T[], after: readonly T[]): RowChanges {
  if (before === after) return { put: [], del: [] };
  const old = new Map<string, T>();
  for (const item of before) old.set(item.id, item);
  const put: string[] = [];
  for (const item of after) {
    if (old.get(item.id) !== item) put.push(item.id);
    old.delete(item.id);
  }
  return { put, del: [...old.keys()] };
}

export function changeSet(before: PowermapDocument, after: PowermapDocument): ChangeSet {
  return {
    deal: before.deal !== after.deal,
    team: rows(before.team, after.team),
    people: rows(before.stakeholders, after.stakeholders),
    lines: rows(before.relationships, after.relationships),
    history: rows(before.history, after.history),
  };
}

export function isEmpty(changes: ChangeSet): boolean {
  return (
    !changes.deal &&
    [changes.team, changes.people, changes.lines, changes.history].every(
      (r) => r.put.length === 0 && r.del.length === 0,
    )
  );
}

/** Two change sets as one (for writes that were batched or retried). */
export function mergeChanges(a: ChangeSet, b: ChangeSet): ChangeSet {
  const merge = (x: RowChanges, y: RowChanges): RowChanges => {
    const laterDel = new Set(y.del);
    const laterPut = new Set(y.put);
    const put = new Set([...x.put.filter((id) => !laterDel.has(id)), ...y.put]);
    const del = new Set([...x.del.filter((id) => !laterPut.has(id)), ...y.del]);
    return { put: [...put], del: [...del] };
  };
  return {
    deal: a.deal || b.deal,
    team: merge(a.team, b.team),
    people: merge(a.people, b.people),
    lines: merge(a.lines, b.lines),
    history: merge(a.history, b.history),
  };
}

export const NO_CHANGES: ChangeSet = {
  deal: false,
  team: { put: [], del: [] },
  people: { put: [], del: [] },
  lines: { put: [], del: [] },
  history: { put: [], del: [] },
};
