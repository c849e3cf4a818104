/**
 * The pipeline as CSV (issue 12), for a spreadsheet: one record per deal (open deals first,
 * red first, then closed deals), a blank record, then the totals of the open deals per
 * currency. Headers in the export's language (both catalogues). Money, figures and dates
 * are plain numbers and ISO dates, so a spreadsheet can sum and sort them; text from the
 * documents gets the formula guard, as the stakeholder CSV does. The rows come from the
 * export views, so the privacy choices hold here too. Encode with `encodeCsvUtf8` (UTF-8
 * with a byte-order mark, CRLF) so Excel reads the Chinese.
 */
import { guardFormula, writeCsv } from '../csv';
import type { Lang, MessageKey } from '../i18n/catalogue';
import { translate } from '../i18n/translate';
import { wordRow, type PipelineRow } from '../pipeline';
import type { CurrencyTotal } from '../pipeline';
import { pipelineOfViews, type PipelineExport, type PipelineExportOptions } from './pipelineModel';
import type { ExportView } from './privacy';

export const PIPELINE_CSV_COLUMNS = [
  'status',
  'deal',
  'account',
  'value',
  'currency',
  'weighted',
  'purchaseStage',
  'salesStep',
  'decisionDate',
  'daysLeft',
  'overdue',
  'likelihood',
  'move',
  'moveSince',
  'criticalGaps',
  'gapsNamed',
  'coverage',
  'keyPeople',
  'covered',
  'owner',
  'team',
  'lastChange',
  'lastChangeBy',
  'reasons',
  'outcome',
  'closedOn',
  'competitor',
] as const;

/** A number as a spreadsheet reads it: plain digits, a point, a minus sign; never a formula. */
function num(value: number | null): string {
  return value === null ? '' : String(value);
}

/** Text from a document or the catalogues: guarded, because a spreadsheet could run it. */
function txt(value: string | null): string {
  return value === null ? '' : guardFormula(value);
}

function cents(amount: number): number {
  return Math.round(amount * 100) / 100 + 0;
}

function rowRecord(row: PipelineRow, lang: Lang): string[] {
  const t = (key: MessageKey) => translate(lang, key);
  const outcome = row.outcome;
  const words = wordRow(row, lang);
  return [
    txt(words.status),
    txt(row.name),
    txt(row.account),
    num(row.value),
    txt(row.currency),
    num(row.value === null ? null : cents((row.value * row.likelihood) / 100)),
    txt(words.purchaseStage),
    txt(words.salesStep),
    txt(row.decisionDate),
    num(row.daysLeft),
    txt(t(row.overdue ? 'pipelineExport.yes' : 'pipelineExport.no')),
    num(row.likelihood),
    num(row.trend.delta),
    txt(row.trend.since),
    num(row.criticalGaps.count),
    txt(words.criticalGaps.join('; ')),
    num(row.coverage.share === null ? null : Math.round(row.coverage.share * 100)),
    num(row.coverage.keyPeople),
    num(row.coverage.covered),
    txt(row.owner),
    txt(row.team),
    txt(row.lastChange?.at ?? null),
    txt(row.lastChange?.by ?? null),
    txt(words.reasons.join('; ')),
    txt(words.outcome),
    txt(outcome?.closedOn ?? null),
    txt(outcome?.competitor ?? null),
  ];
}

function totalRecord(total: CurrencyTotal, lang: Lang): string[] {
  const moved = total.movement;
  return [
    txt(total.currency ?? translate(lang, 'pipelineExport.totals.noCurrency')),
    num(total.count),
    num(total.value),
    num(total.weighted),
    num(total.unvalued),
    ...(moved === null ? [] : [num(moved.count), num(moved.value), num(moved.weighted)]),
  ];
}

/** The CSV's records (header, deals, blank, totals header, totals), cells already guarded. */
export function pipelineCsvRecords(pipeline: PipelineExport, lang: Lang): string[][] {
  const header = PIPELINE_CSV_COLUMNS.map((column) => translate(lang, `pipelineExport.column.${column}`));
  const deals = [...pipeline.open, ...pipeline.closed].map((row) => rowRecord(row, lang));
  const since = pipeline.since ?? '';
  const totalsHeader = [
    translate(lang, 'pipelineExport.totals.currency'),
    translate(lang, 'pipelineExport.totals.count'),
    translate(lang, 'pipelineExport.totals.value'),
    translate(lang, 'pipelineExport.totals.weighted'),
    translate(lang, 'pipelineExport.totals.unvalued'),
    ...(pipeline.since === null
      ? []
      : [
          translate(lang, 'pipelineExport.totals.movedCount', { since }),
          translate(lang, 'pipelineExport.totals.movedValue', { since }),
          translate(lang, 'pipelineExport.totals.movedWeighted', { since }),
        ]),
  ];
  const totals = pipeline.totals.currencies.map((total) => totalRecord(total, lang));
  return [header, ...deals, [], totalsHeader, ...totals];
}

/** The pipeline of these export views as CSV text (CRLF); the language is the views' (or `lang` when there are none). */
export function pipelineToCsv(
  views: readonly ExportView[],
  options: PipelineExportOptions & { readonly lang: Lang },
): string {
  const lang = views[0]?.privacy.lang ?? options.lang;
  // Cells are guarded above, text only: a negative number must stay a number.
  return writeCsv(pipelineCsvRecords(pipelineOfViews(views, options), lang), { formulaGuard: false });
}
