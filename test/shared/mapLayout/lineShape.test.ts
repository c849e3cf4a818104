/** A line's shape from its route: one rule for the canvas, the SVG drawing and the deck. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { borderPoint, type Box } from '../../../shared/mapLayout/lineRoute';
import { dashArray, lineShape, rightAngles } from '../../../shared/mapLayout/lineShape';
import { CARD, MAX_DASH_PERIODS } from '../../../shared/mapStyle/tokens';

const card = (x: number, y: number): Box => ({ x, y, width: CARD.width, height: CARD.height });
const centre = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });
const ends = (a: Box, b: Box) => [borderPoint(a, centre(b)), borderPoint(b, centre(a))];

describe('lineShape', () => {
  it('draws reports-to in right angles through the middle, ending in an arrow at the manager', () => {
    const [start, end] = ends(card(0, 300), card(150, 0));
    const shape = lineShape('reports-to', [start!, end!]);
    expect(shape.points).toHaveLength(4);
    for (let i = 1; i < shape.points.length; i++) {
      const [p, q] = [shape.points[i - 1]!, shape.points[i]!];
      expect(p.x === q.x || p.y === q.y).toBe(true);
    }
    expect(shape.path.startsWith(`M${Math.round(start!.x)},${Math.round(start!.y)}`)).toBe(true);
    expect(shape.arrow!.startsWith(`M${Math.round(end!.x * 100) / 100},${Math.round(end!.y * 100) / 100}`)).toBe(true);
    expect(shape.dash).toBeUndefined();
  });

  it('keeps the other kinds on their route, with their dashes and no arrow where they have none', () => {
    const route = ends(card(0, 0), card(260, 20));
    const ally = lineShape('ally', route);
    expect(ally.points).toEqual(route);
    expect(ally.arrow).toBeNull();
    expect(ally.dash).toBe('10 3 2 3');
    expect(lineShape('influences', route).arrow).not.toBeNull();
    // A route round cards keeps its bends, whatever the kind.
    const bent = [route[0]!, { x: 300, y: -40 }, route[1]!];
    expect(lineShape('reports-to', bent).points).toEqual(bent);
  });

  it('turns at right angles between facing sides, either way (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -2000, max: 2000 }),
        fc.integer({ min: -2000, max: 2000 }),
        fc.constantFrom('top', 'bottom', 'left', 'right' as const),
        (x, y, side) => {
          const points = rightAngles({ x: 0, y: 0 }, { x, y }, side);
          expect(points[0]).toEqual({ x: 0, y: 0 });
          expect(points.at(-1)).toEqual({ x, y });
          for (let i = 1; i < points.length; i++)
            expect(points[i - 1]!.x === points[i]!.x || points[i - 1]!.y === points[i]!.y).toBe(true);
        },
      ),
    );
  });

  it('never cuts a dashed line into more than MAX_DASH_PERIODS periods (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e5, noNaN: true }), fc.boolean(), (length, removed) => {
        const parts = dashArray('conflict', length, removed)!.split(' ').map(Number);
        const period = parts.reduce((a, b) => a + b, 0);
        expect(length / period).toBeLessThanOrEqual(MAX_DASH_PERIODS + 1e-9);
      }),
    );
  });
});
