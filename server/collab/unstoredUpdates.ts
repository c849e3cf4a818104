/**
 * What each loaded deal has not stored yet, kept as the Yjs updates its document emitted since
 * its last store, so a store appends only those (store/documents.ts) instead of encoding the
 * whole document (issue 11). Also how much the deal has appended since its base was compacted,
 * to decide when to compact.
 *
 * Every change to a document goes through a Yjs transaction that emits its update, so the
 * updates followed from the moment the stored state was applied add up to everything the
 * document holds beyond the database. Updates relayed from other processes are kept too: the
 * state vector sent as the acknowledgement covers them, so they must be stored by whoever
 * sends it.
 */
import * as Y from 'yjs';
import type { LoadedDocument } from '../store/documents';

/** Unstored bytes beyond which a deal whose changes only arrive from other processes is stored anyway. */
export const RELAYED_STORE_BYTES = 256 * 1024;

interface DealLog {
  document: Y.Doc;
  pending: Uint8Array[];
  pendingBytes: number;
  /** Appended rows not yet folded into the base, as far as this process knows. */
  updates: number;
  updateBytes: number;
  baseBytes: number;
}

/** What a store takes: the update to append (none when nothing is new) and the state vector it covers. */
export interface TakenUpdates {
  update: Uint8Array | undefined;
  stateVector: Uint8Array;
  /** Puts the update back, before anything emitted since, when the store failed. */
  putBack(): void;
}

export class UnstoredUpdates {
  private readonly deals = new Map<string, DealLog>();

  /**
   * Follows `document` from now on; call it right after the stored state was applied.
   * `hadContent`: the document held something before the stored state was applied (another
   * extension's load), which is then unstored as a whole.
   */
  follow(dealId: string, document: Y.Doc, loaded: LoadedDocument | undefined, hadContent: boolean): void {
    const initial = hadContent ? [Y.encodeStateAsUpdate(document)] : [];
    const log: DealLog = {
      document,
      pending: initial,
      pendingBytes: initial.reduce((sum, update) => sum + update.byteLength, 0),
      updates: loaded?.updates ?? 0,
      updateBytes: loaded?.updateBytes ?? 0,
      baseBytes: loaded?.baseBytes ?? 0,
    };
    document.on('update', (update: Uint8Array) => {
      log.pending.push(update);
      log.pendingBytes += update.byteLength;
    });
    this.deals.set(dealId, log);
  }

  /** Unstored bytes of the deal's document. */
  pendingBytes(dealId: string): number {
    return this.deals.get(dealId)?.pendingBytes ?? 0;
  }

  /** Takes what `document` has not stored, as one update, with the state vector that covers it. */
  take(dealId: string, document: Y.Doc): TakenUpdates {
    const stateVector = Y.encodeStateVector(document);
    const log = this.deals.get(dealId);
    if (!log || log.document !== document) {
      // Not followed (a copy no longer the loaded one): its whole state, which is always right.
      return { update: Y.encodeStateAsUpdate(document), stateVector, putBack: () => undefined };
    }
    const { pending, pendingBytes } = log;
    log.pending = [];
    log.pendingBytes = 0;
    const update = pending.length === 0 ? undefined : pending.length === 1 ? pending[0] : Y.mergeUpdates(pending);
    return {
      update,
      stateVector,
      putBack() {
        if (!update) return;
        log.pending.unshift(update);
        log.pendingBytes += pendingBytes;
      },
    };
  }

  appended(dealId: string, update: Uint8Array): void {
    const log = this.deals.get(dealId);
    if (!log) return;
    log.updates += 1;
    log.updateBytes += update.byteLength;
  }

  /** Whether the deal's appended updates should be folded into its base now. */
  compactionDue(dealId: string, options: { afterUpdates: number; unloading: boolean }): boolean {
    const log = this.deals.get(dealId);
    if (!log || log.updates === 0) return false;
    return (
      options.unloading || log.updates >= options.afterUpdates || log.updateBytes > Math.max(log.baseBytes, 64 * 1024)
    );
  }

  compacted(dealId: string, baseBytes: number): void {
    const log = this.deals.get(dealId);
    if (!log) return;
    log.updates = 0;
    log.updateBytes = 0;
    log.baseBytes = baseBytes;
  }

  /** Stops following the deal once its document is gone (not a copy loaded again since). */
  forget(dealId: string): void {
    if (this.deals.get(dealId)?.document.isDestroyed) this.deals.delete(dealId);
  }

  /** Deals followed (for tests: back to 0 once every document is unloaded). */
  size(): number {
    return this.deals.size;
  }
}
