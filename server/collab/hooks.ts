/**
 * Where later work plugs into the life of a shared deal. The server treats a deal's Yjs
 * document as opaque; the deal model (shared/collab), the summary row of the library
 * (issue 12) and the validation after a merge attach here.
 */
import type { Doc } from 'yjs';

export interface DocumentHooks {
  /**
   * Called after the state of `dealId` has been written to the database. Errors are logged
   * and do not undo the store. Runs on the process that stored; with Redis, once per store.
   */
  onDocumentStored(dealId: string, document: Doc): Promise<void> | void;
}

export const NO_DOCUMENT_HOOKS: DocumentHooks = { onDocumentStored: () => undefined };
