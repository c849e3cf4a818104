/** The decision chart's one placing rule (shared/pipeline/chartScales.ts), shared by the app, the pack's print view and the PDF. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chartScales, quarterMonthStarts, quarterOf } from '../../../shared/pipeline/onRows';

const plot = fc.record({
  x: fc.integer({ min: -500, max: 500 }),
  y: fc.integer({ min: -500, max: 500 }),
  width: fc.integer({ min: 1, max: 2000 }),
  height: fc.integer({ min: 1, max: 2000 }),
});
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const DAY = 86_400_000;
/** A window of 0 to 400 days and three days in it, in order. */
const windowAndDays = fc
  .tuple(
    fc.integer({ min: Date.UTC(2000, 0, 1) / DAY, max: Date.UTC(2040, 0, 1) / DAY }),
    fc.integer({ min: 0, max: 400 }),
    fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
  )
  .map(([start, length, shares]) => ({
    window: { from: isoDay(start * DAY), to: isoDay((start + length) * DAY) },
    days: shares.map((share) => isoDay((start + Math.round(share * length)) * DAY)).sort(),
  }));

describe('chartScales', () => {
  it('puts the window from the left edge to the right, later days never left of earlier ones', () => {
    fc.assert(
      fc.property(windowAndDays, plot, ({ window, days }, box) => {
        const { x } = chartScales(window, box);
        expect(x(window.from)).toBe(box.x);
        if (window.to !== window.from) expect(x(window.to)).toBeCloseTo(box.x + box.width, 9);
        const placed = days.map(x);
        for (let i = 1; i < placed.length; i++) expect(placed[i]!).toBeGreaterThanOrEqual(placed[i - 1]!);
        for (const at of placed) {
          expect(at).toBeGreaterThanOrEqual(box.x);
          expect(at).toBeLessThanOrEqual(box.x + box.width + 1e-9);
        }
      }),
    );
  });

  it('puts 0 % at the bottom of the plot and 100 % at its top, higher likelihood higher up', () => {
    fc.assert(
      fc.property(plot, fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (box, a, b) => {
        const { y } = chartScales({ from: '2026-10-01', to: '2026-12-31' }, box);
        expect(y(0)).toBe(box.y + box.height);
        expect(y(100)).toBe(box.y);
        expect(Math.sign(y(a) - y(b))).toBe(Math.sign(b - a));
      }),
    );
  });
});

describe('quarterMonthStarts', () => {
  it("gives the first day of each of a quarter's three months", () => {
    expect(quarterMonthStarts(quarterOf('2026-11-20').from)).toEqual(['2026-10-01', '2026-11-01', '2026-12-01']);
    expect(quarterMonthStarts(quarterOf('2027-01-01').from)).toEqual(['2027-01-01', '2027-02-01', '2027-03-01']);
    expect(quarterMonthStarts(quarterOf('2026-06-30').from)).toEqual(['2026-04-01', '2026-05-01', '2026-06-01']);
  });
});
