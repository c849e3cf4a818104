/**
 * The pipeline for the terminal: the open deals as a table (status, deal, account, value,
 * stage, decision date, likelihood, move, critical gaps, coverage, owner), why each deal
 * that is not green has its status, the closed deals, the totals per currency and, with
 * --since, what moved each deal most.
 */
import { translatePlural } from '../../shared/i18n';
import {
  wordCriticalGap,
  wordOutcomeResult,
  wordPurchaseStage,
  wordStatus,
  wordStatusReason,
  type CurrencyTotal,
  type PipelineRow,
  type PipelineStatus,
} from '../../shared/pipeline';
import { formatMoney } from '../../shared/values';
import type { FileRow, PipelineReport } from './pipelineReport';
import type { Context } from '../context';
import { displayWidth, padEnd, padStart, signed, terminalSafe } from './text';

const MAX_CELL = 28;

/** Text from a document, safe and cut to the cell's width. */
function cell(text: string): string {
  const safe = terminalSafe(text);
  if (displayWidth(safe) <= MAX_CELL) return safe;
  let out = '';
  for (const char of safe) {
    if (displayWidth(out + char) > MAX_CELL - 1) break;
    out += char;
  }
  return `${out}…`;
}

/** Columns two spaces apart; the columns in `right` aligned right. */
function table(rows: readonly (readonly string[])[], right: ReadonlySet<number>, indent: string): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => displayWidth(row[column]!))));
  return rows.map(
    (row) =>
      indent +
      row
        .map((text, column) => (right.has(column) ? padStart(text, widths[column]!) : padEnd(text, widths[column]!)))
        .join('  ')
        .trimEnd(),
  );
}

function paintStatus(status: PipelineStatus, text: string, ctx: Context): string {
  return status === 'red' ? ctx.style.red(text) : status === 'amber' ? ctx.style.yellow(text) : ctx.style.green(text);
}

function valueText(row: PipelineRow, ctx: Context): string {
  return row.value === null ? ctx.t('cli.pipeline.none') : formatMoney(row.value, row.currency, ctx.lang);
}

function decisionText(row: PipelineRow, ctx: Context): string {
  if (row.decisionDate === null || row.daysLeft === null) return ctx.t('cli.pipeline.none');
  return row.overdue
    ? ctx.t('cli.pipeline.overdue', { date: row.decisionDate, days: -row.daysLeft })
    : ctx.t('cli.pipeline.daysLeft', { date: row.decisionDate, days: row.daysLeft });
}

function openTable(entries: readonly FileRow[], ctx: Context): string[] {
  const { t } = ctx;
  const header = [
    'status',
    'deal',
    'account',
    'value',
    'stage',
    'decision',
    'likelihood',
    'move',
    'gaps',
    'coverage',
    'owner',
  ].map((column) => t(`cli.pipeline.column.${column}` as 'cli.pipeline.column.status'));
  const none = t('cli.pipeline.none');
  const rows = entries.map(({ row }) => [
    wordStatus(row.status, ctx.lang),
    cell(row.name),
    row.account === '' ? none : cell(row.account),
    valueText(row, ctx),
    wordPurchaseStage(row.purchaseStage, ctx.lang),
    decisionText(row, ctx),
    `${row.likelihood}%`,
    row.trend.delta === null ? none : signed(row.trend.delta),
    String(row.criticalGaps.count),
    row.coverage.share === null ? none : `${Math.round(row.coverage.share * 100)}%`,
    row.owner === null ? none : cell(row.owner),
  ]);
  const lines = table([header, ...rows], new Set([3, 6, 7, 8, 9]), '  ');
  // Colour after lining up: the status words are padded as plain text first.
  return [
    ctx.style.bold(lines[0]!),
    ...lines.slice(1).map((line, i) => {
      const status = entries[i]!.row.status;
      const word = wordStatus(status, ctx.lang);
      return line.replace(word, paintStatus(status, word, ctx));
    }),
  ];
}

function whyLines(entries: readonly FileRow[], ctx: Context): string[] {
  const out: string[] = [];
  for (const { row } of entries) {
    if (row.reasons.length === 0) continue;
    out.push(
      `  ${terminalSafe(row.name)}: ${row.reasons.map((r) => terminalSafe(wordStatusReason(r, ctx.lang))).join('; ')}`,
    );
    if (row.criticalGaps.count > 0) {
      out.push(`    ${row.criticalGaps.gaps.map((gap) => terminalSafe(wordCriticalGap(gap, ctx.lang))).join('; ')}`);
    }
  }
  return out;
}

function closedTable(entries: readonly FileRow[], ctx: Context): string[] {
  const { t } = ctx;
  const header = ['outcome', 'deal', 'account', 'value', 'decision', 'likelihood'].map((column) =>
    t(`cli.pipeline.column.${column}` as 'cli.pipeline.column.status'),
  );
  const none = t('cli.pipeline.none');
  const rows = entries.map(({ row }) => {
    const outcome = row.outcome!;
    const competitor = outcome.competitor === null ? '' : ` (${cell(outcome.competitor)})`;
    return [
      `${wordOutcomeResult(outcome.result, ctx.lang)}${competitor}`,
      cell(row.name),
      row.account === '' ? none : cell(row.account),
      valueText(row, ctx),
      outcome.closedOn,
      `${row.likelihood}%`,
    ];
  });
  return table([header, ...rows], new Set([3, 5]), '  ');
}

function totalLine(total: CurrencyTotal, since: string | null, ctx: Context): string {
  const money = (amount: number, sign = false) => formatMoney(amount, total.currency, ctx.lang, { signed: sign });
  let line = translatePlural(ctx.lang, 'cli.pipeline.totals.row', total.count, {
    currency: total.currency ?? ctx.t('cli.pipeline.noCurrency'),
    value: money(total.value),
    weighted: money(total.weighted),
  });
  if (total.unvalued > 0) line += ctx.t('cli.pipeline.totals.unvalued', { count: total.unvalued });
  if (total.movement !== null && since !== null) {
    line += translatePlural(ctx.lang, 'cli.pipeline.totals.moved', Math.abs(total.movement.count), {
      since,
      signedCount: signed(total.movement.count),
      value: money(total.movement.value, true),
      weighted: money(total.movement.weighted, true),
    });
  }
  return `  ${line}`;
}

function movedLines(report: PipelineReport, ctx: Context): string[] {
  if (report.moved === null || report.since === null) return [];
  const out = ['', ctx.style.bold(ctx.t('cli.pipeline.moved', { since: report.since }))];
  if (report.moved.length === 0) out.push(`  ${ctx.t('cli.pipeline.movedNone')}`);
  for (const deal of report.moved) {
    out.push(
      `  ${terminalSafe(deal.name)}: ${deal.before}% → ${deal.after}% (${signed(deal.delta)})`,
      ...deal.changes.map((change) => `    ${padStart(signed(change.rounded), 4)}  ${terminalSafe(change.name)}`),
    );
  }
  return out;
}

export function formatPipeline(report: PipelineReport, ctx: Context): string {
  const { t } = ctx;
  const title =
    report.since === null
      ? t('cli.pipeline.title', { date: report.asOf })
      : t('cli.pipeline.titleSince', { date: report.asOf, since: report.since });
  const lines = [ctx.style.bold(title), ''];
  if (report.open.length === 0 && report.closed.length === 0) lines.push(t('cli.pipeline.empty'));
  if (report.open.length > 0) {
    lines.push(t('cli.pipeline.open', { count: report.open.length }), ...openTable(report.open, ctx));
    const why = whyLines(report.open, ctx);
    if (why.length > 0) lines.push('', t('cli.pipeline.reasons'), ...why);
  }
  if (report.closed.length > 0) {
    lines.push('', t('cli.pipeline.closed', { count: report.closed.length }), ...closedTable(report.closed, ctx));
  }
  if (report.totals.currencies.length > 0) {
    lines.push('', ctx.style.bold(t('cli.pipeline.totals')));
    for (const total of report.totals.currencies) lines.push(totalLine(total, report.since, ctx));
  }
  lines.push(...movedLines(report, ctx));
  if (report.unread.length > 0) {
    lines.push('', translatePlural(ctx.lang, 'cli.pipeline.skipped', report.unread.length));
  }
  return `${lines.join('\n')}\n`;
}
