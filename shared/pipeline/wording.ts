/** The pipeline's words, through both catalogues: rule names, status reasons, outcomes. */
import type { GapCode } from '../analysis/types';
import type { Lang } from '../i18n/catalogue';
import type { OutcomeResult } from './outcome';
import type { CriticalGap, PipelineStatus, StatusReason } from './types';

/** The rule's name, without people ("Attitude unknown"). */
export function gapRuleName(code: GapCode, lang: Lang): string {
  void code;
  void lang;
  throw new Error('not yet');
}

/** A critical gap as the hover names it: the rule's name and its people ("Attitude unknown: 张总"). */
export function wordCriticalGap(gap: CriticalGap, lang: Lang): string {
  void gap;
  void lang;
  throw new Error('not yet');
}

export function wordStatus(status: PipelineStatus, lang: Lang): string {
  void status;
  void lang;
  throw new Error('not yet');
}

/** A reason in words, with its people and figure. */
export function wordStatusReason(reason: StatusReason, lang: Lang): string {
  void reason;
  void lang;
  throw new Error('not yet');
}

export function wordOutcomeResult(result: OutcomeResult, lang: Lang): string {
  void result;
  void lang;
  throw new Error('not yet');
}
