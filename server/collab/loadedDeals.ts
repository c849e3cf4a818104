/**
 * What the collaboration server keeps about each loaded deal between its hooks (documentStorage.ts):
 * its size against the limit, its latest local editor, what it has not stored yet and the state
 * vector it last had stored. All of it is dropped when the document unloads.
 */
import { UnstoredUpdates } from './unstoredUpdates';

export interface LoadedDeals {
  /** Approximate byte size of each loaded document: its stored state plus the updates since. */
  readonly sizes: Map<string, number>;
  /** The account name of each loaded deal's latest local editor, for its summary's last change. */
  readonly lastEditors: Map<string, string>;
  /** What each loaded deal has not stored yet, and has appended since its last compaction. */
  readonly unstored: UnstoredUpdates;
  /** The state vector each loaded deal last had stored (loaded or written here): sent to every client that connects. */
  readonly storedVectors: Map<string, Uint8Array>;
}

export function loadedDeals(): LoadedDeals {
  return {
    sizes: new Map(),
    lastEditors: new Map(),
    unstored: new UnstoredUpdates(),
    storedVectors: new Map(),
  };
}

/** Forgets an unloaded deal. */
export function forgetDeal(deals: LoadedDeals, documentName: string): void {
  deals.sizes.delete(documentName);
  deals.lastEditors.delete(documentName);
  deals.unstored.forget(documentName);
  deals.storedVectors.delete(documentName);
}
