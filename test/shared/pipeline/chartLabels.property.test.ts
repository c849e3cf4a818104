/** The chart's dot labels: never two on top of each other, never over a dot, always inside the plot; the rest counted. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boxesIntersect, placeChartLabels, type LabelRequest } from '../../../shared/pipeline';

const bounds = { x: 0, y: 0, width: 400, height: 200 };
const options = { bounds, dotRadius: 4, gap: 2 };

const requestArb: fc.Arbitrary<LabelRequest> = fc.record({
  // Few distinct dates and likelihoods, so many dots share a place, as deals deciding on the same day do.
  x: fc.integer({ min: 0, max: 8 }).map((i) => i * 50),
  y: fc.integer({ min: 0, max: 10 }).map((i) => i * 20),
  width: fc.integer({ min: 0, max: 140 }),
  height: fc.constantFrom(8, 10),
});

describe('placeChartLabels', () => {
  it('never lets two labels intersect, nor a label cover a dot or leave the plot, and counts what it leaves out', () => {
    fc.assert(
      fc.property(fc.array(requestArb, { maxLength: 80 }), (requests) => {
        const { boxes, dropped } = placeChartLabels(requests, options);
        expect(boxes).toHaveLength(requests.length);
        const placed = boxes.filter((box) => box !== null);
        for (let i = 0; i < placed.length; i++) {
          const box = placed[i]!;
          expect(box.x).toBeGreaterThanOrEqual(bounds.x);
          expect(box.y).toBeGreaterThanOrEqual(bounds.y);
          expect(box.x + box.width).toBeLessThanOrEqual(bounds.x + bounds.width);
          expect(box.y + box.height).toBeLessThanOrEqual(bounds.y + bounds.height);
          for (let j = i + 1; j < placed.length; j++) expect(boxesIntersect(box, placed[j]!)).toBe(false);
          for (const dot of requests) {
            const r = options.dotRadius;
            expect(boxesIntersect(box, { x: dot.x - r, y: dot.y - r, width: 2 * r, height: 2 * r })).toBe(false);
          }
        }
        const empty = requests.filter((request) => request.width <= 0).length;
        expect(dropped).toBe(requests.length - placed.length - empty);
        boxes.forEach((box, i) => {
          if (box !== null) expect([box.width, box.height]).toEqual([requests[i]!.width, requests[i]!.height]);
        });
      }),
    );
  });

  it('places every label of deals that share a date one above the other while there is room', () => {
    const sameDay = [40, 42, 44, 46].map((likelihood) => ({ x: 100, y: 200 - likelihood * 2, width: 60, height: 10 }));
    const { boxes, dropped } = placeChartLabels(sameDay, options);
    expect(dropped).toBe(0);
    expect(new Set(boxes.map((box) => box?.y)).size).toBe(4);
  });

  it('leaves a label out, counted, when no place around its dot is free', () => {
    const crowd = Array.from({ length: 40 }, () => ({ x: 200, y: 100, width: 150, height: 10 }));
    const { boxes, dropped } = placeChartLabels(crowd, options);
    expect(dropped).toBeGreaterThan(0);
    expect(boxes.filter((box) => box === null)).toHaveLength(dropped);
  });
});
