/**
 * A layer's fixed extent (extent.ts): two dots whose bounds are the drawn region's, so the
 * layer's painted bounds do not change while the lines inside it move.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extentDots } from '../../../renderer/canvas/extent';

/** The points a path of moves and horizontal steps visits (the extent's only commands). */
function pointsOf(path: string): [number, number][] {
  const points: [number, number][] = [];
  for (const [, command, a, b] of path.matchAll(/([Mh])(-?[\d.e-]+)(?: (-?[\d.e-]+))?/g)) {
    if (command === 'M') points.push([Number(a), Number(b)]);
    else {
      const [x, y] = points.at(-1)!;
      points.push([x + Number(a), y]);
    }
  }
  return points;
}

describe('a layer extent', () => {
  it('spans the area exactly: its top-left and bottom-right corners, nothing outside', () => {
    const size = fc.double({ min: 2, max: 1e5, noNaN: true });
    const at = fc.double({ min: -1e5, max: 1e5, noNaN: true });
    fc.assert(
      fc.property(at, at, size, size, (x, y, width, height) => {
        const points = extentDots({ x, y, width, height }).flatMap(pointsOf);
        expect(points).toHaveLength(4);
        const xs = points.map(([px]) => px);
        const ys = points.map(([, py]) => py);
        expect(Math.min(...xs)).toBeCloseTo(x, 6);
        expect(Math.min(...ys)).toBeCloseTo(y, 6);
        expect(Math.max(...xs)).toBeCloseTo(x + width, 6);
        expect(Math.max(...ys)).toBeCloseTo(y + height, 6);
      }),
    );
  });

  it('draws two dots one unit long', () => {
    expect(extentDots({ x: -10, y: 5, width: 100, height: 40 })).toEqual(['M-10 5h1', 'M89 45h1']);
  });
});
