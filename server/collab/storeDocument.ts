/**
 * Storing a shared deal: its unstored updates appended (grouped across deals), the stored state
 * vector sent to its clients, the store hook called, and now and then its updates compacted.
 * A store never throws (a throwing hook leaves the document in memory for good): a failed one
 * is logged, counted and scheduled again.
 */
import type { onStoreDocumentPayload } from '@hocuspocus/server';
import type { Database } from '../db/database';
import { compactDocument, groupedAppends } from '../store/documents';
import { storedMessage } from '../../shared/collab/storedAck';
import type { ConnectionContext } from './access';
import type { DocumentHooks } from './hooks';
import type { CollabLimits } from './limits';
import type { LoadedDeals } from './loadedDeals';

export interface DocumentStorerOptions {
  db: Database;
  hooks: DocumentHooks;
  limits: CollabLimits;
  log: (message: string) => void;
}

export interface DocumentStorer {
  store(payload: onStoreDocumentPayload<ConnectionContext>): Promise<void>;
  /** Stores that failed since the start. */
  failures(): number;
}

export function documentStorer(options: DocumentStorerOptions, deals: LoadedDeals): DocumentStorer {
  const { db, hooks, limits } = options;
  const { lastEditors, unstored, storedVectors } = deals;
  const append = groupedAppends(db, limits.appendGroupMs);
  const failed = storeFailures(options.log);
  const compact = compactor(options, deals);

  async function store(payload: onStoreDocumentPayload<ConnectionContext>): Promise<void> {
    const { documentName, document } = payload;
    const taken = unstored.take(documentName, document);
    if (taken.update) {
      try {
        await append(documentName, taken.update);
      } catch (error) {
        taken.putBack();
        failed.storeFailed(payload, error);
        return;
      }
      unstored.appended(documentName, taken.update);
    }
    failed.storeSucceeded(documentName);
    storedVectors.set(documentName, taken.stateVector);
    document.broadcastStateless(storedMessage(taken.stateVector));
    try {
      await hooks.onDocumentStored(documentName, document, { lastEditor: lastEditors.get(documentName) ?? null });
    } catch (error) {
      options.log(`onDocumentStored of deal ${documentName} failed: ${errorText(error)}`);
    }
    if (
      unstored.compactionDue(documentName, {
        afterUpdates: limits.compactAfterUpdates,
        unloading: document.getConnectionsCount() === 0,
      })
    )
      await compact(documentName);
  }

  return { store, failures: failed.count };
}

/** The failed stores: counted, logged now and then, and scheduled again. */
function storeFailures(log: (message: string) => void) {
  let count = 0;
  /** Consecutive failed stores per deal. */
  const failing = new Map<string, number>();

  function storeFailed(payload: onStoreDocumentPayload<ConnectionContext>, error: unknown): void {
    const { documentName, document, instance } = payload;
    count += 1;
    const streak = (failing.get(documentName) ?? 0) + 1;
    failing.set(documentName, streak);
    // While the database is down a store is retried every debounce: log the 1st, 10th, 100th… only.
    if (Number.isInteger(Math.log10(streak)))
      log(`store of deal ${documentName} failed (${streak}×), retrying: ${errorText(error)}`);
    // Scheduled again through Hocuspocus: the debounce is the back-off, and a pending store keeps the document loaded.
    if (!document.isDestroyed) void instance.storeDocumentHooks(document, payload);
  }

  function storeSucceeded(documentName: string): void {
    if (failing.delete(documentName)) log(`store of deal ${documentName} succeeded again`);
  }

  return { storeFailed, storeSucceeded, count: () => count };
}

/** Folds the deal's appended updates into its base; a failure is logged and tried at a later store. */
function compactor({ db, log }: DocumentStorerOptions, { sizes, unstored }: LoadedDeals) {
  return async (documentName: string): Promise<void> => {
    try {
      const { baseBytes } = await compactDocument(db, documentName);
      unstored.compacted(documentName, baseBytes);
      // The size counted from here: the compact base plus what is not stored yet.
      sizes.set(documentName, baseBytes + unstored.pendingBytes(documentName));
    } catch (error) {
      log(`compaction of deal ${documentName} failed: ${errorText(error)}`);
    }
  };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
