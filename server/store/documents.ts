/**
 * The Yjs state of each shared deal, stored append-only (issue 11): a base row in `documents`
 * (the merged state as of its last compaction) and the updates stored since in
 * `document_updates`. A store appends only what is new, a few bytes per edit, instead of
 * rewriting the whole state; the deal's state is the base merged with every update.
 *
 * Safe with several processes, with or without Redis's lock:
 * - Appends commute (Yjs updates merge in any order, and merging one twice changes nothing).
 * - A load reads the base and the updates in one statement, so one snapshot: a compaction
 *   committing meanwhile cannot make it see the new base without the folded rows' content or
 *   miss rows it folded.
 * - A compaction locks the base row (so compactions of a deal run one at a time), folds the
 *   rows it read into the base and deletes exactly those rows by id: a row another process
 *   appends meanwhile (committed or not) is not read, so it is not deleted either.
 */
import * as Y from 'yjs';
import { byteaParam, byteaValue, type Database, type Sql } from '../db/database';
import { grouped } from '../db/grouped';

export interface LoadedDocument {
  /** The base first, then the updates in the order they were appended; apply them all. */
  parts: Uint8Array[];
  /** How many of the parts are appended updates (not yet folded into the base). */
  updates: number;
  /** Their total size. */
  updateBytes: number;
  /** The size of the base (0 when there is none yet). */
  baseBytes: number;
}

export async function loadDocument(sql: Sql, dealId: string): Promise<LoadedDocument | undefined> {
  return (await loadDocuments(sql, [dealId])).get(dealId);
}

/**
 * Several deals in one statement (one snapshot for them all, see above): each deal's stored
 * state by its id; a deal with nothing stored is absent.
 */
export async function loadDocuments(sql: Sql, dealIds: readonly string[]): Promise<Map<string, LoadedDocument>> {
  const loaded = new Map<string, LoadedDocument>();
  if (dealIds.length === 0) return loaded;
  const rows = await sql.query<{ deal_id: string; part: number; bytes: unknown }>(
    `select deal_id, 0 as part, 0::bigint as id, state as bytes from documents where deal_id = any($1::text[])
     union all
     select deal_id, 1 as part, id, change as bytes from document_updates where deal_id = any($1::text[])
     order by deal_id, part, id`,
    [[...new Set(dealIds)]],
  );
  let at = 0;
  while (at < rows.length) {
    const dealId = rows[at]!.deal_id;
    let end = at;
    while (end < rows.length && rows[end]!.deal_id === dealId) end += 1;
    loaded.set(dealId, loadedFrom(rows.slice(at, end)));
    at = end;
  }
  return loaded;
}

/** One deal's rows, its base (part 0) first if it has one, then its updates in order. */
function loadedFrom(rows: ReadonlyArray<{ part: number; bytes: unknown }>): LoadedDocument {
  const parts = rows.map((row) => byteaValue(row.bytes));
  const hasBase = rows[0]!.part === 0;
  const updates = hasBase ? parts.slice(1) : parts;
  return {
    parts,
    updates: updates.length,
    updateBytes: updates.reduce((sum, update) => sum + update.byteLength, 0),
    baseBytes: hasBase ? parts[0]!.byteLength : 0,
  };
}

/** The deal's whole stored state as one update, or undefined when nothing is stored. */
export async function loadDocumentState(sql: Sql, dealId: string): Promise<Uint8Array | undefined> {
  const loaded = await loadDocument(sql, dealId);
  if (!loaded) return undefined;
  return loaded.parts.length === 1 ? loaded.parts[0] : Y.mergeUpdates(loaded.parts);
}

/** Stores `update` (what is new since the writer's last store) after everything stored before. */
export async function appendDocumentUpdate(sql: Sql, dealId: string, update: Uint8Array): Promise<void> {
  await appendDocumentUpdates(sql, [{ dealId, update }]);
}

/** Appends several deals' updates in one statement (one commit). */
export async function appendDocumentUpdates(
  sql: Sql,
  appends: ReadonlyArray<{ dealId: string; update: Uint8Array }>,
): Promise<void> {
  if (appends.length === 0) return;
  const values = appends.map((_, i) => `($${2 * i + 1}, $${2 * i + 2})`).join(', ');
  await sql.query(
    `insert into document_updates (deal_id, change) values ${values}`,
    appends.flatMap(({ dealId, update }) => [dealId, byteaParam(update)]),
  );
}

/**
 * Appends in groups (db/grouped.ts): the first append waits `waitMs` for other deals' appends,
 * then they go in one multi-row insert; the acknowledgement of a store comes that much later.
 */
export function groupedAppends(sql: Sql, waitMs = 0): (dealId: string, update: Uint8Array) => Promise<void> {
  const append = grouped(
    async (appends: Array<{ dealId: string; update: Uint8Array }>) => {
      await appendDocumentUpdates(sql, appends);
      return appends.map(() => undefined);
    },
    { waitMs },
  );
  return (dealId, update) => append({ dealId, update });
}

export interface Compaction {
  /** How many appended updates were folded into the base. */
  folded: number;
  /** The size of the base now. */
  baseBytes: number;
}

/**
 * Folds the deal's appended updates into its base, in one transaction. The result is the
 * state of a Y.Doc that applied them all (deleted content garbage-collected), so the base
 * stays compact; content still waiting for a missing dependency is kept too (Yjs encodes a
 * document's pending updates with its state).
 */
export async function compactDocument(db: Database, dealId: string): Promise<Compaction> {
  return db.transaction(async (sql) => {
    // Nothing to fold: no base row is made for a deal that has none.
    const appended = await sql.query('select 1 from document_updates where deal_id = $1 limit 1', [dealId]);
    if (appended.length === 0) {
      const base = await sql.query<{ bytes: number }>(
        'select octet_length(state) as bytes from documents where deal_id = $1',
        [dealId],
      );
      return { folded: 0, baseBytes: base[0]?.bytes ?? 0 };
    }
    // A base row to lock, made empty if the deal has none yet (an insert racing with another
    // process's waits for it, then does nothing).
    await sql.query(`insert into documents (deal_id, state) values ($1, $2) on conflict (deal_id) do nothing`, [
      dealId,
      byteaParam(Y.encodeStateAsUpdate(new Y.Doc())),
    ]);
    const base = await sql.query<{ state: unknown }>('select state from documents where deal_id = $1 for update', [
      dealId,
    ]);
    const baseState = byteaValue(base[0]?.state);
    const rows = await sql.query<{ id: number | string; change: unknown }>(
      'select id, change from document_updates where deal_id = $1 order by id',
      [dealId],
    );
    if (rows.length === 0) return { folded: 0, baseBytes: baseState.byteLength };
    const merged = mergedState([baseState, ...rows.map((row) => byteaValue(row.change))]);
    await sql.query('update documents set state = $2, updated_at = now() where deal_id = $1', [
      dealId,
      byteaParam(merged),
    ]);
    // Exactly the rows read: never a range, which could hold a row committed after the read.
    await sql.query('delete from document_updates where id = any($1::bigint[])', [rows.map((row) => String(row.id))]);
    return { folded: rows.length, baseBytes: merged.byteLength };
  });
}

function mergedState(parts: readonly Uint8Array[]): Uint8Array {
  const doc = new Y.Doc();
  try {
    Y.transact(doc, () => {
      for (const part of parts) Y.applyUpdate(doc, part);
    });
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}
