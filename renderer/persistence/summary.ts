/** The library's line for a deal (`deals` table), made from its document. */
import type { PowermapDocument } from '../../shared/document';
import type { SummaryUpdate } from './dealDoc';
import type { DealSummary } from './schema';

export function summaryRowOf(
  doc: PowermapDocument,
  winLikelihood: number,
  deletedAt: string | null,
  updatedAt: string,
): DealSummary {
  const { deal } = doc;
  return {
    id: deal.id,
    name: deal.name,
    account: deal.account,
    purchaseStage: deal.purchaseStage,
    value: deal.value,
    currency: deal.currency ?? null,
    updatedAt,
    winLikelihood,
    peopleCount: doc.stakeholders.length,
    deletedAt,
  };
}

/**
 * The summary an edit writes: the document's, keeping the stored delete time (an edit of
 * a deal in the bin leaves it there; one purged meanwhile comes back to the library).
 */
export function editSummary(doc: PowermapDocument, winLikelihood: number, updatedAt: string): SummaryUpdate {
  return (stored) => summaryRowOf(doc, winLikelihood, stored?.deletedAt ?? null, updatedAt);
}

/**
 * Whether a library row may be older than its deal's Y.Doc: the deal's log has a row newer
 * than the one the row was made from, or the row does not say (written before `docSeq`).
 */
export function summaryIsStale(row: DealSummary, newestSeq: number | undefined): boolean {
  if (newestSeq === undefined) return false;
  return row.docSeq === undefined || newestSeq > row.docSeq;
}
