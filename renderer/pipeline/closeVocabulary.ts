/**
 * The words of closing a deal, from the document's vocabulary (shared/document: the
 * outcomes and the short list of reasons) and the pipeline's wording: one place the dialog,
 * the banner and the toasts read them from.
 */
import { CLOSE_REASONS, OUTCOME_RESULTS, type CloseReason, type OutcomeResult } from '../../shared/document';
import type { Translator } from '../../shared/i18n';

export { CLOSE_REASONS, OUTCOME_RESULTS, type CloseReason, type OutcomeResult };

export function outcomeWord(t: Translator, result: OutcomeResult): string {
  return t(`outcome.${result}`);
}

export function reasonWord(t: Translator, reason: CloseReason): string {
  return t(`closeReason.${reason}`);
}

/** The final snapshot's label: "Closed: won". */
export function closedSnapshotLabel(t: Translator, result: OutcomeResult): string {
  return t('pipeline.close.snapshotLabel', { result: outcomeWord(t, result) });
}
