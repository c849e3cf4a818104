/**
 * The team's pipeline and the local one as one list (docs/PIPELINE.md, "The team's
 * pipeline in the app"): one row per deal id. A deal present in both is shown as the fresher
 * of the two (the later `lastChange.at`; the local row on a tie, as it is computed for today),
 * with the owner and team the server knows. A deal only on the server is shown as the server
 * summarized it, and is named in `remote`: it has no copy here to edit until it is opened. The
 * rows of the `since` date and the movements follow the side each deal's row came from.
 */
import {
  byMovement,
  readPipelineRow,
  withOwnerAndTeam,
  type DealMovement,
  type PipelineRow,
} from '../../shared/pipeline';

export interface MergedRows {
  readonly rows: readonly PipelineRow[];
  /** Deals only on the server. */
  readonly remote: ReadonlySet<string>;
  /** Deals shown as the server has them: those only there, and shared deals whose server row is fresher. */
  readonly fromServer: ReadonlySet<string>;
}

const timeOf = (at: string | null | undefined): number => {
  const time = at === null || at === undefined ? Number.NaN : Date.parse(at);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
};

/** The rule of the merge: the server's version wins only when it changed later (the local one on a tie). */
export function serverIsFresher(localAt: string | null | undefined, serverAt: string | null | undefined): boolean {
  return timeOf(serverAt) > timeOf(localAt);
}

export function mergeRows(local: readonly PipelineRow[], server: readonly PipelineRow[]): MergedRows {
  const byId = new Map(server.map((row) => [row.dealId, row]));
  const rows: PipelineRow[] = [];
  const fromServer = new Set<string>();
  for (const mine of local) {
    const theirs = byId.get(mine.dealId);
    if (!theirs) {
      rows.push(mine);
      continue;
    }
    byId.delete(mine.dealId);
    const theirsWins = serverIsFresher(mine.lastChange?.at, theirs.lastChange?.at);
    if (theirsWins) fromServer.add(mine.dealId);
    rows.push(withOwnerAndTeam(theirsWins ? theirs : mine, theirs.owner, theirs.team));
  }
  const remote = new Set(byId.keys());
  for (const id of remote) fromServer.add(id);
  return { rows: [...rows, ...byId.values()], remote, fromServer };
}

/**
 * The rows of the `since` date, from the same side as each deal's row now (`fromServer`), so a
 * deal's movement in the totals compares one version with itself; one row per deal.
 */
export function mergeThen(
  local: readonly PipelineRow[],
  server: readonly PipelineRow[],
  fromServer: ReadonlySet<string>,
): PipelineRow[] {
  const theirs = server.filter((row) => fromServer.has(row.dealId));
  const mine = local.filter((row) => !fromServer.has(row.dealId));
  return [...mine, ...theirs];
}

/**
 * What moved, each deal from the side its version comes from: the server's movement of a deal
 * only there or changed later there, the local one otherwise (`changedAt`: when each deal with a
 * copy here last changed); in the order of "what moved".
 */
export function mergeMovements(
  local: readonly DealMovement[],
  served: { readonly rows: readonly PipelineRow[]; readonly moved: readonly DealMovement[] },
  changedAt: ReadonlyMap<string, string>,
): DealMovement[] {
  const serverAt = new Map(served.rows.map((row) => [row.dealId, row.lastChange?.at]));
  const fromServer = (dealId: string) =>
    !changedAt.has(dealId) || serverIsFresher(changedAt.get(dealId), serverAt.get(dealId));
  const theirs = served.moved.filter((m) => serverAt.has(m.dealId) && fromServer(m.dealId));
  const mine = local.filter((m) => !serverAt.has(m.dealId) || !fromServer(m.dealId));
  return [...mine, ...theirs].sort(byMovement);
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
