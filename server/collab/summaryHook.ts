/**
 * The pipeline's summary row of a deal, kept after every store (issue 12): the stored Y.Doc
 * read as a deal (shared/collab) and summarized by shared/pipeline, with the owner and team the
 * server knows, into deal_summaries. A document that holds no deal yet (a deal being published,
 * a client's first sync) or that this build cannot read keeps its previous row.
 */
import type { Doc } from 'yjs';
import { holdsDeal, readDealFromYDoc } from '../../shared/collab';
import type { PowermapDocument } from '../../shared/document';
import { summarizeDeal, type PipelineRow } from '../../shared/pipeline';
import type { Database } from '../db/database';
import { dealLabels, storeSummary, type DealLabels } from '../store/summaries';
import type { DocumentHooks, StoredInfo } from './hooks';

/** The analysis date of a summary: the server's day (UTC). */
export const today = (now = new Date()): string => now.toISOString().slice(0, 10);

/** The one place a stored deal becomes its row: swap the summary here, nowhere else. */
export function summarizeStoredDeal(
  dealId: string,
  document: PowermapDocument,
  context: { asOf: string; labels: DealLabels; info: StoredInfo; storedAt: Date },
): PipelineRow {
  const row = summarizeDeal(document, {
    asOf: context.asOf,
    owner: context.labels.owner,
    team: context.labels.team,
    lastChange: { at: context.storedAt.toISOString(), by: context.info.lastEditor },
  });
  // The server's id names the deal, whatever id the document carries.
  return { ...row, dealId };
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
      if (!holdsDeal(ydoc)) return;
      const read = readDealFromYDoc(ydoc);
      if (!read.ok) {
        log(`deal ${dealId} was not summarized: its document is newer than this server reads`);
        return;
      }
      const storedAt = now();
      const labels = await labelsOf(dealId, storedAt);
      if (!labels) return; // the deal was deleted meanwhile
      const asOf = today(storedAt);
      await storeSummary(db, summarizeStoredDeal(dealId, read.document, { asOf, labels, info, storedAt }), asOf);
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
