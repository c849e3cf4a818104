/** The card's layout model: everything inside the card, in its row, in its room, for any person. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ownerOf } from '../../../shared/mapLayout/cardText';
import { estimateWidth } from '../../../shared/text/textWidth';
import { translator } from '../../../shared/i18n/translate';
import { cardLayout, influenceShare, type Box } from '../../../shared/mapLayout/cardLayout';
import { CARD } from '../../../shared/mapStyle/tokens';
import { documentArb } from '../../support/arbitraries';
import { person } from '../../support/builders';

const EPSILON = 1e-6;
const inside = (box: Box) =>
  box.x >= CARD.padX - EPSILON &&
  box.x + box.width <= CARD.width - CARD.padX + EPSILON &&
  box.y >= 0 &&
  box.y + box.height <= CARD.height;
const inRow = (box: Box, row: { top: number; height: number }) =>
  box.y >= row.top - EPSILON && box.y + box.height <= row.top + row.height + EPSILON;

describe('cardLayout', () => {
  it('keeps every box inside the card and in its row, every text within its room (property)', () => {
    fc.assert(
      fc.property(documentArb({ maxStakeholders: 4, history: false }), fc.boolean(), (doc, zh) => {
        const t = translator(zh ? 'zh-CN' : 'en');
        for (const p of doc.stakeholders) {
          const layout = cardLayout(p, ownerOf(doc, p, t), t);
          const { rows } = CARD;
          expect(inside(layout.attitude.box) && inRow(layout.attitude.box, rows.head)).toBe(true);
          expect(inRow(layout.name.box, rows.head)).toBe(true);
          // The name ends before the attitude word's pill, and fits its room.
          expect(layout.name.box.x + layout.name.box.width).toBeLessThanOrEqual(layout.attitude.box.x);
          expect(estimateWidth(layout.name.text, layout.name.style.size, true)).toBeLessThanOrEqual(
            layout.name.box.width + EPSILON,
          );
          if (layout.subtitle) {
            expect(inside(layout.subtitle.box) && inRow(layout.subtitle.box, rows.sub)).toBe(true);
            expect(estimateWidth(layout.subtitle.text, layout.subtitle.style.size)).toBeLessThanOrEqual(
              layout.subtitle.box.width + EPSILON,
            );
          }
          for (const badge of layout.roles) expect(inside(badge.box) && inRow(badge.box, rows.roles)).toBe(true);
          for (let i = 1; i < layout.roles.length; i++)
            expect(layout.roles[i]!.box.x).toBeGreaterThanOrEqual(
              layout.roles[i - 1]!.box.x + layout.roles[i - 1]!.box.width,
            );
          expect(inside(layout.influence.bar) && inRow(layout.influence.bar, rows.foot)).toBe(true);
          expect(inside(layout.owner.badge) && inRow(layout.owner.badge, rows.foot)).toBe(true);
          // The owner starts after the influence figure.
          const figureEnd = layout.influence.label.box.x + layout.influence.label.box.width;
          if (layout.owner.name.text.length > 1) expect(layout.owner.badge.x).toBeGreaterThan(figureEnd);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('fills the influence bar in steps of 5%, as the canvas does, and leaves it empty when not judged', () => {
    expect(influenceShare(0)).toBe(0);
    expect(influenceShare(62)).toBe(0.6);
    expect(influenceShare(100)).toBe(1);
    const t = translator('en');
    expect(cardLayout(person('a', { influence: null }), null, t).influence.share).toBeNull();
    expect(cardLayout(person('a', { influence: null }), null, t).influence.label).toMatchObject({ italic: true });
  });

  it('shows "+N" for the role badges that do not fit', () => {
    const t = translator('en');
    const many = person('a', { roles: ['decision-maker', 'technical', 'user', 'financial', 'coach'] });
    const layout = cardLayout(many, null, t);
    const shown = layout.roles.length;
    if (shown < 5) expect(layout.moreRoles?.text).toBe(`+${5 - shown}`);
    else expect(layout.moreRoles).toBeNull();
  });
});
