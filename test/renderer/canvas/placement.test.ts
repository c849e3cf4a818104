/** Where a new person goes: near where the user looks, never on top of a card. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardsClash, freeSpot, PLACEMENT_GAP, wantedSpot } from '../../../renderer/canvas/placement';
import { CARD_HEIGHT, CARD_WIDTH } from '../../../renderer/canvas/toFlow';

const overlaps = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  a.x < b.x + CARD_WIDTH && b.x < a.x + CARD_WIDTH && a.y < b.y + CARD_HEIGHT && b.y < a.y + CARD_HEIGHT;

const point = (range: number) =>
  fc.record({ x: fc.integer({ min: -range, max: range }), y: fc.integer({ min: -range, max: range }) });

describe('freeSpot', () => {
  it('keeps the wanted spot when it is free', () => {
    expect(freeSpot([], { x: 10, y: 20 })).toEqual({ x: 10, y: 20 });
    expect(freeSpot([{ x: 1000, y: 1000 }], { x: 10, y: 20 })).toEqual({ x: 10, y: 20 });
  });

  it('moves a new card off a card at the same spot, to the nearest free place', () => {
    const spot = freeSpot([{ x: 0, y: 0 }], { x: 0, y: 0 });
    expect(overlaps(spot, { x: 0, y: 0 })).toBe(false);
    // Just below the card (the nearer way out for a card wider than high).
    expect(spot.x).toBe(0);
    expect(spot.y).toBeGreaterThanOrEqual(CARD_HEIGHT + PLACEMENT_GAP);
    expect(spot.y).toBeLessThan(CARD_HEIGHT + 2 * PLACEMENT_GAP);
  });

  it('never places a card on top of another, however crowded the map (property)', () => {
    fc.assert(
      fc.property(fc.array(point(800), { maxLength: 60 }), point(900), (taken, wanted) => {
        const spot = freeSpot(taken, wanted);
        for (const card of taken) {
          expect(overlaps(spot, card)).toBe(false);
          expect(cardsClash(spot, card, PLACEMENT_GAP)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('stays near the wanted spot when there is room nearby (property)', () => {
    fc.assert(
      fc.property(fc.array(point(2000), { maxLength: 8 }), point(500), (taken, wanted) => {
        const spot = freeSpot(taken, wanted);
        // Eight cards cannot fence in a spot more than a few cards away.
        expect(Math.hypot(spot.x - wanted.x, spot.y - wanted.y)).toBeLessThan(3 * (CARD_WIDTH + PLACEMENT_GAP));
      }),
      { numRuns: 200 },
    );
  });

  it('finds room beside a solid block of cards', () => {
    const block = [];
    for (let i = -30; i <= 30; i++)
      for (let j = -30; j <= 30; j++) block.push({ x: i * (CARD_WIDTH + 10), y: j * (CARD_HEIGHT + 10) });
    const spot = freeSpot(block, { x: 0, y: 0 });
    expect(block.some((card) => overlaps(spot, card))).toBe(false);
  });
});

describe('wantedSpot', () => {
  it('centres the card on the view, or puts it below the selected person', () => {
    expect(wantedSpot({ x: 500, y: 300 }, undefined)).toEqual({ x: 500 - CARD_WIDTH / 2, y: 300 - CARD_HEIGHT / 2 });
    expect(wantedSpot({ x: 500, y: 300 }, { x: 40, y: 60 })).toEqual({
      x: 40,
      y: 60 + CARD_HEIGHT + 2 * PLACEMENT_GAP,
    });
  });
});
