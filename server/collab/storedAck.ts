/**
 * The acknowledgement of a store. Hocuspocus answers every update with a sync status once it
 * is applied in memory; that is not durable, because stores are debounced. After each
 * successful store the server sends every client of the deal a stateless message with the
 * state vector it stored. An edit is *acknowledged* when the stored state vector covers it:
 * its client's clock in the vector is above the edit's clock. A server killed after that
 * loses nothing of the edit.
 */
import * as Y from 'yjs';

export const STORED_MESSAGE_TYPE = 'powermap:stored';

export interface StoredMessage {
  type: typeof STORED_MESSAGE_TYPE;
  /** Y.encodeStateVector of the stored state, base64. */
  stateVector: string;
}

export function storedMessage(stateVector: Uint8Array): string {
  const message: StoredMessage = {
    type: STORED_MESSAGE_TYPE,
    stateVector: Buffer.from(stateVector).toString('base64'),
  };
  return JSON.stringify(message);
}

/** The stored state vector a stateless payload carries, or undefined for other messages. */
export function readStoredMessage(payload: string): Map<number, number> | undefined {
  try {
    const message = JSON.parse(payload) as Partial<StoredMessage>;
    if (message.type !== STORED_MESSAGE_TYPE || typeof message.stateVector !== 'string') return undefined;
    return Y.decodeStateVector(Buffer.from(message.stateVector, 'base64'));
  } catch {
    return undefined;
  }
}

/** Whether everything `doc` holds of its own client is inside the stored state vector. */
export function coversOwnEdits(stored: Map<number, number>, doc: Y.Doc): boolean {
  const own = Y.getState(doc.store, doc.clientID);
  return (stored.get(doc.clientID) ?? 0) >= own;
}
