/**
 * The deals' summary rows (table deal_summaries, issue 12): written after each store of a
 * deal's document, read for the pipeline only where the user may read the deal: a member of
 * it, or the lead of its team (the rule of accessOf and visibleDeals in deals.ts).
 */
import type { CalibrationRecord } from '../../shared/calibration';
import { readPipelineRow, type PipelineRow } from '../../shared/pipeline';
import type { Sql } from '../db/database';

/** What the summary of a deal knows from the server's tables: its owner and team, by name. */
export interface DealLabels {
  owner: string;
  team: string | null;
}

/** The deals user $1 may read (the rule of accessOf and visibleDeals in deals.ts), over `deals d`. */
const READABLE_BY_USER = `(exists (select 1 from deal_members m where m.deal_id = d.id and m.user_id = $1)
         or d.team_id in (select team_id from team_members where user_id = $1 and role = 'lead'))`;

export async function dealLabels(sql: Sql, dealId: string): Promise<DealLabels | undefined> {
  const rows = await sql.query<{ owner: string; team: string | null }>(
    `select o.display_name as owner, t.name as team
       from deals d
       join users o on o.id = d.owner_id
       left join teams t on t.id = d.team_id
      where d.id = $1`,
    [dealId],
  );
  return rows[0];
}

/** A summary to store: the row, the deal's closed-deal record for the review, and what it was made from. */
export interface SummaryWrite {
  readonly row: PipelineRow;
  /** shared/calibration's record of a closed deal; null while it is open. */
  readonly calibration: CalibrationRecord | null;
  /** The analysis date (the server's day). */
  readonly asOf: string;
  /** documentVersion of the Y.Doc summarized (server/collab/docVersion.ts). */
  readonly docVersion: number;
}

/**
 * The deal $1's team name as jsonb, read in the statement that writes its row: the summary's
 * team label may have been read up to a minute before (summaryHook.ts caches it), and a deal
 * moved meanwhile must not get its old team back.
 */
const CURRENT_TEAM = `coalesce((select to_jsonb(t.name) from deals d join teams t on t.id = d.team_id where d.id = $1),
                   'null'::jsonb)`;

/**
 * Writes the summary unless the stored one was made from a later state of the document, or
 * from the same state on a later day: the comparison is in the statement, so it holds
 * whichever process writes last. Resolves true when written.
 */
export async function storeSummary(sql: Sql, summary: SummaryWrite): Promise<boolean> {
  const { row, calibration, asOf, docVersion } = summary;
  const written = await sql.query<{ deal_id: string }>(
    `insert into deal_summaries
       (deal_id, row, status, likelihood, purchase_stage, decision_date, value, currency, closed, as_of,
        calibration, doc_version, summarized_at)
     values ($1, jsonb_set($2::jsonb, '{team}', ${CURRENT_TEAM}), $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, now())
     on conflict (deal_id) do update set
       row = excluded.row, status = excluded.status, likelihood = excluded.likelihood,
       purchase_stage = excluded.purchase_stage, decision_date = excluded.decision_date,
       value = excluded.value, currency = excluded.currency, closed = excluded.closed,
       as_of = excluded.as_of, calibration = excluded.calibration, doc_version = excluded.doc_version,
       summarized_at = now()
     where (deal_summaries.doc_version, deal_summaries.as_of) <= (excluded.doc_version, excluded.as_of)
     returning deal_id`,
    [
      row.dealId,
      JSON.stringify(row),
      row.status,
      row.likelihood,
      row.purchaseStage,
      row.decisionDate,
      row.value,
      row.currency,
      row.outcome !== null,
      asOf,
      calibration === null ? null : JSON.stringify(calibration),
      docVersion,
    ],
  );
  return written.length > 0;
}

/**
 * Puts the deal's team (by name, null for none) into its stored row at once, when the deal
 * moves: the row shows the new team without waiting for the deal's next store.
 */
export async function setSummaryTeam(sql: Sql, dealId: string, team: string | null): Promise<void> {
  await sql.query(`update deal_summaries set row = jsonb_set(row, '{team}', $2::jsonb) where deal_id = $1`, [
    dealId,
    JSON.stringify(team),
  ]);
}

/** The row's last change as stored, for a summary made again without a new store (the daily sweep). */
export async function storedLastChange(sql: Sql, dealId: string): Promise<PipelineRow['lastChange'] | undefined> {
  const rows = await sql.query<{ row: unknown }>('select row from deal_summaries where deal_id = $1', [dealId]);
  if (!rows[0]) return undefined;
  const row = readPipelineRow(parseJson(rows[0].row));
  return row?.lastChange ?? undefined;
}

/** Both drivers parse jsonb; a text column would come as a string. */
function parseJson(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}

export interface StoredSummary {
  row: PipelineRow;
  asOf: string;
  summarizedAt: Date;
}

/** The summary rows of every deal `userId` may read, by decision date (none last), then deal id. */
export async function readableSummaries(sql: Sql, userId: string): Promise<StoredSummary[]> {
  const rows = await sql.query<{ row: unknown; as_of: unknown; summarized_at: Date }>(
    `select s.row, to_char(s.as_of, 'YYYY-MM-DD') as as_of, s.summarized_at
       from deal_summaries s
       join deals d on d.id = s.deal_id
      where ${READABLE_BY_USER}
      order by s.decision_date nulls last, s.deal_id`,
    [userId],
  );
  return rows.map((r) => ({
    // Written by storeSummary from a PipelineRow.
    row: parseJson(r.row) as PipelineRow,
    asOf: String(r.as_of),
    summarizedAt: r.summarized_at,
  }));
}

/** What the review of a user reads: the closed-deal records and the ids of the open deals, of every deal they may read. */
export interface ReadableReview {
  readonly records: readonly unknown[];
  readonly open: readonly string[];
}

export async function readableReview(sql: Sql, userId: string): Promise<ReadableReview> {
  const rows = await sql.query<{ deal_id: string; closed: boolean; calibration: unknown }>(
    `select s.deal_id, s.closed, s.calibration
       from deal_summaries s
       join deals d on d.id = s.deal_id
      where ${READABLE_BY_USER}
      order by s.deal_id`,
    [userId],
  );
  const records: unknown[] = [];
  const open: string[] = [];
  for (const r of rows) {
    if (!r.closed) open.push(r.deal_id);
    else if (r.calibration !== null) records.push(parseJson(r.calibration));
  }
  return { records, open };
}

/** A deal the user may read, with what its rows as of another date are made from. */
export interface ReadableDocument {
  readonly dealId: string;
  readonly labels: DealLabels;
  /**
   * Changes whenever the stored state does: the base's time (a compaction rewrites it) and the
   * newest appended update's id (ids only grow). The same stamp is the same state.
   */
  readonly stamp: string;
  /** When the deal was last stored (the base or an update, the later). */
  readonly storedAt: Date;
  /** The last change the stored summary row knows (by whom); null when it has none yet. */
  readonly lastChange: PipelineRow['lastChange'] | null;
}

/** Every deal `userId` may read (the pipeline's rule) that has a stored document, by deal id. */
export async function readableDocuments(sql: Sql, userId: string): Promise<ReadableDocument[]> {
  const rows = await sql.query<{
    deal_id: string;
    owner: string;
    team: string | null;
    row: unknown;
    base_at: Date | null;
    last_update: number | string | null;
    stored_at: Date;
  }>(
    `select d.id as deal_id, o.display_name as owner, t.name as team, s.row,
            doc.updated_at as base_at, u.last_update, greatest(doc.updated_at, u.stored_at) as stored_at
       from deals d
       join users o on o.id = d.owner_id
       left join teams t on t.id = d.team_id
       left join documents doc on doc.deal_id = d.id
       left join (select deal_id, max(id) as last_update, max(stored_at) as stored_at
                    from document_updates group by deal_id) u on u.deal_id = d.id
       left join deal_summaries s on s.deal_id = d.id
      where ${READABLE_BY_USER}
        and (doc.deal_id is not null or u.deal_id is not null)
      order by d.id`,
    [userId],
  );
  return rows.map((r) => ({
    dealId: r.deal_id,
    labels: { owner: r.owner, team: r.team },
    stamp: `${r.base_at?.toISOString() ?? ''}|${String(r.last_update ?? '')}`,
    storedAt: r.stored_at,
    lastChange: r.row === null ? null : (readPipelineRow(parseJson(r.row))?.lastChange ?? null),
  }));
}
