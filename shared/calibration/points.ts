/**
 * Where in a closed deal's history the likelihood is read (docs/CALIBRATION.md): always a
 * snapshot, never the document as it is now, which was edited after the decision was known.
 */
import type { PurchaseStage } from '../document/vocabulary';

export type CalibrationPoint =
  /** The last snapshot taken before the day of closing: what the map said just before the decision was known. */
  | { readonly kind: 'last' }
  /** The last snapshot taken at least this many days before the day of closing. */
  | { readonly kind: 'days-before'; readonly days: number }
  /** The last snapshot, before the day of closing, taken while the deal was at this purchase stage. */
  | { readonly kind: 'stage'; readonly stage: PurchaseStage };

export const LAST_BEFORE_CLOSING: CalibrationPoint = { kind: 'last' };

/** A point as text: `last`, `days-before:30`, `stage:evaluation` (what `fittedFrom.point` records). */
export function pointName(point: CalibrationPoint): string {
  switch (point.kind) {
    case 'last':
      return 'last';
    case 'days-before':
      return `days-before:${point.days}`;
    case 'stage':
      return `stage:${point.stage}`;
  }
}

/** What a point needs of a snapshot. */
export interface Dated {
  /** Days since the epoch of the snapshot's own calendar day (in the offset it was taken in). */
  readonly day: number;
  readonly stage: PurchaseStage;
}

/**
 * The index of the snapshot a point reads, in `snapshots` ordered oldest first, or -1 when
 * the deal has none there. Snapshots taken on the day of closing or later are never read.
 */
export function pickSnapshot(snapshots: readonly Dated[], closedDay: number, point: CalibrationPoint): number {
  for (let i = snapshots.length - 1; i >= 0; i--) {
    const s = snapshots[i]!;
    if (s.day >= closedDay) continue;
    if (point.kind === 'days-before' && s.day > closedDay - point.days) continue;
    if (point.kind === 'stage' && s.stage !== point.stage) continue;
    return i;
  }
  return -1;
}
