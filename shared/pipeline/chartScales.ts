/**
 * Where the likelihood-by-decision-date chart puts a deal, one rule for its three drawings:
 * the app's pipeline view, the review pack's print view and the command line's PDF. Each
 * gives the box of its plot in its own units (pixels, points); time runs left to right over
 * the window, likelihood bottom to top.
 */
import { epochDay } from '../values/date';
import type { LabelBox } from './chartLabels';

export interface ChartScales {
  /** Where a decision date (YYYY-MM-DD) falls across the plot. */
  readonly x: (date: string) => number;
  /** Where a likelihood (0–100) falls up the plot. */
  readonly y: (likelihood: number) => number;
}

/** The window's first day at the plot's left edge and its last at the right; 0 % at the bottom, 100 % at the top. */
export function chartScales(window: { readonly from: string; readonly to: string }, plot: LabelBox): ChartScales {
  const start = epochDay(window.from);
  // A window of one day still has a width to spread over.
  const span = Math.max(1, epochDay(window.to) - start);
  return {
    x: (date) => plot.x + ((epochDay(date) - start) / span) * plot.width,
    y: (likelihood) => plot.y + plot.height - (likelihood / 100) * plot.height,
  };
}

/** The first day of each month of the quarter that starts on `from` (a quarter's first day): where the chart rules its months. */
export function quarterMonthStarts(from: string): string[] {
  const year = from.slice(0, 4);
  const first = Number(from.slice(5, 7));
  return [0, 1, 2].map((month) => `${year}-${String(first + month).padStart(2, '0')}-01`);
}
