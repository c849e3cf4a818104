/**
 * A deal's outcome: `deal.outcome`, null while the deal is open (issue 12). The field is
 * added to DealSchema by the calibration work; until then it is read loosely here, so a
 * document without it (every old file) is an open deal, and a malformed one reads as open
 * rather than failing the pipeline.
 *
 * Closing takes a final snapshot and sets the outcome; reopening clears it. Both are pure:
 * the app wraps each as one undoable edit.
 */
import type { PowermapDocument } from '../document/schema';
import { takeSnapshot } from '../history/snapshots';
import { isCalendarDate } from '../values/date';

export const OUTCOME_RESULTS = ['won', 'lost', 'no-decision', 'withdrawn'] as const;
export type OutcomeResult = (typeof OUTCOME_RESULTS)[number];

/** A reason from the short list (the calibration branch's CloseReason); read as text here. */
export type OutcomeReason = string;

export interface DealOutcome {
  readonly result: OutcomeResult;
  /** YYYY-MM-DD. */
  readonly closedOn: string;
  readonly reason: OutcomeReason | null;
  readonly note: string;
  /** Who won, for a loss; null otherwise. */
  readonly competitor: string | null;
}

export class OutcomeError extends Error {
  readonly field: keyof DealOutcome;
  constructor(field: keyof DealOutcome, message: string) {
    super(message);
    this.name = 'OutcomeError';
    this.field = field;
  }
}

function isResult(value: unknown): value is OutcomeResult {
  return typeof value === 'string' && (OUTCOME_RESULTS as readonly string[]).includes(value);
}

/** The outcome a deal records, read loosely: null when there is none or it is not one. */
export function readOutcome(deal: object): DealOutcome | null {
  const raw: unknown = (deal as { readonly outcome?: unknown }).outcome;
  if (raw === null || typeof raw !== 'object') return null;
  const o = raw as Record<string, unknown>;
  if (!isResult(o['result']) || typeof o['closedOn'] !== 'string' || !isCalendarDate(o['closedOn'])) return null;
  const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);
  return {
    result: o['result'],
    closedOn: o['closedOn'],
    reason: text(o['reason']),
    note: typeof o['note'] === 'string' ? o['note'] : '',
    competitor: o['result'] === 'lost' ? text(o['competitor']) : null,
  };
}

/** Throws an OutcomeError naming the first field that is wrong. */
export function checkOutcome(outcome: DealOutcome): void {
  if (!isResult(outcome.result)) throw new OutcomeError('result', `not an outcome: ${String(outcome.result)}`);
  if (!isCalendarDate(outcome.closedOn)) throw new OutcomeError('closedOn', `not a date: ${outcome.closedOn}`);
  if (outcome.competitor !== null && outcome.result !== 'lost') {
    throw new OutcomeError('competitor', 'only a lost deal names the competitor who won');
  }
}

export interface CloseInfo {
  /** When the deal is closed: the final snapshot's time, ISO with an offset. */
  readonly takenAt: string;
  /** The final snapshot's id (the caller's id source; ids are never made up in shared/). */
  readonly snapshotId: string;
  /** The final snapshot's label, already worded (`pipeline.close.snapshotLabel`). */
  readonly label: string;
}

/**
 * The deal closed: the outcome set on the deal, then a final snapshot of the closed map, so
 * the history ends with the map as it stood when the deal was decided. Throws an
 * OutcomeError for a malformed outcome (the document is left as it was).
 */
export function closeDeal(doc: PowermapDocument, outcome: DealOutcome, now: CloseInfo): PowermapDocument {
  checkOutcome(outcome);
  const closed: PowermapDocument = { ...doc, deal: { ...doc.deal, outcome: { ...outcome } } };
  return takeSnapshot(closed, { id: now.snapshotId, takenAt: now.takenAt, label: now.label });
}

/** The deal open again: the outcome cleared; the history (with the final snapshot) stays. */
export function reopenDeal(doc: PowermapDocument): PowermapDocument {
  if (readOutcome(doc.deal) === null && !('outcome' in doc.deal)) return doc;
  return { ...doc, deal: { ...doc.deal, outcome: null } };
}
