/**
 * The server's store acknowledgement as the app reads it (the server's side and the rule are
 * in server/collab/storedAck.ts and docs/SERVER.md, "Acknowledged means stored"): after every
 * store the server sends `{"type":"powermap:stored","stateVector":<base64>}`, and an edit is
 * safe on the server once its client's clock in that vector is above it. The renderer cannot
 * import server code, so the message's reading is repeated here, in browser terms (atob).
 */
import * as Y from 'yjs';

const STORED_MESSAGE_TYPE = 'powermap:stored';

/** The stored state vector a stateless payload carries, or undefined for other messages. */
export function readStoredVector(payload: string): Map<number, number> | undefined {
  try {
    const message = JSON.parse(payload) as { type?: unknown; stateVector?: unknown };
    if (message.type !== STORED_MESSAGE_TYPE || typeof message.stateVector !== 'string') return undefined;
    const bytes = Uint8Array.from(atob(message.stateVector), (char) => char.charCodeAt(0));
    return Y.decodeStateVector(bytes);
  } catch {
    return undefined;
  }
}

/**
 * The edits made here that the server has not stored yet: each local change is remembered
 * with this client's clock after it, and forgotten once a stored vector reaches that clock.
 */
export class WaitingChanges {
  private clocks: number[] = [];

  constructor(private readonly ydoc: Y.Doc) {}

  /** Call after a local change was applied to the Y.Doc. */
  noteLocalChange(): void {
    this.clocks.push(Y.getState(this.ydoc.store, this.ydoc.clientID));
  }

  /** Call with each stored state vector from the server. */
  noteStored(vector: Map<number, number>): void {
    const stored = vector.get(this.ydoc.clientID) ?? 0;
    this.clocks = this.clocks.filter((clock) => clock > stored);
  }

  count(): number {
    return this.clocks.length;
  }
}
