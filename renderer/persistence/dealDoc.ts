/**
 * A deal's Y.Doc kept in the local database (issue 11: every deal, shared or not, is a Yjs
 * document stored locally; docs/COLLAB_MODEL.md "Stored on a laptop").
 *
 * Storage is the deal's Y update log in the `dealDocs` table: every update applied to the
 * Y.Doc, whoever applied it (the editor, a server provider, a restore), is appended as one
 * row, and past `compactAfter` rows the log is replaced by one row holding the whole state.
 * The Y.Doc is all the rows applied, in any order (Yjs updates commute and repeat safely).
 *
 * Other windows of this browser profile stay in step through a BroadcastChannel that
 * carries the Y updates themselves; the window that made an update writes it, the others
 * only apply it. The database stays the truth: a window that missed a message reads the
 * log when it opens the deal, and it listens before it reads, so nothing falls between.
 *
 * The interface for a server provider (the HocuspocusProvider takes `document: handle.ydoc`):
 * whatever the provider applies is written here like any other update; this module neither
 * knows nor cares where updates come from.
 */
import * as Y from 'yjs';
import type { PowermapDatabase } from './db';
import type { DealSummary } from './schema';

/** The origin of updates read from the database (not written again, not broadcast). */
export const STORAGE_ORIGIN: object = Object.freeze({ powermapStorage: true });

/** Log rows past which a write compacts the log into one row. */
export const COMPACT_AFTER = 100;

export const DOC_CHANNEL_NAME = 'powermap-deal-docs';

/**
 * Computes the library's summary row inside the write's transaction, from the stored one
 * (undefined for a deal not yet in the library); undefined leaves the stored row as it is.
 */
export type SummaryUpdate = (stored: DealSummary | undefined) => DealSummary | undefined;

export interface DealDocHandle {
  readonly dealId: string;
  /** The deal's Y.Doc (guid = deal id). Give it to a provider as its `document`. */
  readonly ydoc: Y.Doc;
  /** False when the database held nothing for this deal: the Y.Doc starts empty. */
  readonly existed: boolean;
  /** Log rows that could not be applied when the deal was read: kept in the database, never deleted. */
  readonly damagedRows: number;
  /**
   * The origin of updates that came from another window of this app (already written by
   * it): a listener that follows remote changes may tell them apart.
   */
  readonly windowOrigin: object;
  /**
   * Resolves once every update applied so far (and the summary given) is written; rejects
   * with the database's error when a write fails. Failed updates stay pending, never
   * dropped: the next update or call writes them again.
   */
  whenPersisted(): Promise<void>;
  /** Updates applied to the Y.Doc and not yet written to the local database. */
  pendingLocalUpdates(): number;
  /** The summary row to write with the next write (the library's line for the deal). */
  setSummary(update: SummaryUpdate): void;
  /** Writes what is pending, stops listening and destroys the Y.Doc. */
  close(): Promise<void>;
}

export interface OpenDealDocOptions {
  /** The channel's name (default `powermap-deal-docs`); null for none (tests, a single window). */
  readonly channelName?: string | null;
  /** Log rows past which a write compacts (default COMPACT_AFTER). */
  readonly compactAfter?: number;
  /** Told after each committed write (the app tells the library list of other windows). */
  readonly onWritten?: (dealId: string) => void;
}

interface UpdateMessage {
  readonly type: 'update';
  readonly dealId: string;
  readonly update: Uint8Array;
  readonly writer: string;
}

function isUpdateMessage(value: unknown): value is UpdateMessage {
  if (value === null || typeof value !== 'object') return false;
  const message = value as Record<string, unknown>;
  return (
    message['type'] === 'update' &&
    typeof message['dealId'] === 'string' &&
    typeof message['writer'] === 'string' &&
    message['update'] instanceof Uint8Array
  );
}

/**
 * Applies stored log rows to a Y.Doc in one transaction; returns the keys of the rows
 * applied and how many could not be (a damaged row is skipped and left in the database).
 */
export function applyLogRows(
  ydoc: Y.Doc,
  rows: readonly { seq?: number; update: unknown }[],
): { applied: number[]; damaged: number } {
  const applied: number[] = [];
  let damaged = 0;
  ydoc.transact(() => {
    for (const row of rows) {
      try {
        if (!(row.update instanceof Uint8Array)) throw new Error('not an update');
        Y.applyUpdate(ydoc, row.update, STORAGE_ORIGIN);
        if (row.seq !== undefined) applied.push(row.seq);
      } catch {
        damaged += 1;
      }
    }
  }, STORAGE_ORIGIN);
  return { applied, damaged };
}

/** Whether the database holds a Y.Doc for this deal. */
export async function hasDealDoc(db: PowermapDatabase, dealId: string): Promise<boolean> {
  return (await db.dealDocs.where('dealId').equals(dealId).count()) > 0;
}

/**
 * A deal's log as it stands, without opening its Y.Doc: the library counts a shared deal's
 * changes waiting from it (team/teamStore.ts). Rows that are not updates are left out: they
 * are never applied, so nothing of them can wait for a server.
 */
export async function readDealLog(db: PowermapDatabase, dealId: string): Promise<Uint8Array[]> {
  const rows = await db.dealDocs.where('dealId').equals(dealId).toArray();
  return rows.map((row): unknown => row.update).filter((update) => update instanceof Uint8Array);
}

/** Opens a deal's Y.Doc: listens to other windows, then reads the log. */
export async function openDealDoc(
  db: PowermapDatabase,
  dealId: string,
  options: OpenDealDocOptions = {},
): Promise<DealDocHandle> {
  const doc = new StoredDealDoc(db, dealId, options);
  try {
    await doc.load();
  } catch (error) {
    doc.dispose();
    throw error;
  }
  return doc;
}

const writerIds = { next: 0 };

class StoredDealDoc implements DealDocHandle {
  readonly ydoc: Y.Doc;
  readonly windowOrigin: object = Object.freeze({ powermapWindow: true });
  existed = false;
  damagedRows = 0;
  private readonly writer = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${writerIds.next++}`;
  private readonly channel: BroadcastChannel | null;
  private readonly compactAfter: number;
  private pending: Uint8Array[] = [];
  private summary: SummaryUpdate | null = null;
  private inFlight: Promise<void> | null = null;
  private scheduled: ReturnType<typeof setTimeout> | null = null;
  private logRows = 0;
  private closed = false;

  constructor(
    private readonly db: PowermapDatabase,
    readonly dealId: string,
    private readonly options: OpenDealDocOptions,
  ) {
    this.ydoc = new Y.Doc({ guid: dealId });
    this.compactAfter = options.compactAfter ?? COMPACT_AFTER;
    const name = options.channelName === undefined ? DOC_CHANNEL_NAME : options.channelName;
    this.channel = name !== null && typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : null;
    if (this.channel) this.channel.onmessage = (event: { data: unknown }) => this.receive(event.data);
    this.ydoc.on('update', this.onUpdate);
  }

  async load(): Promise<void> {
    const rows = await this.db.dealDocs.where('dealId').equals(this.dealId).toArray();
    const { damaged } = applyLogRows(this.ydoc, rows);
    this.existed = rows.length > 0;
    this.damagedRows = damaged;
    this.logRows = rows.length;
  }

  pendingLocalUpdates(): number {
    return this.pending.length;
  }

  setSummary(update: SummaryUpdate): void {
    this.summary = update;
    this.schedule();
  }

  async whenPersisted(): Promise<void> {
    this.cancelScheduled();
    while (this.inFlight || this.pending.length > 0 || this.summary) {
      if (!this.inFlight) this.inFlight = this.write().finally(() => (this.inFlight = null));
      await this.inFlight;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    try {
      await this.whenPersisted();
    } finally {
      this.dispose();
    }
  }

  dispose(): void {
    this.closed = true;
    this.cancelScheduled();
    this.channel?.close();
    this.ydoc.off('update', this.onUpdate);
    this.ydoc.destroy();
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === STORAGE_ORIGIN || origin === this.windowOrigin) return;
    this.pending.push(update);
    this.post(update);
    this.schedule();
  };

  private post(update: Uint8Array): void {
    try {
      this.channel?.postMessage({ type: 'update', dealId: this.dealId, update, writer: this.writer });
    } catch {
      // Other windows miss this update; they read it from the database when they open the deal.
    }
  }

  private receive(data: unknown): void {
    if (!isUpdateMessage(data) || data.dealId !== this.dealId || data.writer === this.writer) return;
    try {
      Y.applyUpdate(this.ydoc, data.update, this.windowOrigin);
    } catch {
      // A damaged message: the update is in the database, read when the deal is opened again.
    }
  }

  /**
   * Writes in a macrotask, so that a caller who sets the summary right after an update (the
   * autosaver, in a microtask) writes both in one transaction.
   */
  private schedule(): void {
    if (this.scheduled || this.closed) return;
    this.scheduled = setTimeout(() => {
      this.scheduled = null;
      // A failed write keeps its updates pending; the status is the caller's (whenPersisted).
      this.whenPersisted().catch(() => undefined);
    }, 0);
  }

  private cancelScheduled(): void {
    if (this.scheduled) clearTimeout(this.scheduled);
    this.scheduled = null;
  }

  private async write(): Promise<void> {
    const batch = this.pending;
    const summary = this.summary;
    this.pending = [];
    this.summary = null;
    const { db, dealId } = this;
    try {
      await db.transaction('rw', db.dealDocs, db.deals, async () => {
        if (batch.length > 0) {
          await db.dealDocs.add({ dealId, update: batch.length === 1 ? batch[0]! : Y.mergeUpdates(batch) });
          this.logRows += 1;
        }
        if (summary) {
          const row = summary(await db.deals.get(dealId));
          if (row) await db.deals.put(row);
        }
        if (this.logRows > this.compactAfter) await this.compact();
      });
    } catch (error) {
      this.pending = [...batch, ...this.pending];
      this.summary ??= summary;
      throw error;
    }
    this.options.onWritten?.(dealId);
  }

  /**
   * Inside the write's transaction: every row of the log (other windows' too) applied to
   * this Y.Doc, then replaced by one row of its whole state. Damaged rows stay.
   */
  private async compact(): Promise<void> {
    const rows = await this.db.dealDocs.where('dealId').equals(this.dealId).toArray();
    const { applied, damaged } = applyLogRows(this.ydoc, rows);
    await this.db.dealDocs.bulkDelete(applied);
    await this.db.dealDocs.add({ dealId: this.dealId, update: Y.encodeStateAsUpdate(this.ydoc) });
    this.logRows = 1 + damaged;
  }
}
