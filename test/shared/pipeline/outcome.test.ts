/** Closing and reopening a deal: the outcome on the deal, a final snapshot, old files open unchanged. */
import { describe, expect, it } from 'vitest';
import { parseDocument, serializeDocument, type PowermapDocument } from '../../../shared/document';
import {
  OutcomeError,
  closeDeal,
  readOutcome,
  reopenDeal,
  summarizeDeal,
  type Outcome,
} from '../../../shared/pipeline';
import { greenDeal } from '../../support/pipelineDeals';

function parse(raw: unknown): PowermapDocument {
  const result = parseDocument(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.document;
}

const LOST: Outcome = {
  result: 'lost',
  closedOn: '2026-11-28',
  reason: 'price',
  note: 'Too dear',
  competitor: 'Acme',
};
const NOW = { takenAt: '2026-11-28T17:00:00+08:00', snapshotId: 'close-1', label: 'Closed: lost' };

describe('closeDeal', () => {
  it('sets the outcome and takes a final snapshot of the closed map, leaving the input alone', () => {
    const doc = parse(greenDeal());
    const closed = closeDeal(doc, LOST, NOW);
    expect(readOutcome(closed.deal)).toEqual(LOST);
    expect(closed.history).toHaveLength(doc.history.length + 1);
    const final = closed.history.at(-1)!;
    expect(final).toMatchObject({ id: 'close-1', takenAt: NOW.takenAt, label: 'Closed: lost' });
    expect(final.stakeholders).toBe(doc.stakeholders);
    expect(readOutcome(final.deal)).toEqual(LOST);
    expect(readOutcome(doc.deal)).toBeNull();
    expect(doc.history).toHaveLength(0);
  });

  it('survives a save and a reload', () => {
    const closed = closeDeal(parse(greenDeal()), LOST, NOW);
    const again = parse(JSON.parse(serializeDocument(closed)));
    expect(readOutcome(again.deal)).toEqual(LOST);
    expect(summarizeDeal(again, { asOf: '2026-11-30' }).outcome).toEqual(LOST);
  });

  it('refuses a malformed outcome with an error naming the field, and changes nothing', () => {
    const doc = parse(greenDeal());
    const before = JSON.stringify(doc);
    const bad: [Outcome, string][] = [
      [{ ...LOST, closedOn: '2026-02-30' }, 'closedOn'],
      [{ ...LOST, result: 'tied' as Outcome['result'] }, 'result'],
      [{ ...LOST, reason: 'luck' as Outcome['reason'] }, 'reason'],
      [{ ...LOST, result: 'won' }, 'competitor'],
    ];
    for (const [outcome, field] of bad) {
      expect(() => closeDeal(doc, outcome, NOW)).toThrow(OutcomeError);
      try {
        closeDeal(doc, outcome, NOW);
      } catch (error) {
        expect((error as OutcomeError).field).toBe(field);
      }
    }
    expect(JSON.stringify(doc)).toBe(before);
  });
});

describe('reopenDeal', () => {
  it('clears the outcome and keeps the history with the final snapshot', () => {
    const closed = closeDeal(parse(greenDeal()), LOST, NOW);
    const reopened = reopenDeal(closed);
    expect(readOutcome(reopened.deal)).toBeNull();
    expect(reopened.deal.outcome).toBeNull();
    expect(reopened.history).toBe(closed.history);
    expect(summarizeDeal(reopened, { asOf: '2026-11-30' }).outcome).toBeNull();
  });

  it('returns an open deal that never had an outcome as it is', () => {
    const doc = parse(greenDeal());
    expect(reopenDeal(doc)).toBe(doc);
  });
});

describe('readOutcome', () => {
  it('reads an old file (no outcome) as an open deal', () => {
    expect(readOutcome(parse(greenDeal()).deal)).toBeNull();
  });
});
