/**
 * Fitting the model's base and gap costs to a team's decided deals (docs/CALIBRATION.md).
 *
 * The fit keeps the model's own, explainable structure: a deal's figure is
 * `base + fixed − Σ load × cost`, where `fixed` is everything the fit leaves alone (people,
 * competitors) and `load` counts the gaps charged. The forecast is that figure as a
 * probability, so the fitted numbers are points, read exactly as the standard ones. They are
 * the maximum of the Bernoulli likelihood of the outcomes times a normal prior centred on the
 * current values (penalised maximum likelihood, by Newton steps kept within the setting's
 * bounds); the uncertainty is the Laplace approximation, the inverse curvature at the maximum.
 */
import { GAP_POINTS } from '../analysis/costModel';
import type { Severity } from '../analysis/types';
import type { LikelihoodModelSetting } from '../document/schema';
import { cholesky, choleskySolve, inverseDiagonal, zeros, type Matrix } from './linear';
import { LOG_LOSS_CLIP, pointLogLoss } from './scores';

export interface FitObservation {
  readonly fixed: number;
  readonly gapLoad: Readonly<Record<string, number>>;
  readonly won: boolean;
}

/**
 * The prior: the current values are probably right to within about a critical gap's cost
 * (base ±10 points, a gap cost ±5), so a handful of deals cannot move them far and a few
 * hundred can.
 */
export const PRIOR_SD = { base: 10, gapCost: 5 } as const;
/** The bounds of a team model (shared/document/schema.ts LikelihoodModelSchema). */
export const BOUNDS = { base: [0, 60], gapCost: [1, 50] } as const;

export interface FittedParameter {
  /** `base`, or a gap cost key `CODE.severity`. */
  readonly key: string;
  readonly current: number;
  readonly fitted: number;
  /** Standard error (Laplace): a 95% interval is fitted ± 1.96 se. */
  readonly se: number;
  /** Deals whose forecast this parameter moves (for the base, all). */
  readonly deals: number;
}

export interface Fit {
  readonly parameters: readonly FittedParameter[];
  readonly iterations: number;
  readonly converged: boolean;
}

function severityOf(key: string): Severity {
  const severity = key.slice(key.indexOf('.') + 1);
  return severity === 'critical' || severity === 'warning' ? severity : 'info';
}

/** The value a parameter has now: the team model's when it sets one, else the standard. */
export function currentValue(key: string, current: LikelihoodModelSetting | null): number {
  if (key === 'base') return current?.base ?? 50;
  return current?.gapCosts[key] ?? GAP_POINTS[severityOf(key)];
}

/** The gap cost keys the observations charge, in a stable order. */
export function keysOf(observations: readonly FitObservation[]): string[] {
  const keys = new Set<string>();
  for (const o of observations) for (const [key, load] of Object.entries(o.gapLoad)) if (load > 0) keys.add(key);
  return [...keys].sort();
}

/** A deal's figure (0..100 scale, unclamped) under the parameters `theta` = [base, ...costs of `keys`]. */
export function figure(o: FitObservation, keys: readonly string[], theta: readonly number[]): number {
  let value = theta[0]! + o.fixed;
  for (let k = 0; k < keys.length; k++) value -= (o.gapLoad[keys[k]!] ?? 0) * theta[k + 1]!;
  return value;
}

/** The forecast, 0..1: the figure kept to 0..100, as the model shows it. */
export function forecast(o: FitObservation, keys: readonly string[], theta: readonly number[]): number {
  return Math.min(1, Math.max(0, figure(o, keys, theta) / 100));
}

interface Objective {
  readonly value: number;
  readonly gradient: number[];
  readonly hessian: Matrix;
}

function objective(
  observations: readonly FitObservation[],
  keys: readonly string[],
  theta: readonly number[],
  prior: readonly number[],
  precision: readonly number[],
  withDerivatives: boolean,
): Objective {
  const n = theta.length;
  let value = 0;
  const gradient = new Array<number>(n).fill(0);
  const hessian = withDerivatives ? zeros(n) : [];
  const x = new Array<number>(n);
  const low = 100 * LOG_LOSS_CLIP;
  const high = 100 - low;
  for (const o of observations) {
    const level = figure(o, keys, theta);
    value += pointLogLoss(level / 100, o.won);
    if (!withDerivatives || level <= low || level >= high) continue;
    // d(loss)/d(level) and its second derivative, for level in percent.
    const d1 = o.won ? -1 / level : 1 / (100 - level);
    const d2 = d1 * d1;
    x[0] = 1;
    for (let k = 0; k < keys.length; k++) x[k + 1] = -(o.gapLoad[keys[k]!] ?? 0);
    for (let i = 0; i < n; i++) {
      if (x[i] === 0) continue;
      gradient[i]! += d1 * x[i]!;
      for (let j = 0; j <= i; j++) hessian[i]![j]! += d2 * x[i]! * x[j]!;
    }
  }
  for (let i = 0; i < n; i++) {
    const off = theta[i]! - prior[i]!;
    value += 0.5 * precision[i]! * off * off;
    gradient[i]! += precision[i]! * off;
    if (withDerivatives) {
      hessian[i]![i]! += precision[i]!;
      for (let j = 0; j < i; j++) hessian[j]![i] = hessian[i]![j]!;
    }
  }
  return { value, gradient, hessian };
}

function clampTo(theta: number[]): number[] {
  return theta.map((t, i) => {
    const [lo, hi] = i === 0 ? BOUNDS.base : BOUNDS.gapCost;
    return Math.min(hi, Math.max(lo, t));
  });
}

const MAX_ITERATIONS = 100;
const TOLERANCE = 1e-6;

/** The penalised maximum-likelihood fit of the base and the costs of the gaps the deals charge. */
export function fitModel(observations: readonly FitObservation[], current: LikelihoodModelSetting | null): Fit {
  const keys = keysOf(observations);
  const prior = [currentValue('base', current), ...keys.map((key) => currentValue(key, current))];
  const precision = prior.map((_, i) => 1 / (i === 0 ? PRIOR_SD.base : PRIOR_SD.gapCost) ** 2);
  let theta = clampTo([...prior]);
  let state = objective(observations, keys, theta, prior, precision, true);
  let iterations = 0;
  let converged = false;
  while (iterations < MAX_ITERATIONS && !converged) {
    iterations++;
    const step = choleskySolve(
      cholesky(state.hessian),
      state.gradient.map((g) => -g),
    );
    // Backtrack until the objective falls: the loss is not smooth where forecasts are clipped.
    let t = 1;
    let next = theta;
    let nextValue = state.value;
    while (t > 1e-4) {
      next = clampTo(theta.map((v, i) => v + t * step[i]!));
      nextValue = objective(observations, keys, next, prior, precision, false).value;
      if (nextValue < state.value) break;
      t /= 2;
    }
    // No step lowers the objective any more: the maximum, to the precision of the sums.
    if (nextValue >= state.value) {
      converged = true;
      break;
    }
    const moved = Math.max(...next.map((v, i) => Math.abs(v - theta[i]!)));
    theta = next;
    state = objective(observations, keys, theta, prior, precision, true);
    converged = moved < TOLERANCE;
  }
  const variances = inverseDiagonal(cholesky(state.hessian));
  const names = ['base', ...keys];
  return {
    parameters: names.map((key, i) => ({
      key,
      current: prior[i]!,
      fitted: theta[i]!,
      se: Math.sqrt(variances[i]!),
      deals: i === 0 ? observations.length : observations.filter((o) => (o.gapLoad[key] ?? 0) > 0).length,
    })),
    iterations,
    converged,
  };
}
