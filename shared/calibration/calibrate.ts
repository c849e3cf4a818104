/**
 * Calibration of the win likelihood against won and lost deals (docs/CALIBRATION.md): Brier
 * score, log loss and a reliability table at a chosen point, and the same at each purchase
 * stage. Below a stated minimum of decided deals it says so instead of giving figures.
 */
import { PURCHASE_STAGES, type PurchaseStage } from '../document/vocabulary';
import { LAST_BEFORE_CLOSING, pickSnapshot, pointName, type CalibrationPoint } from './points';
import type { ClosedDeal, ClosedDeals } from './read';
import { brierScore, logLoss, reliabilityTable, type Forecast, type ReliabilityBin } from './scores';

/**
 * Fewest decided deals (with a likelihood at the point) to judge the calibration. The first
 * question is whether the average forecast matches the share won; its standard error is at
 * most 0.5/√n, so telling a 15-point miss from chance at two standard errors needs
 * n ≥ (2 × 0.5 / 0.15)² ≈ 45.
 */
export const MIN_DECIDED_DEALS = 45;
/** And at least this many of each result: with fewer, one deal more or less swings every figure. */
export const MIN_EACH_RESULT = 5;

export interface CalibrationFigures {
  readonly brier: number;
  readonly logLoss: number;
  /** Brier score of always forecasting the share won: a likelihood worth reading scores below it. */
  readonly baseRateBrier: number;
  /** Mean forecast and share won, 0..1. */
  readonly meanPredicted: number;
  readonly observed: number;
  readonly reliability: readonly ReliabilityBin[];
}

export interface CalibrationAt {
  readonly point: string;
  readonly won: number;
  readonly lost: number;
  /** Decided deals with no snapshot at the point (not counted). */
  readonly unread: number;
  /** False below MIN_DECIDED_DEALS or MIN_EACH_RESULT: then `figures` is null, "too few closed deals to judge". */
  readonly judged: boolean;
  readonly figures: CalibrationFigures | null;
}

export interface CalibrationReport {
  readonly at: CalibrationAt;
  readonly byStage: Readonly<Record<PurchaseStage, CalibrationAt>>;
  readonly apart: ClosedDeals['apart'];
  readonly minimum: { readonly decided: number; readonly each: number };
}

/** The forecasts at a point: one per decided deal with a snapshot there. */
export function forecastsAt(deals: readonly ClosedDeal[], point: CalibrationPoint): Forecast[] {
  const out: Forecast[] = [];
  for (const deal of deals) {
    const at = pickSnapshot(deal.snapshots, deal.closedDay, point);
    if (at >= 0) out.push({ p: deal.snapshots[at]!.likelihood / 100, won: deal.result === 'won' });
  }
  return out;
}

export function figuresOf(forecasts: readonly Forecast[]): CalibrationFigures {
  let won = 0;
  let sum = 0;
  for (const f of forecasts) {
    sum += f.p;
    if (f.won) won++;
  }
  const observed = won / forecasts.length;
  return {
    brier: brierScore(forecasts),
    logLoss: logLoss(forecasts),
    baseRateBrier: observed * (1 - observed),
    meanPredicted: sum / forecasts.length,
    observed,
    reliability: reliabilityTable(forecasts),
  };
}

export function calibrationAt(deals: readonly ClosedDeal[], point: CalibrationPoint): CalibrationAt {
  const forecasts = forecastsAt(deals, point);
  const won = forecasts.filter((f) => f.won).length;
  const lost = forecasts.length - won;
  const judged = forecasts.length >= MIN_DECIDED_DEALS && won >= MIN_EACH_RESULT && lost >= MIN_EACH_RESULT;
  return {
    point: pointName(point),
    won,
    lost,
    unread: deals.length - forecasts.length,
    judged,
    figures: judged ? figuresOf(forecasts) : null,
  };
}

export function calibrate(closed: ClosedDeals, point: CalibrationPoint = LAST_BEFORE_CLOSING): CalibrationReport {
  const byStage = Object.fromEntries(
    PURCHASE_STAGES.map((stage) => [stage, calibrationAt(closed.decided, { kind: 'stage', stage })]),
  ) as Record<PurchaseStage, CalibrationAt>;
  return {
    at: calibrationAt(closed.decided, point),
    byStage,
    apart: closed.apart,
    minimum: { decided: MIN_DECIDED_DEALS, each: MIN_EACH_RESULT },
  };
}
