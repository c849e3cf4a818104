/**
 * Summaries kept current without an edit (docs/PIPELINE.md, "Summaries stay current"): a
 * row's days left, overdue, status, and even its likelihood (a key person's contact goes
 * stale after 30 days) depend on the day it was made for. Once at start and then every
 * `intervalMs`, every deal whose summary was made before today, or that has none (stored
 * before the server kept summaries), or a closed deal without its review record (made before
 * migration 0004), is summarized again from its stored document as of today, with the last
 * change it had. The write is conditional on the document's version like every summary, so
 * the sweep never puts back an older state, and several processes may sweep at once.
 * Deals go one at a time, so a sweep never floods the database or the event loop.
 */
import * as Y from 'yjs';
import type { Database } from '../db/database';
import { loadDocumentState } from '../store/documents';
import { storedLastChange } from '../store/summaries';
import { summarizeAndStore, today } from './summaryHook';

/** Deals read per query: the sweep walks them by id, so it ends even when some cannot be summarized. */
const PAGE = 100;

export interface SweepResult {
  /** Summaries written. */
  written: number;
  /** Deals looked at. */
  seen: number;
}

export interface SummarySweep {
  /** Sweeps now (or joins the sweep under way). */
  run(): Promise<SweepResult>;
  /** No more sweeps; waits for the one under way. */
  stop(): Promise<void>;
}

interface Candidate {
  deal_id: string;
  updated_at: Date;
}

/** The deals after `after` whose summary is older than `asOf`, missing, or without the record of a closed deal. */
function candidates(db: Database, asOf: string, after: string): Promise<Candidate[]> {
  // A deal's state is its base (documents) and the updates appended since (store/documents.ts):
  // a deal stored only as updates, never compacted yet, is a candidate too; its time is the latest.
  return db.query<Candidate>(
    `select k.deal_id, max(k.updated_at) as updated_at
       from (select deal_id, updated_at from documents
             union all
             select deal_id, stored_at as updated_at from document_updates) k
       left join deal_summaries s on s.deal_id = k.deal_id
      where k.deal_id > $2
        and (s.deal_id is null or s.as_of < $1::date or (s.closed and s.calibration is null))
      group by k.deal_id
      order by k.deal_id
      limit ${PAGE}`,
    [asOf, after],
  );
}

async function resummarize(db: Database, candidate: Candidate, asOf: string): Promise<boolean> {
  const state = await loadDocumentState(db, candidate.deal_id);
  if (!state) return false;
  const ydoc = new Y.Doc();
  try {
    Y.applyUpdate(ydoc, state);
    const outcome = await summarizeAndStore(db, candidate.deal_id, ydoc, {
      asOf,
      // The last change is the last store's, kept in the row; a deal never summarized has the document's.
      lastChange: async () =>
        (await storedLastChange(db, candidate.deal_id)) ?? { at: candidate.updated_at.toISOString(), by: null },
    });
    return outcome === 'written';
  } finally {
    ydoc.destroy();
  }
}

export async function sweepSummaries(
  db: Database,
  options: { now: () => Date; log: (message: string) => void; stopped?: () => boolean },
): Promise<SweepResult> {
  const asOf = today(options.now());
  const result: SweepResult = { written: 0, seen: 0 };
  let after = '';
  for (;;) {
    const page = await candidates(db, asOf, after);
    for (const candidate of page) {
      // Shutting down: the rest wait for the next start.
      if (options.stopped?.()) return result;
      result.seen += 1;
      try {
        if (await resummarize(db, candidate, asOf)) result.written += 1;
      } catch (error) {
        options.log(
          `deal ${candidate.deal_id} was not summarized again: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
    if (page.length < PAGE) return result;
    after = page[page.length - 1]!.deal_id;
  }
}

export function summarySweep(
  db: Database,
  options: { intervalMs: number; now?: () => Date; log: (message: string) => void },
): SummarySweep {
  const now = options.now ?? (() => new Date());
  let running: Promise<SweepResult> | undefined;
  let stopped = false;
  const run = () => {
    running ??= sweepSummaries(db, { now, log: options.log, stopped: () => stopped })
      .catch((error: unknown) => {
        options.log(`the summary sweep failed: ${error instanceof Error ? error.message : String(error)}`);
        return { written: 0, seen: 0 };
      })
      .finally(() => (running = undefined));
    return running;
  };
  const timer = setInterval(() => {
    if (!stopped) void run();
  }, options.intervalMs);
  timer.unref();
  return {
    run,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
