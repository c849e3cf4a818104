/**
 * The deals' summary rows (table deal_summaries, issue 12): written after each store of a
 * deal's document, read for the pipeline only where the user may read the deal: a member of
 * it, or the lead of its team (the rule of accessOf and visibleDeals in deals.ts).
 */
import type { PipelineRow } from '../../shared/pipeline';
import type { Sql } from '../db/database';

/** What the summary of a deal knows from the server's tables: its owner and team, by name. */
export interface DealLabels {
  owner: string;
  team: string | null;
}

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

export async function storeSummary(sql: Sql, row: PipelineRow, asOf: string): Promise<void> {
  await sql.query(
    `insert into deal_summaries
       (deal_id, row, status, likelihood, purchase_stage, decision_date, value, currency, closed, as_of, summarized_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now())
     on conflict (deal_id) do update set
       row = excluded.row, status = excluded.status, likelihood = excluded.likelihood,
       purchase_stage = excluded.purchase_stage, decision_date = excluded.decision_date,
       value = excluded.value, currency = excluded.currency, closed = excluded.closed,
       as_of = excluded.as_of, summarized_at = now()`,
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
    ],
  );
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
      where exists (select 1 from deal_members m where m.deal_id = d.id and m.user_id = $1)
         or d.team_id in (select team_id from team_members where user_id = $1 and role = 'lead')
      order by s.decision_date nulls last, s.deal_id`,
    [userId],
  );
  return rows.map((r) => ({
    // Written by storeSummary from a PipelineRow; both drivers parse jsonb.
    row: (typeof r.row === 'string' ? JSON.parse(r.row) : r.row) as PipelineRow,
    asOf: String(r.as_of),
    summarizedAt: r.summarized_at,
  }));
}
