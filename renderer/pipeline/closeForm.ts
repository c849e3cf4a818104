import type { Outcome } from '../../shared/pipeline';
import { readDate } from '../../shared/values';
import type { CloseReason, OutcomeResult } from './closeVocabulary';

/** What the Close deal… dialog holds, as typed. */
export interface CloseForm {
  readonly result: OutcomeResult;
  /** YYYY-MM-DD as the date field gives it. */
  readonly date: string;
  readonly reason: CloseReason | '';
  readonly note: string;
  readonly competitor: string;
}

/**
 * The outcome the form says, or null when its date is not one. The competitor who won counts
 * only for a loss; empty words are no reason and no competitor.
 */
export function outcomeOf({ result, date, reason, note, competitor }: CloseForm): Outcome | null {
  const closedOn = readDate(date);
  if (closedOn === null) return null;
  const named = competitor.trim();
  return {
    result,
    closedOn,
    reason: reason === '' ? null : reason,
    note: note.trim(),
    competitor: result === 'lost' && named !== '' ? named : null,
  };
}
