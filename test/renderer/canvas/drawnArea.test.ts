/**
 * The drawn area (drawnArea.ts): the grid's dots and the fixed extents cover it, and it stays
 * the same object while the region moves inside it, so a pan's end repaints no dot.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DRAWN_AREA_MAX_GROWTH, nextDrawnArea } from '../../../renderer/canvas/drawnArea';
import { holds, type Rect } from '../../../renderer/canvas/region';

/** A region as the canvas makes them: the view and a margin, from wide to tall (at most 4:1). */
const region = fc
  .record({
    x: fc.integer({ min: -50_000, max: 50_000 }),
    y: fc.integer({ min: -50_000, max: 50_000 }),
    width: fc.integer({ min: 200, max: 40_000 }),
    ratio: fc.double({ min: 0.25, max: 4, noNaN: true }),
  })
  .map(({ x, y, width, ratio }): Rect => ({ x, y, width, height: Math.max(50, Math.round(width * ratio)) }));

const area = (rect: Rect) => rect.width * rect.height;

describe('the drawn area', () => {
  it('always holds the region, from nothing or from any area before (property)', () => {
    fc.assert(
      fc.property(fc.option(region, { nil: null }), region, (before, now) => {
        const drawn = nextDrawnArea(before, now)!;
        expect(holds(drawn, now)).toBe(true);
        expect(area(drawn)).toBeLessThanOrEqual(DRAWN_AREA_MAX_GROWTH * area(now));
      }),
      { numRuns: 500 },
    );
  });

  it('is kept while the region moves inside it, and made again when the region leaves it (property)', () => {
    fc.assert(
      fc.property(
        region,
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
        (start, fx, fy) => {
          const drawn = nextDrawnArea(null, start)!;
          // The same region moved anywhere: a pan and its end.
          const moved = {
            ...start,
            x: start.x + Math.round(fx * drawn.width),
            y: start.y + Math.round(fy * drawn.height),
          };
          const next = nextDrawnArea(drawn, moved)!;
          if (holds(drawn, moved)) expect(next).toBe(drawn);
          else {
            expect(next).not.toBe(drawn);
            expect(holds(next, moved)).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('leaves room for a pan: a region moved by a tenth of its size keeps the area', () => {
    const start = { x: 1000, y: -300, width: 5120, height: 3200 };
    const drawn = nextDrawnArea(null, start);
    expect(nextDrawnArea(drawn, { ...start, x: start.x - 512, y: start.y + 320 })).toBe(drawn);
    expect(nextDrawnArea(drawn, start)).toBe(drawn);
  });

  it('is made afresh, smaller, when the view zooms far in', () => {
    const start = { x: 0, y: 0, width: 20_000, height: 12_000 };
    const drawn = nextDrawnArea(null, start)!;
    const zoomedIn = { x: 9_000, y: 5_000, width: 1_000, height: 600 };
    const next = nextDrawnArea(drawn, zoomedIn)!;
    expect(area(next)).toBeLessThan(area(drawn));
    expect(holds(next, zoomedIn)).toBe(true);
  });

  it('keeps what it had before there is a region', () => {
    const drawn = nextDrawnArea(null, { x: 0, y: 0, width: 800, height: 500 });
    expect(nextDrawnArea(drawn, null)).toBe(drawn);
    expect(nextDrawnArea(null, null)).toBeNull();
  });
});
