/**
 * Closing and reopening a deal (issue 12). The outcome is `deal.outcome` (OutcomeSchema in
 * shared/document: null while the deal is open; old files have none and open as open).
 * Closing takes a final snapshot and sets the outcome; reopening clears it. Both are pure:
 * the app wraps each as one undoable edit.
 */
import { OutcomeSchema, type Deal, type Outcome, type PowermapDocument } from '../document/schema';
import { takeSnapshot } from '../history/snapshots';

/** The outcome shape of the document format, re-exported for the pipeline's users. */
export type { Outcome };

export class OutcomeError extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(message);
    this.name = 'OutcomeError';
    this.field = field;
  }
}

/** The outcome a deal records, or null while it is open. */
export function readOutcome(deal: Deal): Outcome | null {
  return deal.outcome ?? null;
}

/**
 * The outcome as the document will hold it; throws an OutcomeError naming the first field
 * that is wrong: the format's rules (result, date, reason from the list), and a competitor
 * named only for a loss (who won instead of us).
 */
export function checkOutcome(outcome: Outcome): Outcome {
  const parsed = OutcomeSchema.safeParse(outcome);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new OutcomeError(String(issue.path[0] ?? 'outcome'), issue.message);
  }
  if (parsed.data.competitor !== null && parsed.data.result !== 'lost') {
    throw new OutcomeError('competitor', 'only a lost deal names the competitor who won');
  }
  return parsed.data;
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
export function closeDeal(doc: PowermapDocument, outcome: Outcome, now: CloseInfo): PowermapDocument {
  const checked = checkOutcome(outcome);
  const closed: PowermapDocument = { ...doc, deal: { ...doc.deal, outcome: checked } };
  return takeSnapshot(closed, { id: now.snapshotId, takenAt: now.takenAt, label: now.label });
}

/** The deal open again: the outcome cleared; the history (with the final snapshot) stays. */
export function reopenDeal(doc: PowermapDocument): PowermapDocument {
  if (doc.deal.outcome === null) return doc;
  return { ...doc, deal: { ...doc.deal, outcome: null } };
}
