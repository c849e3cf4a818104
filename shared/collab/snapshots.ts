/**
 * Snapshots in the deal's Y.Doc: one Y.Map per snapshot, keyed by its id, in the
 * `snapshots` map. A snapshot is a record of the past, so its content is written once and
 * never overwritten: the map as it stood (`data`, the snapshot's JSON deflated: a
 * 1,000-person map is a few tens of kilobytes), its id, time and author. Its label is the
 * one thing that may change (the history view renames), and a snapshot is deleted softly.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import * as Y from 'yjs';
import type { Snapshot } from '../document/schema';
import { DELETED, RANK, rankOf, type Actor } from './shape';
import { byRank } from './ranks';

const DATA = 'data';

export function encodeSnapshot(snapshot: Snapshot): Uint8Array {
  return deflateSync(strToU8(JSON.stringify(snapshot)));
}

/** The snapshot's JSON as stored, or the record itself when its data cannot be read (then set aside). */
function decode(record: Y.Map<unknown>): unknown {
  const data = record.get(DATA);
  if (!(data instanceof Uint8Array)) return record.toJSON();
  try {
    const snapshot: unknown = JSON.parse(strFromU8(inflateSync(data)));
    const label = record.get('label');
    if (snapshot !== null && typeof snapshot === 'object' && !Array.isArray(snapshot) && typeof label === 'string') {
      return { ...(snapshot as Record<string, unknown>), label };
    }
    return snapshot;
  } catch {
    return { id: record.get('id'), label: record.get('label') };
  }
}

/** Writes a new snapshot record (inside the caller's transaction); false when the id is taken: never overwritten. */
export function writeSnapshot(snapshots: Y.Map<unknown>, snapshot: Snapshot, author: Actor, rank: number): boolean {
  if (snapshots.has(snapshot.id)) return false;
  const record = new Y.Map<unknown>();
  snapshots.set(snapshot.id, record);
  record.set('id', snapshot.id);
  record.set('takenAt', snapshot.takenAt);
  record.set('label', snapshot.label);
  record.set('author', { id: author.id, name: author.name });
  record.set(DATA, encodeSnapshot(snapshot));
  record.set(RANK, rank);
  return true;
}

export interface StoredSnapshot {
  readonly id: string;
  readonly rank: number;
  readonly author: Actor | null;
  readonly deleted: boolean;
  /** The snapshot's JSON, to be read by the salvage reader. */
  readonly raw: unknown;
}

/** Every snapshot record in order, live and deleted; entries that are not records come with their raw value. */
export function storedSnapshots(snapshots: Y.Map<unknown>): StoredSnapshot[] {
  const out: StoredSnapshot[] = [];
  snapshots.forEach((record, id) => {
    if (!(record instanceof Y.Map)) {
      out.push({ id, rank: Infinity, author: null, deleted: false, raw: record });
      return;
    }
    const author = record.get('author') as { id?: unknown; name?: unknown } | undefined;
    out.push({
      id,
      rank: rankOf(record),
      author:
        author && typeof author.id === 'string' && typeof author.name === 'string'
          ? { id: author.id, name: author.name }
          : null,
      deleted: record.get(DELETED) !== undefined,
      raw: decode(record),
    });
  });
  return out.sort(byRank);
}
