/** The likelihood-by-decision-date chart: the deals that decide in a window, and how likely. */
import type { PipelineRow, PipelineStatus } from './types';

export interface ChartPoint {
  readonly dealId: string;
  readonly name: string;
  readonly decisionDate: string;
  readonly likelihood: number;
  readonly value: number | null;
  readonly currency: string | null;
  readonly status: PipelineStatus;
}

export interface DecisionChart {
  /** The window, YYYY-MM-DD, both ends included. */
  readonly from: string;
  readonly to: string;
  /** Open deals deciding in the window, by decision date then name. */
  readonly points: readonly ChartPoint[];
  /** Open deals with a decision date before the window (overdue), not drawn in it. */
  readonly overdue: number;
}

/** The calendar quarter a date falls in, YYYY-MM-DD bounds. */
export function quarterOf(date: string): { readonly from: string; readonly to: string } {
  void date;
  throw new Error('not yet');
}

export function likelihoodByDecisionDate(rows: readonly PipelineRow[], from: string, to: string): DecisionChart {
  void rows;
  void from;
  void to;
  throw new Error('not yet');
}

/** The chart of the quarter `asOf` falls in. */
export function decidingThisQuarter(rows: readonly PipelineRow[], asOf: string): DecisionChart {
  const { from, to } = quarterOf(asOf);
  return likelihoodByDecisionDate(rows, from, to);
}
