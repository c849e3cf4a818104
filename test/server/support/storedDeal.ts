/** A deal as the server stored it, read from the database rather than from a client. */
import * as Y from 'yjs';
import type { Sql } from '../../../server/db/database';
import { loadDocumentState } from '../../../server/store/documents';
import { readDealFromYDoc } from '../../../shared/collab';
import type { PowermapDocument } from '../../../shared/document';

/** The deal's stored state in a Y.Doc of its own (empty where nothing is stored). */
export async function storedDoc(db: Sql, dealId: string): Promise<Y.Doc> {
  const state = await loadDocumentState(db, dealId);
  const doc = new Y.Doc();
  if (state) Y.applyUpdate(doc, state);
  return doc;
}

/** The stored Y.Doc and the document read from it (undefined where it does not read as a deal). */
export async function storedDeal(
  db: Sql,
  dealId: string,
): Promise<{ doc: Y.Doc; document: PowermapDocument | undefined }> {
  const doc = await storedDoc(db, dealId);
  const read = readDealFromYDoc(doc);
  return { doc, document: read.ok ? read.document : undefined };
}
