/**
 * A deal's stored Y update log (the `dealDocs` table; ./dealDoc.ts keeps the open Y.Doc in
 * step with it): reading it, appending a row, and applying rows to a Y.Doc.
 */
import { Dexie } from 'dexie';
import * as Y from 'yjs';
import type { LoggedRow } from '../../shared/collab/logEdits';
import { sendNow, type PowermapDatabase } from './db';
import type { DealDocRow } from './schema';

/** The origin of updates read from the database (not written again, not broadcast). */
export const STORAGE_ORIGIN: object = Object.freeze({ powermapStorage: true });

/**
 * Applies stored log rows to a Y.Doc in one transaction; returns the keys of the rows
 * applied and how many could not be (a damaged row is skipped and left in the database).
 */
export function applyLogRows(
  ydoc: Y.Doc,
  rows: readonly { seq?: number; update: unknown }[],
): { applied: number[]; damaged: number } {
  const applied: number[] = [];
  let damaged = 0;
  ydoc.transact(() => {
    for (const row of rows) {
      try {
        if (!(row.update instanceof Uint8Array)) throw new Error('not an update');
        Y.applyUpdate(ydoc, row.update, STORAGE_ORIGIN);
        if (row.seq !== undefined) applied.push(row.seq);
      } catch {
        damaged += 1;
      }
    }
  }, STORAGE_ORIGIN);
  return { applied, damaged };
}

/**
 * Appends one row to a deal's log in a transaction of its own, sent and committed at once
 * (`sendNow`): the database commits it while the page goes on (rendering the edit).
 * Resolves with the row's key once the transaction has completed.
 */
export function appendRow(db: PowermapDatabase, row: DealDocRow): Promise<number> {
  // Never inside a caller's transaction, which committing at once would end early.
  return Dexie.ignoreTransaction(() => sendNow(() => db.dealDocs.add(row)));
}

/** The key of a deal's newest log row (undefined when it has none). */
export async function newestLogSeq(db: PowermapDatabase, dealId: string): Promise<number | undefined> {
  const keys = await db.dealDocs.where('dealId').equals(dealId).reverse().limit(1).primaryKeys();
  return keys[0];
}

/** Whether the database holds a Y.Doc for this deal. */
export async function hasDealDoc(db: PowermapDatabase, dealId: string): Promise<boolean> {
  return (await db.dealDocs.where('dealId').equals(dealId).count()) > 0;
}

/**
 * A deal's log as it stands, without opening its Y.Doc: the library counts a shared deal's
 * changes waiting from it (team/teamStore.ts, shared/collab/logEdits.ts). Rows that are not
 * updates are left out: they are never applied, so nothing of them can wait for a server.
 */
export async function readDealLog(db: PowermapDatabase, dealId: string): Promise<LoggedRow[]> {
  return loggedRows(await db.dealDocs.where('dealId').equals(dealId).toArray());
}

/** The rows that are updates, each with its kept edit ends (what the log's edits are counted from). */
export function loggedRows(rows: readonly DealDocRow[]): LoggedRow[] {
  return rows.filter((row) => isUpdate(row.update)).map((row) => ({ update: row.update, edits: editsOf(row) }));
}

const isUpdate = (value: unknown): value is Uint8Array => value instanceof Uint8Array;

/** A row's kept edit ends, if it has them and they are what they should be. */
function editsOf(row: DealDocRow): readonly Uint8Array[] | undefined {
  const edits: unknown = row.edits;
  return Array.isArray(edits) && edits.every(isUpdate) ? edits : undefined;
}
