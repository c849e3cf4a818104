/**
 * The fit of base and gap costs (docs/CALIBRATION.md) on histories where the truth is known:
 * outcomes drawn from a team model of the same structure; the fit recovers it within three
 * standard errors, the advice advises it, and a truth equal to the current model is kept.
 */
import { describe, expect, it } from 'vitest';
import {
  MIN_FIT_DEALS,
  adoptForTeam,
  adoptionSetting,
  advise,
  fitModel,
  readClosedDeals,
  reviewDeals,
  undoAdoption,
  type ClosedDeal,
  type FitObservation,
} from '../../../shared/calibration';
import { seededRandom } from '../../support/random';
import { generateClosedDeals } from '../../support/closedDeals';

const KEYS = ['OPPONENT_KEY.critical', 'UNCOVERED.critical', 'STALE.info', 'SINGLE_THREADED.warning'] as const;
const TRUE_BASE = 40;
const TRUE_COSTS = [14, 5, 6, 3];

/** Observations whose outcomes follow base + fixed − Σ load × cost, with the true figures above. */
function observations(count: number, seed: number, base = TRUE_BASE, costs = TRUE_COSTS): FitObservation[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const fixed = -10 + 50 * random();
    const gapLoad: Record<string, number> = {};
    KEYS.forEach((key) => {
      if (random() < 0.4) gapLoad[key] = random() < 0.8 ? 1 : 0.5;
    });
    let figure = base + fixed;
    KEYS.forEach((key, k) => (figure -= (gapLoad[key] ?? 0) * costs[k]!));
    const p = Math.min(1, Math.max(0, figure / 100));
    return { fixed, gapLoad, won: random() < p };
  });
}

/** Closed deals standing for observations, for `advise` (which reads a snapshot per deal). */
function asDeals(obs: readonly FitObservation[]): ClosedDeal[] {
  return obs.map((o, i) => ({
    id: `d-${String(i).padStart(5, '0')}`,
    name: `Deal ${i}`,
    result: o.won ? 'won' : 'lost',
    closedOn: '2026-06-30',
    closedDay: 100,
    snapshots: [{ takenAt: '', day: 90, stage: 'evaluation', likelihood: 0, codes: [], ...o }],
  }));
}

describe('the fit on a known truth', () => {
  const data = observations(4000, 21);
  const fit = fitModel(data, null);

  it('converges and recovers the base and every gap cost within three standard errors', () => {
    expect(fit.converged).toBe(true);
    const truth = new Map<string, number>([['base', TRUE_BASE], ...KEYS.map((k, i) => [k, TRUE_COSTS[i]!] as const)]);
    for (const p of fit.parameters) {
      expect(Math.abs(p.fitted - truth.get(p.key)!), p.key).toBeLessThan(3 * p.se);
      expect(p.se).toBeGreaterThan(0);
    }
    // Keys in sorted order, each starting from its standard cost.
    expect(fit.parameters.map((p) => [p.key, p.current])).toEqual([
      ['base', 50],
      ['OPPONENT_KEY.critical', 8],
      ['SINGLE_THREADED.warning', 3],
      ['STALE.info', 1],
      ['UNCOVERED.critical', 8],
    ]);
  });

  it('gives a smaller uncertainty with more deals', () => {
    const small = fitModel(data.slice(0, 500), null);
    expect(small.parameters[0]!.se).toBeGreaterThan(fit.parameters[0]!.se);
  });

  it('stays at the current values when there is nothing to learn from', () => {
    const none = fitModel([], null);
    expect(none.parameters).toEqual([{ key: 'base', current: 50, fitted: 50, se: 10, deals: 0 }]);
  });

  it('advises the fitted figures, marks the clearly different ones, and makes an adoptable setting', () => {
    const advice = advise(asDeals(data), null);
    expect(advice.verdict).toBe('advise');
    const byKey = new Map(advice.parameters!.map((p) => [p.key, p]));
    expect(byKey.get('base')!.clearlyDifferent).toBe(true);
    expect(byKey.get('OPPONENT_KEY.critical')!.clearlyDifferent).toBe(true);
    expect(byKey.get('SINGLE_THREADED.warning')!.clearlyDifferent).toBe(false);
    expect(advice.crossValidated!.fitted).toBeLessThan(advice.crossValidated!.current);
    const setting = adoptionSetting(advice, 'Zhou Min', '2026-07-01T09:00:00+08:00');
    expect(setting.base).toBe(Math.round(byKey.get('base')!.fitted));
    expect(setting.fittedFrom).toEqual({ won: advice.won, lost: advice.lost, point: 'last' });
    for (const [key, points] of Object.entries(setting.gapCosts)) expect(Number.isInteger(points), key).toBe(true);
  });

  it('keeps the current model when the truth is the current model', () => {
    const standard = observations(3000, 22, 50, [8, 8, 1, 3]);
    const advice = advise(asDeals(standard), null);
    expect(advice.verdict).toBe('keep');
    expect(() => adoptionSetting(advice, 'Zhou Min', '2026-07-01T09:00:00+08:00')).toThrow(/keep/);
  });

  it(`does not fit below ${MIN_FIT_DEALS} decided deals`, () => {
    const advice = advise(asDeals(data.slice(0, MIN_FIT_DEALS - 1)), null);
    expect(advice).toMatchObject({ verdict: 'too-few', parameters: null, crossValidated: null });
  });
});

describe('the team setting on real maps', () => {
  const docs = generateClosedDeals({ count: 160, seed: 31 });

  it('is adopted on every deal and undone to the standard model, changing what the review reads', () => {
    const before = readClosedDeals(docs);
    const setting = {
      base: 30,
      gapCosts: {},
      adoptedBy: 'Zhou Min',
      adoptedAt: '2026-07-01T09:00:00+08:00',
      fittedFrom: { won: 60, lost: 100, point: 'last' },
    };
    const adopted = adoptForTeam(docs, setting);
    expect(adopted.every((doc) => doc.deal.likelihoodModel === setting)).toBe(true);
    // The snapshots keep the model they were taken with: the review reads what the user saw then.
    expect(readClosedDeals(adopted).decided[0]!.snapshots[2]!.likelihood).toBe(
      before.decided[0]!.snapshots[2]!.likelihood,
    );
    // Read with the team model, every figure above the floor drops by 20 points.
    const withTeam = readClosedDeals(docs, { model: setting });
    before.decided.forEach((deal, i) => {
      const was = deal.snapshots[2]!.likelihood;
      expect(withTeam.decided[i]!.snapshots[2]!.likelihood).toBe(Math.max(0, was - 20));
    });
    expect(undoAdoption(adopted).every((doc) => doc.deal.likelihoodModel === null)).toBe(true);
  });

  it('reviews in one call: calibration, gaps and advice from the same deals', () => {
    const review = reviewDeals(docs, null);
    expect(review.calibration.at.won + review.calibration.at.lost).toBe(160);
    expect(review.gaps.length).toBeGreaterThan(0);
    expect(review.advice.won + review.advice.lost).toBe(160);
  });
});
