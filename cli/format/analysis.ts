/**
 * The analysis for a terminal: the deal, the win likelihood (an estimate) with its base and
 * signed terms lined up, then the gaps grouped by severity with their suggested actions.
 */
import { SEVERITIES, type Analysis, type Gap, type Severity } from '../../shared/analysis/types';
import type { PowermapDocument } from '../../shared/document';
import type { Context } from '../context';
import type { SalesSummary } from '../../shared/analysis';
import { positionLines, salesStepLines } from './salesProcess';
import type { Style } from './style';
import { alignedRows, displayWidth, signed, terminalSafe } from './text';

const SEVERITY_HEADING = {
  critical: 'cli.analyze.severity.critical',
  warning: 'cli.analyze.severity.warning',
  info: 'cli.analyze.severity.info',
} as const;

export function severityColour(severity: Severity, style: Style): (text: string) => string {
  return severity === 'critical'
    ? (text) => style.bold(style.red(text))
    : severity === 'warning'
      ? style.yellow
      : style.cyan;
}

export function pointsColour(points: number, style: Style): (text: string) => string {
  return points > 0 ? style.green : points < 0 ? style.red : (text) => text;
}

/** `Core banking upgrade · First City Bank`, or the name alone when no account is given. */
export function dealLine(document: PowermapDocument, ctx: Context): string {
  const name = terminalSafe(document.deal.name);
  const account = terminalSafe(document.deal.account);
  return account.trim() === '' ? name : ctx.t('cli.analyze.deal', { name, account });
}

function explanationLines(analysis: Analysis, ctx: Context): string[] {
  const { t, style } = ctx;
  const rows: string[][] = [
    [t('cli.analyze.base'), String(analysis.explanation.base)],
    ...analysis.explanation.terms.map((term) => [terminalSafe(term.label), signed(term.points)]),
    [t('cli.analyze.total'), `${analysis.winLikelihood}%`],
  ];
  // Room for a person's term with its weight and share ("… weight 40 → share 48.3%") in 80 columns.
  const lines = alignedRows(rows, '  ', 66);
  const total = lines.pop()!;
  const width = Math.max(...lines.map(displayWidth), displayWidth(total));
  // Colour after alignment, so that escape sequences never count as width.
  const coloured = lines.map((line, index) => {
    const term = index === 0 ? undefined : analysis.explanation.terms[index - 1];
    if (term === undefined) return line;
    const figure = signed(term.points);
    return line.slice(0, line.length - figure.length) + pointsColour(term.points, style)(figure);
  });
  return [...coloured, `  ${'-'.repeat(Math.max(0, width - 2))}`, style.bold(total)];
}

function gapLines(gap: Gap, ctx: Context): string[] {
  return [
    `  • ${terminalSafe(gap.message)}`,
    `    ${ctx.style.dim(ctx.t('cli.analyze.action', { action: terminalSafe(gap.action) }))}`,
  ];
}

function gapSection(gaps: readonly Gap[], ctx: Context): string[] {
  const { t, style } = ctx;
  if (gaps.length === 0) return [t('cli.analyze.noGaps')];
  const lines = [style.bold(t('cli.analyze.gaps', { count: gaps.length }))];
  for (const severity of SEVERITIES) {
    const group = gaps.filter((gap) => gap.severity === severity);
    if (group.length === 0) continue;
    lines.push('', severityColour(severity, style)(t(SEVERITY_HEADING[severity], { count: group.length })));
    for (const gap of group) lines.push(...gapLines(gap, ctx));
  }
  return lines;
}

export function formatAnalysis(
  document: PowermapDocument,
  analysis: Analysis,
  asOf: string,
  ctx: Context,
  summary?: SalesSummary,
): string {
  const { t, style } = ctx;
  const stage = t(`purchaseStage.${document.deal.purchaseStage}`);
  const lines = [
    style.bold(dealLine(document, ctx)),
    style.dim(t('cli.analyze.context', { stage, date: asOf })),
    '',
    style.bold(t('cli.analyze.likelihood', { value: analysis.winLikelihood })),
    '',
    t('cli.analyze.explanation'),
    ...explanationLines(analysis, ctx),
    style.dim(`  ${terminalSafe(analysis.shares)}`),
    '',
    ...(summary === undefined ? [] : [...salesStepLines(summary, ctx), '', ...positionLines(summary, ctx), '']),
    ...gapSection(analysis.gaps, ctx),
  ];
  return `${lines.join('\n')}\n`;
}
