/**
 * What the review needs of one closed deal, without its map (docs/CALIBRATION.md, "The
 * team's closed deals"): the result, the day of closing and every snapshot as
 * `readClosedDeals` analyses it (the likelihood it gave, the parts the fit needs, the gap
 * rules present). The team server keeps one per closed deal beside its pipeline row, so a
 * team lead's review reads the team's closed deals without loading one document.
 *
 * It holds no personal field: no person's name, contact, note or free text, only figures,
 * rule codes, stages and dates, and the deal's id and name (as the pipeline row has them).
 */
import * as z from 'zod';
import { epochDay } from '../values/date';
import { GAP_CODES } from '../analysis/types';
import type { PowermapDocument } from '../document/schema';
import { OUTCOME_RESULTS, PURCHASE_STAGES, type OutcomeResult } from '../document/vocabulary';
import { readClosedDeals, type ClosedDeal, type ClosedDeals, type ReadSnapshot } from './read';

/** Goes up whenever a record's shape or meaning changes: stored records of another version are made again. */
export const RECORD_VERSION = 1;

export interface CalibrationRecord {
  readonly version: number;
  readonly dealId: string;
  readonly name: string;
  readonly result: OutcomeResult;
  readonly closedOn: string;
  /** Won or lost: every snapshot, analysed, oldest first. No decision or withdrawn: none (they are never scored). */
  readonly snapshots: readonly ReadSnapshot[];
}

/** The record of a closed deal; null while it is open. */
export function calibrationRecord(doc: PowermapDocument): CalibrationRecord | null {
  const outcome = doc.deal.outcome;
  if (outcome === null) return null;
  const decided = readClosedDeals([doc]).decided[0];
  return {
    version: RECORD_VERSION,
    dealId: doc.deal.id,
    name: doc.deal.name,
    result: outcome.result,
    closedOn: outcome.closedOn,
    snapshots: decided?.snapshots ?? [],
  };
}

const isoDate = z.iso.date();

const ReadSnapshotSchema = z.object({
  takenAt: z.string(),
  day: z.number().int(),
  stage: z.enum(PURCHASE_STAGES),
  likelihood: z.number().int().min(0).max(100),
  fixed: z.number(),
  gapLoad: z.record(z.string(), z.number().min(0)),
  codes: z.array(z.enum(GAP_CODES)),
});

export const CalibrationRecordSchema = z.object({
  version: z.literal(RECORD_VERSION),
  dealId: z.string().min(1),
  name: z.string(),
  result: z.enum(OUTCOME_RESULTS),
  closedOn: isoDate,
  snapshots: z.array(ReadSnapshotSchema),
});

/** A stored or served record read back: the record, or null when it is not one (of this version). */
export function readCalibrationRecord(value: unknown): CalibrationRecord | null {
  const parsed = CalibrationRecordSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * The closed deals of `readClosedDeals` from records, with `open` deals still open: the
 * review's figures are the same whether it read the documents or their records.
 */
export function closedDealsOfRecords(records: readonly CalibrationRecord[], open: number): ClosedDeals {
  const decided: ClosedDeal[] = [];
  const apart = { 'no-decision': 0, withdrawn: 0 };
  for (const record of records) {
    if (record.result === 'no-decision' || record.result === 'withdrawn') {
      apart[record.result]++;
      continue;
    }
    decided.push({
      id: record.dealId,
      name: record.name,
      result: record.result,
      closedOn: record.closedOn,
      closedDay: epochDay(record.closedOn),
      snapshots: record.snapshots,
    });
  }
  return { decided, apart, open };
}
