/** Stable serialisation: the same document always gives the same bytes. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument, parseDocumentText, serializeDocument } from '../../../shared/document';
import { documentArb, documentInputArb, seededRandom, shuffleKeys } from '../../support/arbitraries';
import { expectDocument, makeDocument, person } from '../../support/builders';
import { SEED_FIXTURE, readFixtureText } from '../../support/fixtures';

const reparse = (text: string) => expectDocument(parseDocumentText(text));

describe('serializeDocument', () => {
  it('is a fixed point: serialize(parse(serialize(doc))) === serialize(doc)', () => {
    fc.assert(
      fc.property(documentArb(), (document) => {
        const text = serializeDocument(document);
        expect(serializeDocument(reparse(text))).toBe(text);
      }),
      { numRuns: 200 },
    );
  });

  it('does not depend on the key order of the input', () => {
    fc.assert(
      fc.property(documentInputArb(), fc.integer(), (raw, seed) => {
        const shuffled = shuffleKeys(raw, seededRandom(seed));
        const a = serializeDocument(expectDocument(parseDocument(raw)));
        const b = serializeDocument(expectDocument(parseDocument(shuffled)));
        expect(b).toBe(a);
      }),
      { numRuns: 200 },
    );
  });

  it('ends with exactly one newline and is two-space JSON', () => {
    fc.assert(
      fc.property(documentArb({ history: false }), (document) => {
        const text = serializeDocument(document);
        expect(text.endsWith('}\n')).toBe(true);
        expect(text.endsWith('\n\n')).toBe(false);
        expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
      }),
      { numRuns: 50 },
    );
  });

  it('writes known keys in the order of PRODUCT.md, whatever order they were built in', () => {
    const document = makeDocument({ stakeholders: [person('s-1', { roles: ['coach'] })] });
    const text = serializeDocument(document);
    const parsed = JSON.parse(text) as { deal: object; stakeholders: object[] };
    expect(Object.keys(parsed)).toEqual([
      'format',
      'version',
      'deal',
      'team',
      'stakeholders',
      'relationships',
      'history',
    ]);
    expect(Object.keys(parsed.deal)).toEqual([
      'id',
      'name',
      'account',
      'value',
      'decisionDate',
      'purchaseStage',
      'qualification',
      'competitors',
      'salesStep',
      'needsRecord',
      'standing',
      'outcome',
      'likelihoodModel',
    ]);
    expect(Object.keys(parsed.stakeholders[0]!).slice(0, 4)).toEqual(['id', 'name', 'title', 'department']);
  });

  it('keeps the seed example stable after its first save', () => {
    const once = serializeDocument(reparse(readFixtureText(SEED_FIXTURE)));
    expect(serializeDocument(reparse(once))).toBe(once);
    expect(reparse(once)).toEqual(reparse(readFixtureText(SEED_FIXTURE)));
  });

  it('does not change the document it writes', () => {
    const document = reparse(readFixtureText(SEED_FIXTURE));
    const before = structuredClone(document);
    serializeDocument(document);
    expect(document).toEqual(before);
  });
});
