/**
 * Which gaps were open in lost deals more than in won ones (docs/CALIBRATION.md): per gap
 * rule, how many lost and won deals had it at the chosen point, and for how long before the
 * decision it had been open.
 */
import { GAP_CODES, type GapCode } from '../analysis/types';
import { LAST_BEFORE_CLOSING, pickSnapshot, type CalibrationPoint } from './points';
import type { ClosedDeal } from './read';
import { median } from './scores';

export interface GapSide {
  /** Deals of this result with the gap at the point, and all deals of this result read there. */
  readonly present: number;
  readonly deals: number;
  /** present / deals; NaN without deals. */
  readonly rate: number;
  /** Median days from the first snapshot of the gap's unbroken run to the day of closing; null when never present. */
  readonly medianDaysOpen: number | null;
}

export interface GapOutcome {
  readonly code: GapCode;
  readonly lost: GapSide;
  readonly won: GapSide;
  /** Rate in lost minus rate in won: above 0, the gap went with losing. */
  readonly difference: number;
}

/** Days the gap had been open at snapshot `at`: back through the snapshots while it was there. */
function daysOpen(deal: ClosedDeal, at: number, code: GapCode): number {
  let first = at;
  while (first > 0 && deal.snapshots[first - 1]!.codes.includes(code)) first--;
  return deal.closedDay - deal.snapshots[first]!.day;
}

export function gapsVsOutcomes(
  deals: readonly ClosedDeal[],
  point: CalibrationPoint = LAST_BEFORE_CLOSING,
): GapOutcome[] {
  const read = deals.flatMap((deal) => {
    const at = pickSnapshot(deal.snapshots, deal.closedDay, point);
    return at < 0 ? [] : [{ deal, at }];
  });
  const won = read.filter((r) => r.deal.result === 'won');
  const lost = read.filter((r) => r.deal.result === 'lost');
  const side = (result: 'won' | 'lost', code: GapCode): GapSide => {
    const mine = result === 'won' ? won : lost;
    const days: number[] = [];
    for (const { deal, at } of mine) {
      if (deal.snapshots[at]!.codes.includes(code)) days.push(daysOpen(deal, at, code));
    }
    return {
      present: days.length,
      deals: mine.length,
      rate: mine.length === 0 ? Number.NaN : days.length / mine.length,
      medianDaysOpen: median(days),
    };
  };
  const rows = GAP_CODES.map((code) => {
    const lost = side('lost', code);
    const won = side('won', code);
    return { code, lost, won, difference: lost.rate - won.rate };
  });
  // Most telling first; rules never seen (or with no deal of one result) last, in their usual order.
  const rank = (row: GapOutcome) =>
    Number.isNaN(row.difference) || row.lost.present + row.won.present === 0 ? -Infinity : row.difference;
  return rows.sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    return ra === rb ? 0 : rb > ra ? 1 : -1;
  });
}
