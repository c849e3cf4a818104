/**
 * `powermap pipeline FILE…|DIR [--json] [--as-of DATE] [--since DATE]`: every deal at a
 * glance (shared/pipeline), the totals of the open deals per currency and, with --since,
 * how they moved and what moved each deal most. Files that cannot be read are reported on
 * standard error and left out; the rest are still shown, and the exit code is then 1.
 */
import type { PowermapDocument } from '../../shared/document';
import {
  dealAsOf,
  filterPipeline,
  pipelineTotals,
  sortPipeline,
  summarizeDeal,
  whatMoved,
  type PipelineRow,
} from '../../shared/pipeline';
import type { Context } from '../context';
import type { FileRow, PipelineReport } from '../format/pipelineReport';
import { formatPipeline } from '../format/pipeline';
import { pipelineJson } from '../format/pipelineJson';
import { terminalSafe } from '../format/text';
import { loadDocument } from '../loadDocument';
import { expandPaths } from '../readDocuments';

export interface PipelineRequest {
  readonly paths: readonly string[];
  readonly json: boolean;
  /** YYYY-MM-DD, already checked; null for today. */
  readonly asOf: string | null;
  readonly since: string | null;
}

function ordered(entries: readonly FileRow[], open: boolean): FileRow[] {
  const fileOf = new Map(entries.map((entry) => [entry.row, entry.file]));
  const rows = entries.map((entry) => entry.row);
  const sorted = open
    ? sortPipeline(sortPipeline(rows, 'decisionDate', 'asc'), 'status', 'asc')
    : rows
        .slice()
        .sort((a, b) =>
          b.outcome!.closedOn < a.outcome!.closedOn ? -1 : b.outcome!.closedOn > a.outcome!.closedOn ? 1 : 0,
        );
  return sorted.map((row) => ({ file: fileOf.get(row)!, row }));
}

/** The rows of the deals as they stood on `since`: each deal's newest snapshot then, analysed on that date. */
function rowsThen(documents: readonly PowermapDocument[], since: string): PipelineRow[] {
  return documents.flatMap((doc) => {
    const then = dealAsOf(doc, since);
    return then === null ? [] : [summarizeDeal(then, { asOf: since })];
  });
}

export function pipelineReport(
  loaded: readonly { readonly file: string; readonly document: PowermapDocument }[],
  unread: readonly string[],
  asOf: string,
  since: string | null,
  ctx: Context,
): PipelineReport {
  const entries = loaded.map(({ file, document }) => ({ file, row: summarizeDeal(document, { asOf, since }) }));
  const openRows = filterPipeline(
    entries.map((entry) => entry.row),
    { state: 'open' },
  );
  const previous =
    since === null
      ? undefined
      : filterPipeline(
          rowsThen(
            loaded.map((entry) => entry.document),
            since,
          ),
          { state: 'open' },
        );
  return {
    asOf,
    since,
    open: ordered(
      entries.filter((entry) => entry.row.outcome === null),
      true,
    ),
    closed: ordered(
      entries.filter((entry) => entry.row.outcome !== null),
      false,
    ),
    totals: pipelineTotals(openRows, previous),
    moved:
      since === null
        ? null
        : whatMoved(
            loaded.map((entry) => entry.document),
            since,
            { asOf, lang: ctx.lang },
          ),
    unread,
  };
}

export async function pipeline(request: PipelineRequest, ctx: Context): Promise<number> {
  const { files, emptyFolders } = await expandPaths(request.paths, ctx.io.cwd);
  for (const dir of emptyFolders) ctx.io.stderr(`${terminalSafe(ctx.t('cli.pipeline.noFiles', { dir }))}\n`);
  const loaded: { file: string; document: PowermapDocument }[] = [];
  const unread: string[] = [];
  for (const file of files) {
    const outcome = await loadDocument(file, ctx);
    if (outcome === null) unread.push(file);
    else loaded.push({ file, document: outcome.document });
  }
  const asOf = request.asOf ?? ctx.io.today;
  const report = pipelineReport(loaded, unread, asOf, request.since, ctx);
  ctx.io.stdout(
    request.json ? `${JSON.stringify(pipelineJson(report, ctx.lang), null, 2)}\n` : formatPipeline(report, ctx),
  );
  return unread.length > 0 ? 1 : 0;
}
