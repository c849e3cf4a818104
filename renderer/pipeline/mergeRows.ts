/**
 * The team's pipeline and the local one as one list (docs/PIPELINE.md, "The team's
 * pipeline in the app"): one row per deal id. A deal present in both is shown as the fresher
 * of the two (the later `lastChange.at`; the local row on a tie, as it is computed for today),
 * with the owner and team the server knows. A deal only on the server is shown as the server
 * summarized it, and is named in `remote`: it has no copy here to edit until it is opened.
 */
import { readPipelineRow, withOwnerAndTeam, type PipelineRow } from '../../shared/pipeline';

export interface MergedRows {
  readonly rows: readonly PipelineRow[];
  /** Deals only on the server. */
  readonly remote: ReadonlySet<string>;
}

const changedAt = (row: PipelineRow): number => {
  const at = row.lastChange === null ? Number.NaN : Date.parse(row.lastChange.at);
  return Number.isNaN(at) ? Number.NEGATIVE_INFINITY : at;
};

export function mergeRows(local: readonly PipelineRow[], server: readonly PipelineRow[]): MergedRows {
  const byId = new Map(server.map((row) => [row.dealId, row]));
  const rows: PipelineRow[] = [];
  for (const mine of local) {
    const theirs = byId.get(mine.dealId);
    if (!theirs) {
      rows.push(mine);
      continue;
    }
    byId.delete(mine.dealId);
    const fresher = changedAt(theirs) > changedAt(mine) ? theirs : mine;
    rows.push(withOwnerAndTeam(fresher, theirs.owner, theirs.team));
  }
  const remote = new Set(byId.keys());
  return { rows: [...rows, ...byId.values()], remote };
}

/**
 * The server's answer (or its cached copy) as rows: `{ rows: [...] }`, each row read through
 * shared/pipeline's schema; a row that is not one (a newer server, a damaged cache) is left
 * out, never drawn wrongly. Null when the answer is not a list of rows at all.
 */
export function readServedRows(payload: unknown): PipelineRow[] | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const rows = (payload as { rows?: unknown }).rows;
  if (!Array.isArray(rows)) return null;
  return rows.flatMap((value: unknown) => {
    const row = readPipelineRow(value);
    return row === null ? [] : [row];
  });
}
