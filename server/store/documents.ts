/**
 * The Yjs state of each shared deal: one row per deal. A store merges into the stored state
 * (in one transaction, the row locked) instead of replacing it, so stores commute: a process
 * holding an older state can never erase what another process stored, with or without
 * Redis's lock.
 */
import * as Y from 'yjs';
import { byteaParam, byteaValue, type Database, type Sql } from '../db/database';

export async function loadDocumentState(sql: Sql, dealId: string): Promise<Uint8Array | undefined> {
  const rows = await sql.query<{ state: unknown }>('select state from documents where deal_id = $1', [dealId]);
  return rows[0] && byteaValue(rows[0].state);
}

export async function storeDocumentState(db: Database, dealId: string, state: Uint8Array): Promise<void> {
  await db.transaction(async (sql) => {
    const rows = await sql.query<{ state: unknown }>('select state from documents where deal_id = $1 for update', [
      dealId,
    ]);
    const stored = rows[0] && byteaValue(rows[0].state);
    const merged = stored ? Y.mergeUpdates([stored, state]) : state;
    await sql.query(
      `insert into documents (deal_id, state, updated_at) values ($1, $2, now())
       on conflict (deal_id) do update set state = excluded.state, updated_at = now()`,
      [dealId, byteaParam(merged)],
    );
  });
}
