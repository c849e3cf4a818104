/** For any document: a deck whose every part is well-formed, with one shape per person and one glued line per relationship. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { translate } from '../../../../shared/i18n';
import { documentArb } from '../../../support/arbitraries';
import { markNames } from '../helpers';
import { child, cNvPr, elements, unpack } from './unpack';
import { deckOf } from '../exporters';

describe('buildDeck on generated documents', () => {
  it('is well-formed, with one person shape per person and one glued connector per relationship', () => {
    fc.assert(
      fc.property(
        documentArb({ maxStakeholders: 6, history: false }),
        fc.constantFrom('en', 'zh-CN' as const),
        fc.boolean(),
        fc.boolean(),
        (doc, lang, includePersonal, anonymous) => {
          const deck = unpack(deckOf(doc, { lang, asOf: '2026-11-26', includePersonal, anonymous })); // parses every part
          const map = deck.xml.get(deck.slides[1]!)!;
          const prefix = translate(lang, 'deck.shape.person', { name: '' });
          const people = elements(map, 'p:sp').filter((sp) => cNvPr(sp).attributes['name']!.startsWith(prefix));
          expect(people).toHaveLength(doc.stakeholders.length);
          const ids = people.map((sp) => cNvPr(sp).attributes['id']!);
          const glued = elements(map, 'p:cxnSp').filter((cxn) => elements(cxn, 'a:stCxn').length > 0);
          expect(glued).toHaveLength(doc.relationships.length);
          const indexOf = new Map(doc.stakeholders.map((p, i) => [p.id, i]));
          glued.forEach((cxn, i) => {
            const line = doc.relationships[i]!;
            expect(child(cxn, 'a:stCxn').attributes['id']).toBe(ids[indexOf.get(line.from)!]);
            expect(child(cxn, 'a:endCxn').attributes['id']).toBe(ids[indexOf.get(line.to)!]);
          });
          for (const name of deck.slides) {
            const shapeIds = elements(deck.xml.get(name)!, 'p:cNvPr').map((c) => c.attributes['id']);
            expect(new Set(shapeIds).size).toBe(shapeIds.length);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('names nobody in an anonymous deck', () => {
    fc.assert(
      fc.property(documentArb({ maxStakeholders: 5, history: false }), fc.boolean(), (generated, includePersonal) => {
        const { doc, names } = markNames(generated);
        const deck = unpack(deckOf(doc, { lang: 'en', includePersonal, anonymous: true }));
        for (const text of deck.parts.values()) for (const name of names) expect(text).not.toContain(name);
      }),
      { numRuns: 30 },
    );
  });
});
