/**
 * The words of closing a deal. The reasons' list and the outcome's words belong to the
 * document format (shared/document, from the calibration work); this adapter is the one
 * place the dialog reads them from, so it follows that list when it lands.
 */
import type { MessageKey, Translator } from '../../shared/i18n';
import { OUTCOME_RESULTS, type OutcomeResult } from '../../shared/pipeline';

export { OUTCOME_RESULTS, type OutcomeResult };

/** The short list of reasons (shared/document's CLOSE_REASONS, when the format has it). */
export const CLOSE_REASON_CODES = [
  'price',
  'relationship',
  'product-fit',
  'timing',
  'competitor-relationship',
  'budget-cut',
  'internal-decision',
  'other',
] as const;
export type CloseReasonCode = (typeof CLOSE_REASON_CODES)[number];

export function outcomeWord(t: Translator, result: OutcomeResult): string {
  return t(`close.outcome.${result}`);
}

export function reasonWord(t: Translator, reason: CloseReasonCode): string {
  return t(`close.reason.${reason}` as MessageKey);
}
