/** The deal's sales step, needs record and position (issue 10): defaults, round trip, errors. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument, parseDocumentText, serializeDocument, formatProblem } from '../../../shared/document';
import { documentArb } from '../../support/arbitraries';
import { expectDocument } from '../../support/builders';
import { SEED_FIXTURE, readFixtureText } from '../../support/fixtures';

const minimal = (deal: Record<string, unknown>) => ({
  format: 'powermap',
  version: 1,
  deal: { id: 'd-1', name: 'Deal', ...deal },
});

describe('the deal fields of the sales process and the position', () => {
  it('default to not chosen, no record and nothing scored, so old files open unchanged', () => {
    const document = expectDocument(parseDocumentText(readFixtureText(SEED_FIXTURE)));
    expect(document.deal.salesStep).toBeNull();
    expect(document.deal.needsRecord).toBeNull();
    expect(document.deal.standing).toEqual({ bestSupplier: null, scores: {} });
    expect(document.version).toBe(1);
  });

  it('round-trip byte-stable whatever they hold', () => {
    fc.assert(
      fc.property(documentArb({ history: false }), (document) => {
        const text = serializeDocument(document);
        const again = expectDocument(parseDocumentText(text));
        expect(again.deal.salesStep).toBe(document.deal.salesStep);
        expect(again.deal.needsRecord).toEqual(document.deal.needsRecord);
        expect(again.deal.standing).toEqual(document.deal.standing);
        expect(serializeDocument(again)).toBe(text);
      }),
      { numRuns: 150 },
    );
  });

  it('writes a scored criterion with both scores, in the course order', () => {
    const document = expectDocument(
      parseDocument(
        minimal({
          salesStep: 'discover-needs',
          needsRecord: { date: '2026-03-01', text: 'Replace the core system by Q4' },
          standing: { scores: { price: { best: 8 }, brand: { ours: 6.5, best: 9 } }, bestSupplier: 'Acme' },
        }),
      ),
    );
    const written = JSON.parse(serializeDocument(document)) as { deal: Record<string, unknown> };
    expect(written.deal['standing']).toEqual({
      bestSupplier: 'Acme',
      scores: { brand: { ours: 6.5, best: 9 }, price: { ours: null, best: 8 } },
    });
    expect(Object.keys((written.deal['standing'] as { scores: object }).scores)).toEqual(['brand', 'price']);
    expect(Object.keys(written.deal['needsRecord'] as object)).toEqual(['date', 'text']);
  });

  const problemsOf = (deal: Record<string, unknown>) => {
    const result = parseDocument(minimal(deal));
    if (result.ok) throw new Error('expected problems');
    return result.problems.map((p) => formatProblem(p, 'en'));
  };

  it('refuses an unknown step, naming the path and the allowed values', () => {
    const [message] = problemsOf({ salesStep: 'closing' });
    expect(message).toContain('deal.salesStep');
    expect(message).toContain('"account-analysis"');
    expect(message).toContain('"closing"');
  });

  it('refuses a needs record without a real date or with blank text', () => {
    const messages = problemsOf({ needsRecord: { date: '2026-02-30', text: '  ' } });
    expect(messages.some((m) => m.includes('deal.needsRecord.date'))).toBe(true);
    expect(messages.some((m) => m.includes('deal.needsRecord.text'))).toBe(true);
  });

  it('refuses scores off the 0..10 half-point scale and criteria the course does not chart', () => {
    const messages = problemsOf({ standing: { scores: { brand: { ours: 7.3, best: 11 }, charm: { ours: 1 } } } });
    expect(messages.some((m) => m.includes('deal.standing.scores.brand.ours') && m.includes('0.5'))).toBe(true);
    expect(messages.some((m) => m.includes('deal.standing.scores.brand.best') && m.includes('10'))).toBe(true);
    expect(messages.some((m) => m.includes('deal.standing.scores.charm'))).toBe(true);
  });
});
