/**
 * Proper scores of probability forecasts against outcomes (docs/CALIBRATION.md). A forecast is
 * a probability 0..1 that the deal is won; an outcome is 1 (won) or 0 (lost).
 */

/**
 * Log loss reads a forecast no closer to 0 or 1 than this. The likelihood is shown in whole
 * percents, so 1% is the most certain figure short of 0 and 100, and a map that said 0% of a
 * deal later won would otherwise score an infinite loss that hides every other deal.
 */
export const LOG_LOSS_CLIP = 0.01;

export interface Forecast {
  readonly p: number;
  readonly won: boolean;
}

/** The mean squared difference between forecast and outcome: 0 is perfect, 1 is certain and always wrong. */
export function brierScore(forecasts: readonly Forecast[]): number {
  if (forecasts.length === 0) return Number.NaN;
  let sum = 0;
  for (const f of forecasts) {
    const miss = f.p - (f.won ? 1 : 0);
    sum += miss * miss;
  }
  return sum / forecasts.length;
}

/** The loss of one forecast in nats, the forecast clipped to LOG_LOSS_CLIP..1-LOG_LOSS_CLIP. */
export function pointLogLoss(p: number, won: boolean): number {
  const clipped = Math.min(1 - LOG_LOSS_CLIP, Math.max(LOG_LOSS_CLIP, p));
  return -Math.log(won ? clipped : 1 - clipped);
}

/** The mean log loss (natural log): ln 2 ≈ 0.693 is what a constant 50% scores. */
export function logLoss(forecasts: readonly Forecast[]): number {
  if (forecasts.length === 0) return Number.NaN;
  let sum = 0;
  for (const f of forecasts) sum += pointLogLoss(f.p, f.won);
  return sum / forecasts.length;
}

/** Bins of ten points: 0–9%, 10–19%, …, 90–100%. */
export const RELIABILITY_BINS = 10;
/** A bin with fewer deals than this is shown with its count but not read as evidence. */
export const MIN_BIN_DEALS = 10;

export interface ReliabilityBin {
  /** Lower and upper edge, in percent (the last bin includes 100). */
  readonly from: number;
  readonly to: number;
  readonly count: number;
  readonly won: number;
  /** Mean forecast of the deals in the bin, 0..1; NaN when empty. */
  readonly meanPredicted: number;
  /** Share won, 0..1; NaN when empty. */
  readonly observed: number;
  readonly enough: boolean;
}

export function reliabilityTable(forecasts: readonly Forecast[]): ReliabilityBin[] {
  const counts = new Array<number>(RELIABILITY_BINS).fill(0);
  const won = new Array<number>(RELIABILITY_BINS).fill(0);
  const sums = new Array<number>(RELIABILITY_BINS).fill(0);
  for (const f of forecasts) {
    const bin = Math.min(RELIABILITY_BINS - 1, Math.max(0, Math.floor(f.p * RELIABILITY_BINS + 1e-9)));
    counts[bin]!++;
    sums[bin]! += f.p;
    if (f.won) won[bin]!++;
  }
  const width = 100 / RELIABILITY_BINS;
  return counts.map((count, i) => ({
    from: i * width,
    to: (i + 1) * width,
    count,
    won: won[i]!,
    meanPredicted: count === 0 ? Number.NaN : sums[i]! / count,
    observed: count === 0 ? Number.NaN : won[i]! / count,
    enough: count >= MIN_BIN_DEALS,
  }));
}

/** The median of some numbers (the mean of the middle two for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
