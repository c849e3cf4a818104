/** The deal's outcome (issue 12): default, round trip, old files, and clear refusals. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CLOSE_REASONS,
  OUTCOME_RESULTS,
  formatProblem,
  parseDocument,
  parseDocumentText,
  serializeDocument,
} from '../../../shared/document';
import { translate } from '../../../shared/i18n';
import { documentArb } from '../../support/arbitraries';
import { expectDocument, rawDocument } from '../../support/builders';
import { SEED_FIXTURE, readFixtureText } from '../../support/fixtures';

const withDeal = (deal: Record<string, unknown>) =>
  rawDocument({ deal: { id: 'd-1', name: 'Core banking upgrade', ...deal } });

describe('deal.outcome', () => {
  it('is null for a file written before outcomes, which opens at version 1 unmigrated', () => {
    const text = readFixtureText(SEED_FIXTURE);
    const document = expectDocument(parseDocumentText(text));
    expect(document.deal.outcome).toBeNull();
    expect(document.version).toBe(1);
    const written = JSON.parse(serializeDocument(document)) as { deal: Record<string, unknown> };
    expect(written.deal['outcome']).toBeNull();
  });

  it('fills the optional parts of a closed deal', () => {
    const document = expectDocument(parseDocument(withDeal({ outcome: { result: 'won', closedOn: '2026-05-31' } })));
    expect(document.deal.outcome).toEqual({
      result: 'won',
      closedOn: '2026-05-31',
      reason: null,
      note: '',
      competitor: null,
    });
  });

  it('writes its keys in the documented order, after the standing, and keeps unknown ones', () => {
    const document = expectDocument(
      parseDocument(
        withDeal({
          outcome: { zz: 1, competitor: 'Acme', note: 'n', reason: 'price', closedOn: '2026-05-31', result: 'lost' },
        }),
      ),
    );
    const written = JSON.parse(serializeDocument(document)) as { deal: Record<string, unknown> };
    expect(Object.keys(written.deal['outcome'] as object)).toEqual([
      'result',
      'closedOn',
      'reason',
      'note',
      'competitor',
      'zz',
    ]);
    expect(Object.keys(written.deal).slice(-3)).toEqual(['standing', 'outcome', 'likelihoodModel']);
  });

  it('round-trips byte-stable whatever it holds', () => {
    fc.assert(
      fc.property(documentArb({ history: false }), (document) => {
        const text = serializeDocument(document);
        const again = expectDocument(parseDocumentText(text));
        expect(again.deal.outcome).toEqual(document.deal.outcome);
        expect(serializeDocument(again)).toBe(text);
      }),
      { numRuns: 150 },
    );
  });

  const problemsOf = (outcome: unknown) => {
    const result = parseDocument(withDeal({ outcome }));
    if (result.ok) throw new Error('expected problems');
    return result.problems.map((p) => formatProblem(p, 'en'));
  };

  it('refuses an unknown result, naming the path and the allowed values', () => {
    const [message] = problemsOf({ result: 'postponed', closedOn: '2026-05-31' });
    expect(message).toContain('deal.outcome.result');
    expect(message).toContain('"no-decision"');
    expect(message).toContain('"postponed"');
  });

  it('refuses a closing without a real date, and a reason off the list', () => {
    const messages = problemsOf({ result: 'lost', closedOn: '2026-02-30', reason: 'bad luck' });
    expect(messages.some((m) => m.includes('deal.outcome.closedOn'))).toBe(true);
    expect(messages.some((m) => m.includes('deal.outcome.reason') && m.includes('"budget-cut"'))).toBe(true);
  });

  it('refuses a missing result rather than guessing one', () => {
    const messages = problemsOf({ closedOn: '2026-05-31' });
    expect(messages.some((m) => m.includes('deal.outcome.result'))).toBe(true);
  });

  it('words every result and reason in both languages', () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const words = [
        ...OUTCOME_RESULTS.map((r) => translate(lang, `outcome.${r}`)),
        ...CLOSE_REASONS.map((r) => translate(lang, `closeReason.${r}`)),
      ];
      expect(new Set(words).size).toBe(words.length);
      for (const word of words) expect(word.trim()).not.toBe('');
    }
  });
});
