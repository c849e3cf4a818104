/**
 * The pipeline's summary row of a deal, kept after every store (issue 12): the stored Y.Doc
 * read as a deal (shared/collab) and summarized by shared/pipeline, with the owner and team the
 * server knows, into deal_summaries; beside it, for a closed deal, the record the win/loss
 * review needs (shared/calibration). A document that holds no deal yet (a deal being
 * published, a client's first sync) or that this build cannot read keeps its previous row.
 * The write is conditional on the document's version (docVersion.ts), so an older summary
 * never overwrites a newer one, whichever process writes last.
 */
import type { Doc } from 'yjs';
import { calibrationRecord } from '../../shared/calibration';
import { holdsDeal, readDealFromYDoc } from '../../shared/collab';
import type { PowermapDocument } from '../../shared/document';
import { summarizeDeal, type LastChange, type PipelineRow } from '../../shared/pipeline';
import type { Database } from '../db/database';
import { dealLabels, storeSummary, type DealLabels } from '../store/summaries';
import { documentVersion } from './docVersion';
import type { DocumentHooks, StoredInfo } from './hooks';

/** The analysis date of a summary: the server's day (UTC). */
export const today = (now = new Date()): string => now.toISOString().slice(0, 10);

/** The one place a stored deal becomes its row: swap the summary here, nowhere else. */
export function summarizeStoredDeal(
  dealId: string,
  document: PowermapDocument,
  context: {
    asOf: string;
    labels: DealLabels;
    /** Undefined: the newest snapshot's time, as for a deal's row as it stood on a past date. */
    lastChange: LastChange | null | undefined;
    since?: string | null;
  },
): PipelineRow {
  const row = summarizeDeal(document, {
    asOf: context.asOf,
    since: context.since ?? null,
    owner: context.labels.owner,
    team: context.labels.team,
    lastChange: context.lastChange,
  });
  // The server's id names the deal, whatever id the document carries.
  return { ...row, dealId };
}

/**
 * Summarizes the deal held by `ydoc` as of `asOf` and writes it, unless a newer summary is
 * stored. Resolves 'written', 'older' (a newer one was kept), or why nothing was made.
 */
export async function summarizeAndStore(
  db: Database,
  dealId: string,
  ydoc: Doc,
  options: {
    asOf: string;
    lastChange: (labels: DealLabels) => Promise<LastChange | null> | LastChange | null;
    /** The deal's owner and team names; read from the database unless given (the hook reuses them). */
    labelsOf?: (dealId: string) => Promise<DealLabels | undefined>;
  },
): Promise<'written' | 'older' | 'no-deal' | 'unreadable' | 'deleted'> {
  if (!holdsDeal(ydoc)) return 'no-deal';
  // The version of exactly the state read: taken before any await lets another update in.
  const docVersion = documentVersion(ydoc);
  const read = readDealFromYDoc(ydoc);
  if (!read.ok) return 'unreadable';
  const labels = await (options.labelsOf ?? ((id: string) => dealLabels(db, id)))(dealId);
  if (!labels) return 'deleted';
  const row = summarizeStoredDeal(dealId, read.document, {
    asOf: options.asOf,
    labels,
    lastChange: await options.lastChange(labels),
  });
  const record = calibrationRecord(read.document);
  const calibration = record === null ? null : { ...record, dealId };
  const written = await storeSummary(db, { row, calibration, asOf: options.asOf, docVersion });
  return written ? 'written' : 'older';
}

/**
 * How long a deal's owner and team names are reused between its summaries. Nothing renames
 * them today; reading them was one statement per summary, a good part of the server's CPU
 * with many deals edited at once (issue 11). A rename would show within this time.
 */
export const LABELS_TTL_MS = 60_000;

export function summaryHooks(
  db: Database,
  log: (message: string) => void,
  now: () => Date = () => new Date(),
): DocumentHooks {
  const labelsOf = cachedLabels(db, now);
  return {
    async onDocumentStored(dealId: string, ydoc: Doc, info: StoredInfo) {
      const storedAt = now();
      const outcome = await summarizeAndStore(db, dealId, ydoc, {
        asOf: today(storedAt),
        lastChange: () => ({ at: storedAt.toISOString(), by: info.lastEditor }),
        labelsOf: (id) => labelsOf(id, storedAt),
      });
      if (outcome === 'unreadable')
        log(`deal ${dealId} was not summarized: its document is newer than this server reads`);
    },
  };
}

function cachedLabels(db: Database, now: () => Date) {
  const cache = new Map<string, { labels: DealLabels; until: number }>();
  return async (dealId: string, at: Date): Promise<DealLabels | undefined> => {
    const cached = cache.get(dealId);
    if (cached && cached.until > at.getTime()) return cached.labels;
    const labels = await dealLabels(db, dealId);
    // Read once per deal per LABELS_TTL_MS; expired entries are dropped as they come up.
    if (cache.size > 10_000) cache.clear();
    if (labels) cache.set(dealId, { labels, until: now().getTime() + LABELS_TTL_MS });
    else cache.delete(dealId);
    return labels;
  };
}
