/**
 * Where later work plugs into the life of a shared deal. The server treats a deal's Yjs
 * document as opaque; the deal model (shared/collab), the summary row of the pipeline
 * (issue 12, summaryHook.ts), the team's model given to a deal at its first document
 * (firstDocumentModel.ts) and the validation after a merge attach here.
 */
import type { Doc } from 'yjs';

/** What the server knows of a store beyond the document. */
export interface StoredInfo {
  /** The account name of the user whose update was applied last before the store; null when unknown. */
  lastEditor: string | null;
}

export interface DocumentHooks {
  /**
   * Called after the state of `dealId` has been written to the database. Errors are logged
   * and do not undo the store. Runs on the process that stored; with Redis, once per store.
   */
  onDocumentStored(dealId: string, document: Doc, info: StoredInfo): Promise<void> | void;
  /**
   * Called once `dealId` is loaded on this process, with what the database held applied, before
   * any client's update. Must not throw or wait: it only notes what it needs.
   */
  onDocumentLoaded?(dealId: string, document: Doc): void;
}

/**
 * Several hooks as one, run in order. Each one's failure is logged on its own, so a failing
 * hook neither skips the others nor reaches the store.
 */
export function allHooks(hooks: readonly DocumentHooks[], log: (message: string) => void): DocumentHooks {
  return {
    async onDocumentStored(dealId, document, info) {
      for (const hook of hooks) {
        try {
          await hook.onDocumentStored(dealId, document, info);
        } catch (error) {
          log(`onDocumentStored of deal ${dealId} failed: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    },
    onDocumentLoaded(dealId, document) {
      for (const hook of hooks) {
        try {
          hook.onDocumentLoaded?.(dealId, document);
        } catch (error) {
          log(`onDocumentLoaded of deal ${dealId} failed: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    },
  };
}
