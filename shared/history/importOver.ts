/**
 * A file imported over a deal already in the library ("Replace the map of ..."): the file's
 * map becomes the deal's current map, and nothing is lost on either side. Pure: ids and
 * times are passed in.
 *
 * - The deal's current map is kept first, as a snapshot (`before`, labelled "Before
 *   import": see labels.ts).
 * - The histories of both are merged: a snapshot that both have (same id, same content) is
 *   kept once; a file's snapshot whose id the deal already uses for something else is kept
 *   too, under a fresh id. Oldest first, as the format wants.
 * - The result keeps the deal's id, inside every snapshot too (withDealId), so it is saved
 *   over the deal it replaces and a restore never moves it elsewhere.
 */
import { deepEqual } from '../diff/deepEqual';
import type { PowermapDocument, Snapshot } from '../document/schema';
import { withDealId } from './dealId';
import { takeSnapshot, type SnapshotInfo } from './snapshots';

export function importOver(
  existing: PowermapDocument,
  imported: PowermapDocument,
  before: SnapshotInfo,
  freshSnapshotId: () => string,
): PowermapDocument {
  const kept = takeSnapshot(existing, before).history;
  const incoming = withDealId(imported, existing.deal.id);
  const byId = new Map(kept.map((snapshot) => [snapshot.id, snapshot]));
  const added: Snapshot[] = [];
  for (const snapshot of incoming.history) {
    const same = byId.get(snapshot.id);
    if (same === undefined) added.push(snapshot);
    else if (!deepEqual(same, snapshot)) added.push({ ...snapshot, id: unusedId(byId, added, freshSnapshotId) });
  }
  return { ...incoming, history: oldestFirst([...kept, ...added]) };
}

/** Random ids do not collide in practice; a generator that keeps repeating itself is a bug, not a loop forever. */
const MAX_ID_ATTEMPTS = 100;

function unusedId(taken: ReadonlyMap<string, unknown>, added: readonly Snapshot[], fresh: () => string): string {
  for (let attempt = 0; attempt < MAX_ID_ATTEMPTS; attempt++) {
    const id = fresh();
    if (!taken.has(id) && !added.some((snapshot) => snapshot.id === id)) return id;
  }
  throw new Error(`No free snapshot id after ${MAX_ID_ATTEMPTS} attempts`);
}

/** Sorted by when each was taken, stable; a time that does not parse sorts first. */
function oldestFirst(history: readonly Snapshot[]): Snapshot[] {
  const time = (snapshot: Snapshot) => {
    const at = Date.parse(snapshot.takenAt);
    return Number.isNaN(at) ? -Infinity : at;
  };
  return history
    .map((snapshot, index) => ({ snapshot, index, at: time(snapshot) }))
    .sort((a, b) => a.at - b.at || a.index - b.index)
    .map((entry) => entry.snapshot);
}
