/**
 * The review pack's model (issue 12): for the deals a filter selected, the pipeline table,
 * the totals of the open deals per currency, the likelihood-by-decision-date chart of the
 * quarter, then each deal's review sheet (the existing `reviewSheet`), all worded in the
 * export's language. Made from export views, so the privacy choices (personal fields off
 * unless included; the anonymous variant) are the sheets' and the table's alike. Renderers
 * (the command line's PDF) only lay it out.
 */
import type { Lang, MessageKey } from '../i18n/catalogue';
import { translate, translatePlural } from '../i18n/translate';
import {
  decidingThisQuarter,
  PIPELINE_STATUSES,
  wordOutcomeResult,
  wordPurchaseStage,
  wordStatus,
  type PipelineRow,
  type PipelineStatus,
} from '../pipeline';
import { formatMoney } from '../values';
import { pipelineOfViews, type PipelineExportOptions } from './pipelineModel';
import type { ExportView } from './privacy';
import { reviewSheet, type ReviewSheet } from './sheet';

/** A plain table: header and worded cells. */
export interface PackTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export interface PackChartPoint {
  readonly label: string;
  readonly decisionDate: string;
  readonly likelihood: number;
  readonly status: PipelineStatus;
}

export interface PackChart {
  readonly title: string;
  /** The quarter, YYYY-MM-DD, both ends included. */
  readonly from: string;
  readonly to: string;
  readonly points: readonly PackChartPoint[];
  /** Shown when no point is drawn; null otherwise. */
  readonly empty: string | null;
  /** How many open deals are past their decision date (not drawn); null when none. */
  readonly overdue: string | null;
  /** The status colours' words, red first. */
  readonly legend: readonly { readonly status: PipelineStatus; readonly label: string }[];
}

export interface PackDeal {
  /** The contents' entry and the bookmark: the deal's name and account. */
  readonly title: string;
  readonly sheet: ReviewSheet;
}

export interface ReviewPack {
  readonly lang: Lang;
  readonly title: string;
  readonly subtitle: string;
  readonly sections: { readonly pipeline: string; readonly totals: string; readonly contents: string };
  readonly empty: string | null;
  readonly pipeline: PackTable;
  readonly totals: PackTable;
  readonly chart: PackChart;
  /** In the pipeline table's order: open deals (red first), then closed ones. */
  readonly deals: readonly PackDeal[];
  readonly footer: { readonly note: string; readonly pageTemplate: string; readonly continuedTemplate: string };
}

function pipelineTable(rows: readonly PipelineRow[], lang: Lang): PackTable {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);
  const columns = [
    'status',
    'deal',
    'account',
    'value',
    'purchaseStage',
    'decisionDate',
    'likelihood',
    'move',
    'criticalGaps',
    'coverage',
    'owner',
  ] as const;
  return {
    header: columns.map((column) => t(`pipelineExport.column.${column}`)),
    rows: rows.map((row) => [
      row.outcome === null ? wordStatus(row.status, lang) : wordOutcomeResult(row.outcome.result, lang),
      row.name,
      row.account,
      row.value === null ? '' : formatMoney(row.value, row.currency, lang),
      wordPurchaseStage(row.purchaseStage, lang),
      row.decisionDate === null ? '' : `${row.decisionDate}${row.overdue ? ` (${row.daysLeft ?? ''})` : ''}`,
      String(row.likelihood),
      row.trend.delta === null ? '' : row.trend.delta > 0 ? `+${row.trend.delta}` : String(row.trend.delta),
      String(row.criticalGaps.count),
      row.coverage.share === null ? '' : String(Math.round(row.coverage.share * 100)),
      row.owner ?? '',
    ]),
  };
}

function totalsTable(pack: ReturnType<typeof pipelineOfViews>, lang: Lang): PackTable {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);
  const since = pack.since;
  const header = [
    // The pack's table sits under its own heading; the CSV's "Totals: currency" says what follows the deals.
    t('pipelineExport.pack.currency'),
    t('pipelineExport.totals.count'),
    t('pipelineExport.totals.value'),
    t('pipelineExport.totals.weighted'),
    t('pipelineExport.totals.unvalued'),
    ...(since === null
      ? []
      : [t('pipelineExport.totals.movedValue', { since }), t('pipelineExport.totals.movedWeighted', { since })]),
  ];
  const rows = pack.totals.currencies.map((total) => {
    const money = (amount: number, signed = false) => formatMoney(amount, total.currency, lang, { signed });
    const moved = total.movement;
    return [
      total.currency ?? t('pipelineExport.totals.noCurrency'),
      String(total.count),
      money(total.value),
      money(total.weighted),
      String(total.unvalued),
      ...(moved === null || since === null ? [] : [money(moved.value, true), money(moved.weighted, true)]),
    ];
  });
  return { header, rows };
}

export function reviewPack(
  views: readonly ExportView[],
  options: PipelineExportOptions & { readonly lang: Lang },
): ReviewPack {
  const lang = views[0]?.privacy.lang ?? options.lang;
  const anonymous = views[0]?.privacy.anonymous ?? false;
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);
  const pipeline = pipelineOfViews(views, options);
  const rows = [...pipeline.open, ...pipeline.closed];
  const quarter = decidingThisQuarter(pipeline.open, options.asOf);
  return {
    lang,
    title: t('pipelineExport.pack.title'),
    subtitle:
      pipeline.since === null
        ? t('pipelineExport.pack.asOf', { date: options.asOf })
        : t('pipelineExport.pack.asOfSince', { date: options.asOf, since: pipeline.since }),
    sections: {
      pipeline: t('pipelineExport.pack.pipeline'),
      totals: t('pipelineExport.pack.totals'),
      contents: t('pipelineExport.pack.contents'),
    },
    empty: rows.length === 0 ? t('pipelineExport.pack.empty') : null,
    pipeline: pipelineTable(rows, lang),
    totals: totalsTable(pipeline, lang),
    chart: {
      title: t('pipelineExport.pack.chart', { from: quarter.from, to: quarter.to }),
      from: quarter.from,
      to: quarter.to,
      points: quarter.points.map((point) => ({
        label: point.name,
        decisionDate: point.decisionDate,
        likelihood: point.likelihood,
        status: point.status,
      })),
      empty: quarter.points.length === 0 ? t('pipelineExport.pack.chartEmpty') : null,
      overdue:
        quarter.overdue === 0 ? null : translatePlural(lang, 'pipelineExport.pack.chartOverdue', quarter.overdue),
      legend: PIPELINE_STATUSES.map((status) => ({ status, label: wordStatus(status, lang) })),
    },
    deals: rows.map((row) => ({
      title: row.account === '' ? row.name : `${row.name} · ${row.account}`,
      sheet: reviewSheet(pipeline.viewOf.get(row)!, { asOf: options.asOf }),
    })),
    footer: {
      note: t(anonymous ? 'sheet.footer.anonymous' : 'sheet.footer.confidential'),
      pageTemplate: t('sheet.footer.page'),
      continuedTemplate: t('sheet.footer.continued'),
    },
  };
}
