/** The shared test generators make valid documents, and varied ones (else property tests prove little). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ATTITUDES, BUYING_ROLES, RELATIONSHIP_KINDS, STYLES, parseDocument } from '../../../shared/document';
import { documentArb, documentInputArb, seededRandom, shuffleKeys } from '../../support/arbitraries';
import { expectDocument, makeDocument, member, person, relationship, snapshot } from '../../support/builders';

describe('documentInputArb', () => {
  it('only makes documents the reader accepts', () => {
    fc.assert(
      fc.property(documentInputArb(), (raw) => {
        expectDocument(parseDocument(raw));
      }),
      { numRuns: 300 },
    );
  });

  it('covers the vocabularies, relationships, history, defaults and unknown fields', () => {
    const samples = fc.sample(documentArb(), { numRuns: 300, seed: 42 });
    const people = samples.flatMap((d) => [...d.stakeholders, ...d.history.flatMap((h) => h.stakeholders)]);
    const lines = samples.flatMap((d) => d.relationships);
    expect(new Set(people.map((p) => p.attitude))).toEqual(new Set(ATTITUDES));
    expect(new Set(people.map((p) => p.style))).toEqual(new Set(STYLES));
    expect(new Set(people.flatMap((p) => p.roles))).toEqual(new Set(BUYING_ROLES));
    expect(new Set(lines.map((r) => r.kind))).toEqual(new Set(RELATIONSHIP_KINDS));
    expect(lines.every((r) => r.from !== r.to)).toBe(true);
    expect(people.some((p) => p.ownerId !== null)).toBe(true);
    expect(samples.some((d) => d.history.length > 0)).toBe(true);
    expect(samples.some((d) => Object.keys(d).some((k) => k.startsWith('x-')))).toBe(true);
    const raws = fc.sample(documentInputArb(), { numRuns: 100, seed: 7 });
    expect(raws.some((d) => !('relationships' in d) || !('stakeholders' in d))).toBe(true);
  });
});

describe('shuffleKeys', () => {
  it('keeps the value and changes only the key order', () => {
    const value = { a: 1, b: [{ c: 2, d: 3, e: { f: 4, g: 5 } }], h: null, i: 'j' };
    const orders = new Set<string>();
    for (let seed = 0; seed < 20; seed++) {
      const shuffled = shuffleKeys(value, seededRandom(seed));
      expect(shuffled).toEqual(value);
      orders.add(JSON.stringify(shuffled));
    }
    expect(orders.size).toBeGreaterThan(1);
  });
});

describe('builders', () => {
  it('make parsed, defaulted values through the real schemas', () => {
    const document = makeDocument({
      team: [member('t-1')],
      stakeholders: [person('a', { ownerId: 't-1' }), person('b')],
      relationships: [relationship('r-1', 'influences', 'a', 'b')],
      history: [snapshot('h-1', '2026-10-01T09:00:00Z')],
    });
    expect(document.stakeholders[1]).toMatchObject({ id: 'b', name: 'Person b', attitude: 'unknown', influence: null });
    expect(document.relationships[0]?.strength).toBe(2);
    expect(document.history[0]).toMatchObject({ id: 'h-1', label: '', stakeholders: [] });
  });

  it('refuse to build an invalid document, saying why', () => {
    expect(() => makeDocument({ stakeholders: [person('a', { ownerId: 't-9' })] })).toThrow(
      /stakeholders\[0\]\.ownerId/,
    );
  });
});
