import type { Lang, Translator } from '../../shared/i18n';
import {
  wordCriticalGap,
  wordOutcomeResult,
  wordStatus,
  wordStatusReason,
  type PipelineRow,
} from '../../shared/pipeline/onRows';
import { formatDay } from './format';

/** The current row in words, under the table: its critical gaps and why it has its status. */
export function rowDetail(row: PipelineRow, lang: Lang, t: Translator): string {
  const status = statusText(row, lang);
  const gapText = gapsText(row, lang, t);
  return `${row.name} — ${t('pipelineApp.column.gaps')}: ${gapText}. ${t('pipelineApp.statusWhy', { status: status.word, reasons: status.why })}`;
}

/** The row's critical gaps named, or that it has none. */
export function gapsText(row: PipelineRow, lang: Lang, t: Translator): string {
  const gaps = row.criticalGaps.gaps.map((g) => wordCriticalGap(g, lang));
  return gaps.length === 0
    ? t('pipelineApp.gapsNone')
    : t('pipelineApp.gapsNamed', { count: gaps.length, names: gaps.join('; ') });
}

/** The row's status word, and why: the reasons, or the day a closed deal closed. */
export function statusText(row: PipelineRow, lang: Lang): { word: string; why: string } {
  if (row.outcome)
    return { word: wordOutcomeResult(row.outcome.result, lang), why: formatDay(row.outcome.closedOn, lang) };
  const word = wordStatus(row.status, lang);
  return { word, why: row.reasons.map((r) => wordStatusReason(r, lang)).join('; ') };
}
