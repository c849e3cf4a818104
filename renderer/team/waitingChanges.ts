/**
 * The edits made here, while a shared deal is connected, that the server has not stored yet
 * (the acknowledgement: shared/collab/storedAck.ts, docs/SERVER.md "Acknowledged means
 * stored"): each local change is remembered with this client's clock after it, and forgotten
 * once a stored vector reaches that clock. A deal not open counts its changes waiting from its
 * local log instead (teamStore.ts, `recount`).
 */
import * as Y from 'yjs';

export class WaitingChanges {
  private clocks: number[] = [];

  constructor(private readonly ydoc: Y.Doc) {}

  /** Call after a local change was applied to the Y.Doc. */
  noteLocalChange(): void {
    this.clocks.push(Y.getState(this.ydoc.store, this.ydoc.clientID));
  }

  /** Call with each stored state vector from the server. */
  noteStored(vector: ReadonlyMap<number, number>): void {
    const stored = vector.get(this.ydoc.clientID) ?? 0;
    this.clocks = this.clocks.filter((clock) => clock > stored);
  }

  count(): number {
    return this.clocks.length;
  }
}
