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

export function summaryHooks(
  db: Database,
  log: (message: string) => void,
  now: () => Date = () => new Date(),
): DocumentHooks {
  return {
    async onDocumentStored(dealId: string, ydoc: Doc, info: StoredInfo) {
      if (!holdsDeal(ydoc)) return;
      const read = readDealFromYDoc(ydoc);
      if (!read.ok) {
        log(`deal ${dealId} was not summarized: its document is newer than this server reads`);
        return;
      }
      const labels = await dealLabels(db, dealId);
      if (!labels) return; // the deal was deleted meanwhile
      const storedAt = now();
      const asOf = today(storedAt);
      await storeSummary(db, summarizeStoredDeal(dealId, read.document, { asOf, labels, info, storedAt }), asOf);
    },
  };
}
