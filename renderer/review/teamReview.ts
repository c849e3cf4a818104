/**
 * The closed deals the review reads (docs/CALIBRATION.md, "The team's closed deals"): the
 * local deals' records beside the team's (GET /api/review), one per deal id. A deal with a
 * copy here is read from it: it is the copy the user can adopt a model on, and a closed
 * deal's record changes only when someone edits the deal, which syncs that copy. A team deal
 * with no copy here is read from the server's record. The open deals are counted the same way.
 */
import {
  calibrationRecord,
  closedDealsOfRecords,
  readCalibrationRecord,
  type CalibrationRecord,
  type ClosedDeals,
} from '../../shared/calibration';
import type { PowermapDocument } from '../../shared/document';

export interface TeamReview {
  readonly records: readonly CalibrationRecord[];
  /** Ids of the team's deals still open. */
  readonly open: readonly string[];
}

/** The server's answer (or its kept copy) as records; a record that is not one is left out. Null when it is no review at all. */
export function readTeamReview(payload: unknown): TeamReview | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const { records, open } = payload as { records?: unknown; open?: unknown };
  if (!Array.isArray(records) || !Array.isArray(open)) return null;
  return {
    records: records.flatMap((value: unknown) => {
      const record = readCalibrationRecord(value);
      return record === null ? [] : [record];
    }),
    open: open.filter((id): id is string => typeof id === 'string'),
  };
}

export function reviewedDeals(local: readonly PowermapDocument[], team: TeamReview | null): ClosedDeals {
  const here = new Set(local.map((doc) => doc.deal.id));
  const records: CalibrationRecord[] = [];
  let open = 0;
  for (const doc of local) {
    const record = calibrationRecord(doc);
    if (record === null) open++;
    else records.push(record);
  }
  for (const record of team?.records ?? []) if (!here.has(record.dealId)) records.push(record);
  for (const id of team?.open ?? []) if (!here.has(id)) open++;
  return closedDealsOfRecords(records, open);
}
