/** The scores' rules for every input (docs/CALIBRATION.md). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LOG_LOSS_CLIP,
  brierScore,
  logLoss,
  median,
  reliabilityTable,
  type Forecast,
} from '../../../shared/calibration';

const forecastArb = fc.record({ p: fc.double({ min: 0, max: 1, noNaN: true }), won: fc.boolean() });
const forecastsArb = fc.array(forecastArb, { minLength: 1, maxLength: 200 });

describe('Brier score and log loss', () => {
  it('keep the Brier score within 0..1 and the log loss within 0..-ln(clip)', () => {
    fc.assert(
      fc.property(forecastsArb, (forecasts) => {
        const brier = brierScore(forecasts);
        expect(brier).toBeGreaterThanOrEqual(0);
        expect(brier).toBeLessThanOrEqual(1);
        const loss = logLoss(forecasts);
        expect(loss).toBeGreaterThan(0);
        expect(loss).toBeLessThanOrEqual(-Math.log(LOG_LOSS_CLIP) + 1e-12);
      }),
    );
  });

  it('score perfect forecasts 0 (Brier) and the clipped minimum (log loss)', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1 }), (outcomes) => {
        const perfect: Forecast[] = outcomes.map((won) => ({ p: won ? 1 : 0, won }));
        expect(brierScore(perfect)).toBe(0);
        expect(logLoss(perfect)).toBeCloseTo(-Math.log(1 - LOG_LOSS_CLIP), 12);
      }),
    );
  });

  it('score certain and always wrong forecasts 1 (Brier), and a constant 50% 0.25 and ln 2', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1 }), (outcomes) => {
        expect(brierScore(outcomes.map((won) => ({ p: won ? 0 : 1, won })))).toBe(1);
        const half = outcomes.map((won) => ({ p: 0.5, won }));
        expect(brierScore(half)).toBe(0.25);
        expect(logLoss(half)).toBeCloseTo(Math.LN2, 12);
      }),
    );
  });

  it('never reward moving a forecast away from the outcome (both scores are proper)', () => {
    fc.assert(
      fc.property(forecastArb, fc.double({ min: 0, max: 1, noNaN: true }), (f, step) => {
        const worse = { p: f.won ? f.p * step : f.p + (1 - f.p) * (1 - step), won: f.won };
        expect(brierScore([worse])).toBeGreaterThanOrEqual(brierScore([f]));
        expect(logLoss([worse])).toBeGreaterThanOrEqual(logLoss([f]));
      }),
    );
  });
});

describe('the reliability table', () => {
  it('puts every forecast in exactly one of ten bins, with its mean inside the bin', () => {
    fc.assert(
      fc.property(forecastsArb, (forecasts) => {
        const bins = reliabilityTable(forecasts);
        expect(bins).toHaveLength(10);
        expect(bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(forecasts.length);
        for (const bin of bins) {
          if (bin.count === 0) continue;
          expect(bin.meanPredicted * 100).toBeGreaterThanOrEqual(bin.from - 1e-9);
          expect(bin.meanPredicted * 100).toBeLessThanOrEqual(bin.to + 1e-9);
          expect(bin.observed).toBe(bin.won / bin.count);
          expect(bin.enough).toBe(bin.count >= 10);
        }
      }),
    );
  });

  it('puts 100% in the last bin and 10% in the second', () => {
    const bins = reliabilityTable([
      { p: 1, won: true },
      { p: 0.1, won: false },
    ]);
    expect(bins[9]!.count).toBe(1);
    expect(bins[1]!.count).toBe(1);
  });
});

describe('median', () => {
  it('is the middle value, or the mean of the middle two, and null for none', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
