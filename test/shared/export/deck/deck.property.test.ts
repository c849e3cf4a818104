/**
 * For any document: a deck whose every part is well-formed, with one shape per person and one
 * line per relationship: glued, or the canvas's bracket for two cards too close for a straight line.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { translate } from '../../../../shared/i18n';
import { directRoute } from '../../../../shared/mapLayout/lineRoute';
import { CARD } from '../../../../shared/mapStyle/tokens';
import { documentArb } from '../../../support/arbitraries';
import { markNames } from '../helpers';
import { allElements } from '../xml';
import { child, cNvPr, elements, unpack } from './unpack';
import { deckOf } from '../exporters';

describe('buildDeck on generated documents', () => {
  it('is well-formed, with one person shape per person and one line per relationship, glued unless the cards are too close', () => {
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
          const linePrefix = translate(lang, 'deck.shape.line', { label: '' });
          const lines = allElements(map).filter(
            (e) =>
              (e.name === 'p:cxnSp' && elements(e, 'a:stCxn').length > 0) ||
              (e.name === 'p:sp' && cNvPr(e).attributes['name']!.startsWith(linePrefix)),
          );
          expect(lines).toHaveLength(doc.relationships.length);
          const indexOf = new Map(doc.stakeholders.map((p, i) => [p.id, i]));
          const box = (id: string) => {
            const { x, y } = doc.stakeholders[indexOf.get(id)!]!.position;
            return { x, y, width: CARD.width, height: CARD.height };
          };
          lines.forEach((line, i) => {
            const relationship = doc.relationships[i]!;
            const tooClose = directRoute(box(relationship.from), box(relationship.to)).length > 2;
            expect(line.name).toBe(tooClose ? 'p:sp' : 'p:cxnSp');
            if (tooClose) return;
            expect(child(line, 'a:stCxn').attributes['id']).toBe(ids[indexOf.get(relationship.from)!]);
            expect(child(line, 'a:endCxn').attributes['id']).toBe(ids[indexOf.get(relationship.to)!]);
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
