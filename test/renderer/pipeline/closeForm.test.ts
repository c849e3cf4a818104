import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outcomeOf, type CloseForm } from '../../../renderer/pipeline/closeForm';
import { CLOSE_REASONS, OUTCOME_RESULTS } from '../../../renderer/pipeline/closeVocabulary';

const form = (over: Partial<CloseForm> = {}): CloseForm => ({
  result: 'won',
  date: '2026-11-30',
  reason: '',
  note: '',
  competitor: '',
  ...over,
});

describe('the outcome the Close deal… form says', () => {
  it('is none while the date is not one, whatever else it holds', () => {
    expect(outcomeOf(form({ date: '' }))).toBeNull();
    expect(outcomeOf(form({ date: '2026-02-30', result: 'lost', competitor: 'Acme' }))).toBeNull();
  });

  it('keeps a loss’s winner, trimmed, and the user’s words, trimmed', () => {
    expect(
      outcomeOf(form({ result: 'lost', competitor: '  Acme ', note: ' price \n', reason: CLOSE_REASONS[0] })),
    ).toEqual({
      result: 'lost',
      closedOn: '2026-11-30',
      reason: CLOSE_REASONS[0],
      note: 'price',
      competitor: 'Acme',
    });
  });

  it('names a winner only for a loss with one typed, and a reason only when one is chosen', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...OUTCOME_RESULTS),
        fc.constantFrom('' as const, ...CLOSE_REASONS),
        fc.string(),
        (result, reason, competitor) => {
          const outcome = outcomeOf(form({ result, reason, competitor }))!;
          expect(outcome.result).toBe(result);
          expect(outcome.reason).toBe(reason === '' ? null : reason);
          expect(outcome.competitor).toBe(result === 'lost' && competitor.trim() !== '' ? competitor.trim() : null);
        },
      ),
    );
  });
});
