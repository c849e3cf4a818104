/** The Yjs state of each shared deal: one row per deal, the whole state as bytea. */
import { byteaParam, byteaValue, type Sql } from '../db/database';

export async function loadDocumentState(sql: Sql, dealId: string): Promise<Uint8Array | undefined> {
  const rows = await sql.query<{ state: unknown }>('select state from documents where deal_id = $1', [dealId]);
  return rows[0] && byteaValue(rows[0].state);
}

export async function storeDocumentState(sql: Sql, dealId: string, state: Uint8Array): Promise<void> {
  await sql.query(
    `insert into documents (deal_id, state, updated_at) values ($1, $2, now())
     on conflict (deal_id) do update set state = excluded.state, updated_at = now()`,
    [dealId, byteaParam(state)],
  );
}
