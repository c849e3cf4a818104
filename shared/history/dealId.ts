/**
 * Which deal a document belongs to is said twice: by `deal.id` and, inside each snapshot,
 * by the snapshot's own `deal.id`. Whoever stores a document under another id (an import
 * whose id is taken, a duplicate) must change both, or a restore would bring the old id
 * back onto the current map, and its next save would land in the other deal.
 */
import type { PowermapDocument } from '../document/schema';

/** The document with `id` as its deal id, also inside every snapshot; the rest is the same objects. */
export function withDealId(doc: PowermapDocument, id: string): PowermapDocument {
  const history = doc.history.map((snapshot) =>
    snapshot.deal.id === id ? snapshot : { ...snapshot, deal: { ...snapshot.deal, id } },
  );
  const sameHistory = history.every((snapshot, i) => snapshot === doc.history[i]);
  if (doc.deal.id === id && sameHistory) return doc;
  return {
    ...doc,
    deal: doc.deal.id === id ? doc.deal : { ...doc.deal, id },
    history: sameHistory ? doc.history : history,
  };
}
