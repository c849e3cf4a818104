/** The sales step (独孤六剑) and the position against the best supplier, for a terminal. */
import type { SalesSummary } from '../../shared/analysis';
import type { Context } from '../context';
import { alignedRows, terminalSafe } from './text';

function score(value: number | null, ctx: Context): string {
  return value === null ? ctx.t('positionView.notScored') : String(value);
}

export function salesStepLines(summary: SalesSummary, ctx: Context): string[] {
  const { t, style } = ctx;
  const { process } = summary;
  const step = process.recorded === null ? t('salesStep.none') : t(`salesStep.${process.recorded}`);
  const needs = summary.needsRecord
    ? t('salesView.needsOn', { date: summary.needsRecord.date, text: terminalSafe(summary.needsRecord.text) })
    : t('salesView.needsNone');
  const lines = [
    style.bold(t('cli.salesStep.heading')),
    `  ${t('cli.salesStep.recorded', {
      step,
      supported: t(`salesStep.${process.supported}`),
      beside: t(`salesStep.${process.beside}`),
    })}`,
    `  ${t('cli.salesStep.needs', { needs })}`,
  ];
  if (summary.end.length === 0) {
    lines.push(`  ${style.dim(t('salesView.noEnd'))}`);
  } else {
    lines.push(`  ${t('cli.salesStep.toMoveOn', { step: t(`salesStep.${summary.current}`) })}`);
    for (const sign of summary.end) {
      const mark = sign.met ? style.green('✓') : style.red('✗');
      lines.push(`    ${mark} ${terminalSafe(sign.text)}`);
    }
  }
  return lines;
}

export function positionLines(summary: SalesSummary, ctx: Context): string[] {
  const { t, style } = ctx;
  const { position } = summary;
  const lines = [style.bold(t('cli.position.heading'))];
  if (position.bestSupplier !== null) {
    lines.push(`  ${t('cli.position.bestNamed', { name: terminalSafe(position.bestSupplier) })}`);
  }
  if (!position.scored && position.suggested === null) {
    lines.push(`  ${style.dim(t('positionView.empty'))}`);
    return lines;
  }
  const rows = position.criteria.map((c) => [
    t(`criterion.${c.criterion}`),
    c.fromMap ? `${score(c.ours, ctx)} (${t('positionView.fromMap')})` : score(c.ours, ctx),
    score(c.best, ctx),
  ]);
  const header = ['', t('positionView.ours'), t('positionView.best')];
  lines.push(...alignedRows([header, ...rows], '  '));
  return lines;
}
