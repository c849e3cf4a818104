/** The pipeline's words, through both catalogues: rule names, status reasons, outcomes. */
import type { GapCode } from '../analysis/types';
import type { Lang, MessageKey } from '../i18n/catalogue';
import { joinList, translate, translatePlural } from '../i18n/translate';
import type { OutcomeResult, PurchaseStage, SalesStep } from '../document/vocabulary';
import type { CriticalGap, PipelineRow, PipelineStatus, StatusReason } from './types';

/** The rule's name, without people ("Attitude unknown"). */
export function gapRuleName(code: GapCode, lang: Lang): string {
  return translate(lang, `pipeline.rule.${code}`);
}

/** A critical gap as the hover names it: the rule's name and its people ("Attitude unknown: 张总"). */
export function wordCriticalGap(gap: CriticalGap, lang: Lang): string {
  const rule = gapRuleName(gap.code, lang);
  if (gap.role !== undefined)
    return translate(lang, 'pipeline.gap.role', { rule, role: translate(lang, `role.${gap.role}`) });
  if (gap.people.length === 0) return rule;
  return translate(lang, 'pipeline.gap.named', { rule, names: joinList(lang, gap.people) });
}

export function wordStatus(status: PipelineStatus, lang: Lang): string {
  return translate(lang, `pipeline.status.${status}`);
}

/** A reason in words, with its people and figure. */
export function wordStatusReason(reason: StatusReason, lang: Lang): string {
  const figure = reason.figure ?? 0;
  switch (reason.code) {
    case 'decision-date-passed':
      return translatePlural(lang, 'pipeline.reason.decision-date-passed', figure);
    case 'critical-gaps':
      return translatePlural(lang, 'pipeline.reason.critical-gaps', figure);
    default: {
      const key: MessageKey = `pipeline.reason.${reason.code}`;
      return translate(lang, key, { figure, names: joinList(lang, reason.people) });
    }
  }
}

/** An outcome as a word of its own, as the tables show it ("Lost"; "lost" is the mid-sentence word). */
export function wordOutcomeResult(result: OutcomeResult, lang: Lang): string {
  return translate(lang, `pipeline.outcome.${result}`);
}

/** A purchase stage as a word of its own ("Evaluation"). */
export function wordPurchaseStage(stage: PurchaseStage, lang: Lang): string {
  return translate(lang, `pipeline.purchaseStage.${stage}`);
}

/** A sales step as a word of its own ("Build trust"). */
export function wordSalesStep(step: SalesStep, lang: Lang): string {
  return translate(lang, `pipeline.salesStep.${step}`);
}

/** A row's vocabulary in words, for the media that show it all (the CSV, the command line's JSON). */
export interface RowWords {
  readonly status: string;
  readonly reasons: readonly string[];
  readonly criticalGaps: readonly string[];
  readonly purchaseStage: string;
  readonly salesStep: string | null;
  /** The outcome's word; null while the deal is open. */
  readonly outcome: string | null;
}

/** Every word of a row's vocabulary, each by its function above. */
export function wordRow(row: PipelineRow, lang: Lang): RowWords {
  return {
    status: wordStatus(row.status, lang),
    reasons: row.reasons.map((reason) => wordStatusReason(reason, lang)),
    criticalGaps: row.criticalGaps.gaps.map((gap) => wordCriticalGap(gap, lang)),
    purchaseStage: wordPurchaseStage(row.purchaseStage, lang),
    salesStep: row.salesStep === null ? null : wordSalesStep(row.salesStep, lang),
    outcome: row.outcome === null ? null : wordOutcomeResult(row.outcome.result, lang),
  };
}
