/**
 * The edits a deal's local log holds, counted against the server's acknowledgement: the
 * library's "N changes waiting" for a shared deal not open (renderer/team/teamStore.ts).
 *
 * Each row of the log is one write of the app, most often one edit; its end is the state
 * vector its items reach (`Y.parseUpdateMeta(update).to`), and the edit waits until the
 * stored vector reaches that end (shared/collab/storedAck.ts). A compaction merges the rows
 * into one (renderer/persistence/dealDoc.ts) and keeps the ends of the rows it merged on the
 * new row, so the count is the same before and after it; without them a compacted log would
 * count as one change whatever it held.
 *
 * The ends kept are bounded: past MAX_KEPT_ENDS the oldest are merged into one end, the highest
 * clock of each client, stored only once all of them are. The count may then fall short, but
 * it never says "stored" while something waits.
 */
import * as Y from 'yjs';
import { covered, mergeStored } from './storedAck';

/** One row of a deal's local log, as the count reads it. */
export interface LoggedRow {
  readonly update: Uint8Array;
  /** On a compacted row: the ends of the edits it holds (encoded state vectors), oldest first. */
  readonly edits?: readonly Uint8Array[] | undefined;
}

/** The most ends a compacted row keeps (a few bytes each for an edit made here). */
export const MAX_KEPT_ENDS = 500;

/** The end of each edit a row holds; undefined for one that cannot be read (not known to be stored). */
export function editEnds(row: LoggedRow): (Map<number, number> | undefined)[] {
  const read = (decode: () => Map<number, number>) => {
    try {
      return decode();
    } catch {
      return undefined;
    }
  };
  if (row.edits) return row.edits.map((end) => read(() => Y.decodeStateVector(end)));
  return [read(() => Y.parseUpdateMeta(row.update).to)];
}

/**
 * How many edits of a deal's local log hold items the server has not stored: the changes
 * waiting. Deletions alone carry no clock; in a deal every edit also adds items (its trail
 * entries). An edit whose end cannot be read is counted.
 */
export function editsNotStored(rows: Iterable<LoggedRow>, stored: ReadonlyMap<number, number>): number {
  let waiting = 0;
  for (const row of rows) for (const end of editEnds(row)) if (!end || !covered(end, stored)) waiting += 1;
  return waiting;
}

/**
 * The ends a compacted row keeps for the rows merged into it, oldest first: at most `max`,
 * the oldest merged into one past it. Ends that reach no item are dropped (never waiting).
 */
export function compactedEdits(rows: readonly LoggedRow[], max: number = MAX_KEPT_ENDS): Uint8Array[] {
  const ends = rows
    .flatMap(editEnds)
    .filter((end): end is Map<number, number> => end !== undefined && [...end.values()].some((clock) => clock > 0));
  const kept =
    ends.length <= max
      ? ends
      : [
          ends.slice(0, ends.length - max + 1).reduce((a, b) => mergeStored(a, b)),
          ...ends.slice(ends.length - max + 1),
        ];
  return kept.map((end) => Y.encodeStateVector(end));
}
