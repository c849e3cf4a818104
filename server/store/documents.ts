/**
 * The Yjs state of each shared deal: one row per deal. A store merges into the stored state
 * (in one transaction, the row locked) instead of replacing it, so stores commute: a process
 * holding an older state can never erase what another process stored, with or without
 * Redis's lock.
 *
 * The merge reads and decodes the whole stored state, so it is skipped when it cannot change
 * anything: the caller passes the row's version (PostgreSQL's xmin, new with every write) that
 * its document is known to contain (from its load or its last store); if the row still has that
 * version, the document's state already holds the stored one.
 */
import * as Y from 'yjs';
import { byteaParam, byteaValue, type Database, type Sql } from '../db/database';

export interface LoadedState {
  state: Uint8Array;
  /** The row's version, for storeDocumentState. */
  version: string;
}

export async function loadDocument(sql: Sql, dealId: string): Promise<LoadedState | undefined> {
  const rows = await sql.query<{ state: unknown; version: string }>(
    'select state, xmin::text as version from documents where deal_id = $1',
    [dealId],
  );
  return rows[0] && { state: byteaValue(rows[0].state), version: rows[0].version };
}

export async function loadDocumentState(sql: Sql, dealId: string): Promise<Uint8Array | undefined> {
  return (await loadDocument(sql, dealId))?.state;
}

export interface StoreResult {
  /** The row's new version. */
  version: string;
  /**
   * The state the row held before, when `state` was merged into it (the row was not at
   * `containedVersion`): apply it to the document before passing `version` to the next store.
   */
  mergedWith?: Uint8Array;
}

/** Stores `state`, merged into the stored state unless the row is still at `containedVersion`. */
export async function storeDocumentState(
  db: Database,
  dealId: string,
  state: Uint8Array,
  containedVersion?: string,
): Promise<StoreResult> {
  return db.transaction(async (sql) => {
    const locked = await sql.query<{ version: string }>(
      'select xmin::text as version from documents where deal_id = $1 for update',
      [dealId],
    );
    const current = locked[0]?.version;
    let stored: Uint8Array | undefined;
    if (current !== undefined && current !== containedVersion) {
      const rows = await sql.query<{ state: unknown }>('select state from documents where deal_id = $1', [dealId]);
      stored = rows[0] && byteaValue(rows[0].state);
    }
    const written = await sql.query<{ version: string }>(
      `insert into documents (deal_id, state, updated_at) values ($1, $2, now())
       on conflict (deal_id) do update set state = excluded.state, updated_at = now()
       returning xmin::text as version`,
      [dealId, byteaParam(stored ? Y.mergeUpdates([stored, state]) : state)],
    );
    const version = written[0]?.version;
    if (version === undefined) throw new Error(`the state of deal ${dealId} was not written`);
    return stored ? { version, mergedWith: stored } : { version };
  });
}
