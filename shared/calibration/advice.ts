/**
 * Advice from the team's history (docs/CALIBRATION.md): the fitted base and gap costs beside
 * the current ones, with their uncertainty, and whether the data support changing them.
 * Nothing here changes a deal: adopting is an explicit, recorded, reversible setting
 * (`adoptionSetting`, then `deal.likelihoodModel` on every deal of the team).
 */
import type { LikelihoodModelSetting } from '../document/schema';
import { currentValue, fitModel, forecast, keysOf, type FitObservation, type FittedParameter } from './fit';
import { LAST_BEFORE_CLOSING, pickSnapshot, pointName, type CalibrationPoint } from './points';
import type { ClosedDeal } from './read';
import { pointLogLoss } from './scores';

/**
 * Fewest decided deals, and of each result, before a fit is even tried: the fit has a base
 * and up to a few dozen gap costs, and five-fold cross-validation needs every fold to hold
 * a few deals of each result (20 each gives at least 4 per fold).
 */
export const MIN_FIT_DEALS = 100;
export const MIN_FIT_EACH = 20;
export const FOLDS = 5;
/** A fitted figure is "clearly different" when the current one lies outside its 95% interval. */
export const Z_95 = 1.96;

export interface AdvisedParameter extends FittedParameter {
  readonly clearlyDifferent: boolean;
}

export type AdviceVerdict =
  /** Too few decided deals to fit. */
  | 'too-few'
  /** Fitted, but the fit does not predict held-out deals clearly better: keep the current model. */
  | 'keep'
  /** The fit predicts held-out deals better by more than twice the standard error of the difference. */
  | 'advise';

export interface Advice {
  readonly verdict: AdviceVerdict;
  readonly point: string;
  readonly won: number;
  readonly lost: number;
  readonly minimum: { readonly deals: number; readonly each: number };
  /** Null when too few. */
  readonly parameters: readonly AdvisedParameter[] | null;
  /** Held-out mean log loss of the current and the fitted model, and the standard error of their difference. */
  readonly crossValidated: {
    readonly current: number;
    readonly fitted: number;
    readonly differenceSe: number;
  } | null;
}

/** The observations of the fit: one per decided deal with a snapshot at the point. */
export function fitObservations(deals: readonly ClosedDeal[], point: CalibrationPoint): FitObservation[] {
  // Ordered by deal id, so the folds are the same whatever order the deals came in.
  const ordered = [...deals].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return ordered.flatMap((deal) => {
    const at = pickSnapshot(deal.snapshots, deal.closedDay, point);
    if (at < 0) return [];
    const s = deal.snapshots[at]!;
    return [{ fixed: s.fixed, gapLoad: s.gapLoad, won: deal.result === 'won' }];
  });
}

/** Per held-out deal: the current model's loss minus the fitted model's (above 0, the fit did better). */
function crossValidate(observations: readonly FitObservation[], current: LikelihoodModelSetting | null) {
  const gains: number[] = [];
  let currentLoss = 0;
  let fittedLoss = 0;
  for (let fold = 0; fold < FOLDS; fold++) {
    const fit = fitModel(
      observations.filter((_, i) => i % FOLDS !== fold),
      current,
    );
    const fitted = new Map(fit.parameters.map((p) => [p.key, p.fitted]));
    observations.forEach((o, i) => {
      if (i % FOLDS !== fold) return;
      // A gap the training deals never charged keeps its current cost in both.
      const keys = keysOf([o]);
      const now = ['base', ...keys].map((key) => currentValue(key, current));
      const then = ['base', ...keys].map((key) => fitted.get(key) ?? currentValue(key, current));
      const a = pointLogLoss(forecast(o, keys, now), o.won);
      const b = pointLogLoss(forecast(o, keys, then), o.won);
      currentLoss += a;
      fittedLoss += b;
      gains.push(a - b);
    });
  }
  const n = gains.length;
  const mean = gains.reduce((s, g) => s + g, 0) / n;
  const variance = gains.reduce((s, g) => s + (g - mean) ** 2, 0) / Math.max(1, n - 1);
  return { current: currentLoss / n, fitted: fittedLoss / n, mean, differenceSe: Math.sqrt(variance / n) };
}

export function advise(
  deals: readonly ClosedDeal[],
  current: LikelihoodModelSetting | null,
  point: CalibrationPoint = LAST_BEFORE_CLOSING,
): Advice {
  const observations = fitObservations(deals, point);
  const won = observations.filter((o) => o.won).length;
  const lost = observations.length - won;
  const base = { point: pointName(point), won, lost, minimum: { deals: MIN_FIT_DEALS, each: MIN_FIT_EACH } };
  if (observations.length < MIN_FIT_DEALS || won < MIN_FIT_EACH || lost < MIN_FIT_EACH) {
    return { ...base, verdict: 'too-few', parameters: null, crossValidated: null };
  }
  const fit = fitModel(observations, current);
  const parameters = fit.parameters.map((p) => ({
    ...p,
    clearlyDifferent: Math.abs(p.fitted - p.current) > Z_95 * p.se,
  }));
  const cv = crossValidate(observations, current);
  const verdict: AdviceVerdict = cv.mean > 0 && cv.mean > 2 * cv.differenceSe ? 'advise' : 'keep';
  return {
    ...base,
    verdict,
    parameters,
    crossValidated: { current: cv.current, fitted: cv.fitted, differenceSe: cv.differenceSe },
  };
}

/**
 * The setting a team lead adopts from advice: the fitted figures in whole points (the model
 * shows whole points), only the gap costs that differ from the standard ones, and who
 * adopted it, when and from what. Refused unless the advice advises.
 */
export function adoptionSetting(advice: Advice, adoptedBy: string, adoptedAt: string): LikelihoodModelSetting {
  if (advice.verdict !== 'advise' || advice.parameters === null) {
    throw new Error(`the advice is "${advice.verdict}": there is nothing to adopt`);
  }
  const [base, ...costs] = advice.parameters;
  const gapCosts: Record<string, number> = {};
  for (const p of costs) {
    const points = Math.round(p.fitted);
    if (points !== currentValue(p.key, null)) gapCosts[p.key] = points;
  }
  return {
    base: Math.round(base!.fitted),
    gapCosts,
    adoptedBy,
    adoptedAt,
    fittedFrom: { won: advice.won, lost: advice.lost, point: advice.point },
  };
}
