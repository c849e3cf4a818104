/**
 * The pipeline of many deals for an export (the CSV and the review pack): each deal's row
 * made from its `ExportView`, so the privacy choices already applied to the document are
 * the rows' too (anonymous names in the rows, gaps and reasons). Open deals red first, then
 * by decision date; closed deals after, the latest closed first; totals of the open deals
 * per currency and, with `since`, how they moved.
 */
import {
  dealAsOf,
  filterPipeline,
  pipelineTotals,
  sortPipeline,
  summarizeDeal,
  type PipelineRow,
  type PipelineTotals,
} from '../pipeline';
import type { ExportView } from './privacy';

export interface PipelineExportOptions {
  /** The analysis date, YYYY-MM-DD. */
  readonly asOf: string;
  /** Measure the trend and the totals' movement from this date; null for the last snapshot. */
  readonly since?: string | null;
}

export interface PipelineExport {
  readonly asOf: string;
  readonly since: string | null;
  readonly open: readonly PipelineRow[];
  readonly closed: readonly PipelineRow[];
  readonly totals: PipelineTotals;
  /** The view each row was made from (ids are not unique: anonymous views all have the deal id "deal"). */
  readonly viewOf: ReadonlyMap<PipelineRow, ExportView>;
}

function latestClosedFirst(a: PipelineRow, b: PipelineRow): number {
  const x = a.outcome?.closedOn ?? '';
  const y = b.outcome?.closedOn ?? '';
  return x < y ? 1 : x > y ? -1 : 0;
}

export function pipelineOfViews(views: readonly ExportView[], options: PipelineExportOptions): PipelineExport {
  const since = options.since ?? null;
  const rows = views.map((view) => summarizeDeal(view.doc, { asOf: options.asOf, since }));
  const viewOf = new Map(rows.map((row, i) => [row, views[i]!]));
  const open = sortPipeline(
    sortPipeline(filterPipeline(rows, { state: 'open' }), 'decisionDate', 'asc'),
    'status',
    'asc',
  );
  const closed = rows.filter((row) => row.outcome !== null).sort(latestClosedFirst);
  const previous =
    since === null
      ? undefined
      : filterPipeline(
          views.flatMap((view) => {
            const then = dealAsOf(view.doc, since);
            return then === null ? [] : [summarizeDeal(then, { asOf: since })];
          }),
          { state: 'open' },
        );
  return { asOf: options.asOf, since, open, closed, totals: pipelineTotals(open, previous), viewOf };
}
