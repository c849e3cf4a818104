/**
 * The documents' side of the collaboration server: each shared deal's Y.Doc loaded from our
 * database, its size followed against the limit, its updates appended at each store and
 * compacted now and then (unstoredUpdates.ts, store/documents.ts), the stored state vector
 * sent to every client (shared/collab/storedAck.ts), and the document hooks called when a
 * document is loaded (the team's model, firstDocumentModel.ts) and after each store
 * (summaries). The store hook never throws (a throwing hook leaves the document in memory for
 * good): a failed store is logged, counted and scheduled again, which also keeps the unstored
 * document loaded until it is stored.
 *
 * Here the hooks are put together; the load is in documentLoad.ts, the store in storeDocument.ts,
 * and what they keep about each loaded deal in loadedDeals.ts.
 */
import {
  IncomingMessage,
  MessageType,
  shouldSkipStoreHooks,
  type beforeHandleMessagePayload,
  type Extension,
  type onChangePayload,
} from '@hocuspocus/server';
import { storedMessage } from '../../shared/collab/storedAck';
import type { ConnectionContext } from './access';
import type { CollabLimits } from './limits';
import { documentLoader } from './documentLoad';
import { forgetDeal, loadedDeals, type LoadedDeals } from './loadedDeals';
import { documentStorer, type DocumentStorerOptions } from './storeDocument';
import { RELAYED_STORE_BYTES } from './unstoredUpdates';

/** What the storage needs: the same as the store (the load uses its database and hooks). */
export type DocumentStorageOptions = DocumentStorerOptions;

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
  const deals = loadedDeals();
  const storer = documentStorer(options, deals);
  const { limits } = options;

  return {
    hooks: {
      onLoadDocument: documentLoader(options.db, options.hooks, deals),

      connected({ documentName, connection }) {
        // What is already stored, so a client with nothing new to send learns its edits are safe
        // (the app's library counts a deal's changes waiting against it, team/waitingChanges.ts).
        const vector = deals.storedVectors.get(documentName);
        if (vector) connection.sendStateless(storedMessage(vector));
        return Promise.resolve();
      },

      beforeHandleMessage: (payload) => checkSize(payload, deals, limits),

      onChange(payload) {
        followChange(payload, deals);
        return Promise.resolve();
      },

      onStoreDocument: (payload) => storer.store(payload),

      afterUnloadDocument({ documentName }) {
        forgetDeal(deals, documentName);
        return Promise.resolve();
      },
    },
    storeFailures: () => storer.failures(),
    followed: () => deals.unstored.size(),
  };
}

/** Refuses an update that would take the deal over the size limit. */
function checkSize(
  { update, documentName, connection }: beforeHandleMessagePayload<ConnectionContext>,
  { sizes }: LoadedDeals,
  limits: CollabLimits,
): Promise<void> {
  // Only document updates count against the size; presence (awareness) messages do not.
  if (connection.readOnly || !isSyncMessage(update)) return Promise.resolve();
  const size = (sizes.get(documentName) ?? 0) + update.byteLength;
  // Rejecting drops the message; Hocuspocus then closes this connection to the deal.
  if (size > limits.maxDocumentBytes) return Promise.reject(new Error('document-too-large'));
  return Promise.resolve();
}

/** Counts a change against the deal's size and notes its editor; stores a relayed deal's pile of changes. */
function followChange(
  { documentName, document, update, context, transactionOrigin, instance }: onChangePayload<ConnectionContext>,
  { sizes, unstored, lastEditors }: LoadedDeals,
): void {
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
}
