/**
 * The documents' side of the collaboration server: each shared deal's Y.Doc loaded from our
 * database, its size followed against the limit, its updates appended at each store and
 * compacted now and then (unstoredUpdates.ts, store/documents.ts), the stored state vector
 * sent to every client (shared/collab/storedAck.ts), and the document hooks called when a
 * document is loaded (the team's model, firstDocumentModel.ts) and after each store
 * (summaries). The store hook never throws (a throwing hook leaves the document in memory for
 * good): a failed store is logged, counted and scheduled again, which also keeps the unstored
 * document loaded until it is stored.
 */
import {
  IncomingMessage,
  MessageType,
  shouldSkipStoreHooks,
  type Extension,
  type onStoreDocumentPayload,
} from '@hocuspocus/server';
import * as Y from 'yjs';
import type { Database } from '../db/database';
import { grouped } from '../db/grouped';
import { compactDocument, groupedAppends, loadDocuments } from '../store/documents';
import { storedMessage } from '../../shared/collab/storedAck';
import type { ConnectionContext } from './access';
import type { DocumentHooks } from './hooks';
import type { CollabLimits } from './limits';
import { RELAYED_STORE_BYTES, UnstoredUpdates } from './unstoredUpdates';

export interface DocumentStorageOptions {
  db: Database;
  hooks: DocumentHooks;
  limits: CollabLimits;
  log: (message: string) => void;
}

/** The Hocuspocus hooks that load, size, store and unload documents. */
export type StorageHooks = Pick<
  Extension<ConnectionContext>,
  'onLoadDocument' | 'connected' | 'beforeHandleMessage' | 'onChange' | 'onStoreDocument' | 'afterUnloadDocument'
>;

export interface DocumentStorage {
  readonly hooks: StorageHooks;
  /** Stores that failed since the start. */
  storeFailures(): number;
  /** Deals whose unstored updates are followed; 0 once every document is unloaded. */
  followed(): number;
}

/** Whether a Hocuspocus message carries Yjs sync data: its type follows the document name. */
function isSyncMessage(message: Uint8Array): boolean {
  try {
    const incoming = new IncomingMessage(message);
    incoming.readVarString();
    return incoming.readVarUint() === Number(MessageType.Sync);
  } catch {
    return true; // unreadable: counted, and Hocuspocus refuses it anyway
  }
}

export function createDocumentStorage(options: DocumentStorageOptions): DocumentStorage {
  const { db, hooks, limits, log } = options;
  /** Approximate byte size of each loaded document: its stored state plus the updates since. */
  const sizes = new Map<string, number>();
  let storeFailures = 0;
  /** Consecutive failed stores per deal. */
  const failing = new Map<string, number>();
  /** The account name of each loaded deal's latest local editor, for its summary's last change. */
  const lastEditors = new Map<string, string>();
  /** What each loaded deal has not stored yet, and has appended since its last compaction. */
  const unstored = new UnstoredUpdates();
  const append = groupedAppends(db, limits.appendGroupMs);
  // Deals opened together (a team opening the app, a restart) load in one query, a few large
  // deals per statement at most.
  const loadDocument = grouped(
    async (dealIds: string[]) => {
      const loaded = await loadDocuments(db, dealIds);
      return dealIds.map((id) => loaded.get(id));
    },
    { maxItems: 100 },
  );
  /** The state vector each loaded deal last had stored (loaded or written here): sent to every client that connects. */
  const storedVectors = new Map<string, Uint8Array>();

  function storeFailed(payload: onStoreDocumentPayload<ConnectionContext>, error: unknown): void {
    const { documentName, document, instance } = payload;
    storeFailures += 1;
    const streak = (failing.get(documentName) ?? 0) + 1;
    failing.set(documentName, streak);
    // While the database is down a store is retried every debounce: log the 1st, 10th, 100th… only.
    if (Number.isInteger(Math.log10(streak)))
      log(
        `store of deal ${documentName} failed (${streak}×), retrying: ${error instanceof Error ? error.message : String(error)}`,
      );
    // Scheduled again through Hocuspocus: the debounce is the back-off, and a pending store keeps the document loaded.
    if (!document.isDestroyed) void instance.storeDocumentHooks(document, payload);
  }

  /** Folds the deal's appended updates into its base; a failure is logged and tried at a later store. */
  async function compact(documentName: string): Promise<void> {
    try {
      const { baseBytes } = await compactDocument(db, documentName);
      unstored.compacted(documentName, baseBytes);
      // The size counted from here: the compact base plus what is not stored yet.
      sizes.set(documentName, baseBytes + unstored.pendingBytes(documentName));
    } catch (error) {
      log(`compaction of deal ${documentName} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  async function store(payload: onStoreDocumentPayload<ConnectionContext>): Promise<void> {
    const { documentName, document } = payload;
    const taken = unstored.take(documentName, document);
    if (taken.update) {
      try {
        await append(documentName, taken.update);
      } catch (error) {
        taken.putBack();
        storeFailed(payload, error);
        return;
      }
      unstored.appended(documentName, taken.update);
    }
    if (failing.delete(documentName)) log(`store of deal ${documentName} succeeded again`);
    storedVectors.set(documentName, taken.stateVector);
    document.broadcastStateless(storedMessage(taken.stateVector));
    try {
      await hooks.onDocumentStored(documentName, document, { lastEditor: lastEditors.get(documentName) ?? null });
    } catch (error) {
      log(`onDocumentStored of deal ${documentName} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (
      unstored.compactionDue(documentName, {
        afterUpdates: limits.compactAfterUpdates,
        unloading: document.getConnectionsCount() === 0,
      })
    )
      await compact(documentName);
  }

  return {
    hooks: {
      async onLoadDocument({ documentName, document }) {
        // A failed load throws: Hocuspocus then closes the connections and unloads the document,
        // and no empty document can later overwrite the stored one.
        const loaded = await loadDocument(documentName);
        const hadContent = document.store.clients.size > 0;
        if (loaded)
          Y.transact(document, () => {
            for (const part of loaded.parts) Y.applyUpdate(document, part);
          });
        // From here on every change is followed, in the same tick as the apply: none slips by.
        unstored.follow(documentName, document, loaded, hadContent);
        hooks.onDocumentLoaded?.(documentName, document);
        sizes.set(documentName, (loaded?.baseBytes ?? 0) + (loaded?.updateBytes ?? 0));
        // What is stored: the document's own vector unless it held unstored content before the load.
        storedVectors.set(
          documentName,
          hadContent && loaded
            ? Y.encodeStateVectorFromUpdate(Y.mergeUpdates(loaded.parts))
            : Y.encodeStateVector(document),
        );
      },

      connected({ documentName, connection }) {
        // What is already stored, so a client with nothing new to send learns its edits are safe
        // (the app's library counts a deal's changes waiting against it, team/waitingChanges.ts).
        const vector = storedVectors.get(documentName);
        if (vector) connection.sendStateless(storedMessage(vector));
        return Promise.resolve();
      },

      beforeHandleMessage({ update, documentName, connection }) {
        // Only document updates count against the size; presence (awareness) messages do not.
        if (connection.readOnly || !isSyncMessage(update)) return Promise.resolve();
        const size = (sizes.get(documentName) ?? 0) + update.byteLength;
        // Rejecting drops the message; Hocuspocus then closes this connection to the deal.
        if (size > limits.maxDocumentBytes) return Promise.reject(new Error('document-too-large'));
        return Promise.resolve();
      },

      onChange({ documentName, document, update, context, transactionOrigin, instance }) {
        sizes.set(documentName, (sizes.get(documentName) ?? 0) + update.byteLength);
        // A deal whose changes only arrive from other processes (its clients here only read) is
        // never stored by Hocuspocus here; its unstored updates are stored before they pile up.
        if (shouldSkipStoreHooks(transactionOrigin) && unstored.pendingBytes(documentName) > RELAYED_STORE_BYTES)
          void instance.storeDocumentHooks(document, {
            instance,
            clientsCount: document.getConnectionsCount(),
            document,
            lastContext: {},
            lastTransactionOrigin: transactionOrigin,
            documentName,
          });
        // Changes relayed from another process carry no connection context.
        const editor = (context as Partial<ConnectionContext> | undefined)?.userName;
        if (editor) lastEditors.set(documentName, editor);
        return Promise.resolve();
      },

      onStoreDocument: (payload) => store(payload),

      afterUnloadDocument({ documentName }) {
        sizes.delete(documentName);
        lastEditors.delete(documentName);
        unstored.forget(documentName);
        storedVectors.delete(documentName);
        return Promise.resolve();
      },
    },
    storeFailures: () => storeFailures,
    followed: () => unstored.size(),
  };
}
