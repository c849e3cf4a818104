/**
 * The `pipeline --json` object, stable for scripts: `asOf`, `since`, `rows` (open deals
 * first, in the table's order; each a PipelineRow without its internal search key, with
 * `file` first and `words`: the status, reasons and critical gaps worded in --lang),
 * `totals` (of the open deals, per currency, with their movement since `since`), `moved`
 * (with --since: what moved each deal most; otherwise null) and `unread` (files left out).
 */
import type { Lang } from '../../shared/i18n';
import { wordRow } from '../../shared/pipeline';
import type { FileRow, PipelineReport } from './pipelineReport';

function rowJson({ file, row }: FileRow, lang: Lang): object {
  // The search key is the filter's own folding, not data: left out of the stable output.
  const { searchKey: _searchKey, ...fields } = row;
  const { status, reasons, criticalGaps } = wordRow(row, lang);
  return { file, ...fields, words: { status, reasons, criticalGaps } };
}

export function pipelineJson(report: PipelineReport, lang: Lang): object {
  return {
    asOf: report.asOf,
    since: report.since,
    rows: [...report.open, ...report.closed].map((entry) => rowJson(entry, lang)),
    totals: report.totals,
    moved: report.moved,
    unread: report.unread,
  };
}
