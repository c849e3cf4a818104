/** The likelihood-by-decision-date chart: the open deals that decide in a window, and how likely. */
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
  /** Open deals deciding in the window, by decision date, then name, then id. */
  readonly points: readonly ChartPoint[];
  /** Open deals whose decision date is before the window (overdue when the window starts today): not drawn. */
  readonly overdue: number;
}

const QUARTER_END = ['03-31', '06-30', '09-30', '12-31'] as const;

/** The calendar quarter a YYYY-MM-DD date falls in. */
export function quarterOf(date: string): { readonly from: string; readonly to: string } {
  const year = date.slice(0, 4);
  const quarter = Math.floor((Number(date.slice(5, 7)) - 1) / 3);
  const first = String(quarter * 3 + 1).padStart(2, '0');
  return { from: `${year}-${first}-01`, to: `${year}-${QUARTER_END[quarter]!}` };
}

export function likelihoodByDecisionDate(rows: readonly PipelineRow[], from: string, to: string): DecisionChart {
  const points: ChartPoint[] = [];
  let overdue = 0;
  for (const row of rows) {
    const date = row.decisionDate;
    if (row.outcome !== null || date === null) continue;
    if (date < from) overdue += 1;
    else if (date <= to) {
      points.push({
        dealId: row.dealId,
        name: row.name,
        decisionDate: date,
        likelihood: row.likelihood,
        value: row.value,
        currency: row.currency,
        status: row.status,
      });
    }
  }
  const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  points.sort((a, b) => text(a.decisionDate, b.decisionDate) || text(a.name, b.name) || text(a.dealId, b.dealId));
  return { from, to, points, overdue };
}

/** The chart of the quarter `asOf` falls in. */
export function decidingThisQuarter(rows: readonly PipelineRow[], asOf: string): DecisionChart {
  const { from, to } = quarterOf(asOf);
  return likelihoodByDecisionDate(rows, from, to);
}
