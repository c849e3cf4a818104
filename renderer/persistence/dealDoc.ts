/**
 * A deal's Y.Doc kept in the local database (issue 11: every deal, shared or not, is a Yjs
 * document stored locally; docs/COLLAB_MODEL.md "Stored on a laptop").
 *
 * Storage is the deal's Y update log in the `dealDocs` table (./dealLog.ts): every update
 * applied to the Y.Doc, whoever applied it (the editor, a server provider, a restore), is
 * appended as one row, and past `compactAfter` rows the log is replaced by one row holding
 * the whole state.
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
import { Dexie } from 'dexie';
import * as Y from 'yjs';
import { compactedEdits } from '../../shared/collab/logEdits';
import type { PowermapDatabase } from './db';
import { appendRow, applyLogRows, hasDealDoc, loggedRows, STORAGE_ORIGIN } from './dealLog';
import type { DealSummary } from './schema';

/** Log rows past which a write compacts the log into one row. */
export const COMPACT_AFTER = 100;

export const DOC_CHANNEL_NAME = 'powermap-deal-docs';

/** The longest the summary row (and a compaction) waits for the page to be idle after an edit. */
export const SUMMARY_WITHIN_MS = 1000;

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
  /** The key of the newest log row read when the deal was opened (undefined: none). */
  readonly loadedSeq: number | undefined;
  /**
   * The origin of updates that came from another window of this app (already written by
   * it): a listener that follows remote changes may tell them apart.
   */
  readonly windowOrigin: object;
  /**
   * Starts writing the updates applied so far now, in a transaction of their own that is
   * committed at once (the editor calls it right after an edit, before the page renders it,
   * so the database commits the edit while the page draws). Otherwise updates are written
   * in a macrotask, those of one burst merged into one row.
   */
  persistNow(): void;
  /**
   * Resolves once every update applied so far is written; rejects with the database's error
   * when a write fails. Failed updates stay pending, never dropped: the next update or call
   * writes them again. The summary row follows later (`flush`).
   */
  whenPersisted(): Promise<void>;
  /** Updates applied to the Y.Doc and not yet written to the local database. */
  pendingLocalUpdates(): number;
  /**
   * The library's summary row for the deal: written after the updates it follows, when the
   * page is idle, the newest one only (earlier ones not yet written are dropped).
   */
  setSummary(update: SummaryUpdate): void;
  /** Writes everything pending: the updates, then the summary row and a compaction that is due. */
  flush(): Promise<void>;
  /** Writes what is pending (`flush`), stops listening and destroys the Y.Doc. */
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

/** Tries of a summary write whose stored row keeps changing under it (another window writing). */
const SUMMARY_TRIES = 3;

/**
 * Whether the library row is still the one read: there or not alike, and for a row the same
 * delete mark, log row and time (what a delete, restore, purge or other window's write changes).
 */
function sameLine(now: DealSummary | undefined, read: DealSummary | undefined): boolean {
  if (!now || !read) return now === read;
  return now.deletedAt === read.deletedAt && now.docSeq === read.docSeq && now.updatedAt === read.updatedAt;
}

/** Runs `task` when the page is idle, at the latest after SUMMARY_WITHIN_MS; returns the cancel. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: SUMMARY_WITHIN_MS });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 0);
  return () => clearTimeout(id);
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
  loadedSeq: number | undefined = undefined;
  private readonly writer = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${writerIds.next++}`;
  private readonly channel: BroadcastChannel | null;
  private readonly compactAfter: number;
  private pending: Uint8Array[] = [];
  /** Update writes sent and not yet completed (each its own transaction; rows commute). */
  private readonly inFlight = new Set<Promise<void>>();
  /** The key of the newest row this handle wrote. */
  private writtenSeq: number | undefined = undefined;
  private summary: SummaryUpdate | null = null;
  /** The summary write and compaction, one at a time, after the updates. */
  private background: Promise<void> | null = null;
  private scheduled: ReturnType<typeof setTimeout> | null = null;
  private cancelIdle: (() => void) | null = null;
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
    for (const row of rows) if (row.seq !== undefined) this.loadedSeq = Math.max(this.loadedSeq ?? row.seq, row.seq);
  }

  pendingLocalUpdates(): number {
    return this.pending.length;
  }

  persistNow(): void {
    this.cancelScheduled();
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    const write = this.append(batch);
    this.inFlight.add(write);
    // Whoever waits sees a failure (whenPersisted); the set forgets the write either way.
    write.finally(() => this.inFlight.delete(write)).catch(() => undefined);
  }

  setSummary(update: SummaryUpdate): void {
    this.summary = update;
    this.scheduleBackground();
  }

  async whenPersisted(): Promise<void> {
    this.persistNow();
    while (this.inFlight.size > 0) {
      await Promise.all([...this.inFlight]);
      this.persistNow();
    }
  }

  async flush(): Promise<void> {
    this.cancelBackground();
    await this.whenPersisted();
    if (this.background) await this.background;
    if (this.summary || this.logRows > this.compactAfter) await this.runBackground();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    try {
      await this.flush();
    } finally {
      this.dispose();
    }
  }

  dispose(): void {
    this.closed = true;
    this.cancelScheduled();
    this.cancelBackground();
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

  /** Writes the updates in a macrotask, so the updates of one burst (a provider's sync) go in one row. */
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

  private async append(batch: Uint8Array[]): Promise<void> {
    const update = batch.length === 1 ? batch[0]! : Y.mergeUpdates(batch);
    let seq: number;
    try {
      seq = await appendRow(this.db, { dealId: this.dealId, update });
    } catch (error) {
      this.pending = [...batch, ...this.pending];
      throw error;
    }
    this.writtenSeq = Math.max(this.writtenSeq ?? seq, seq);
    this.logRows += 1;
    if (this.logRows > this.compactAfter) this.scheduleBackground();
  }

  /** The summary row and a compaction, when the page is idle. */
  private scheduleBackground(): void {
    if (this.cancelIdle || this.closed) return;
    this.cancelIdle = whenIdle(() => {
      this.cancelIdle = null;
      // A failed summary write stays pending for the next; a crash before it is repaired at the next open.
      this.runBackground().catch(() => undefined);
    });
  }

  private cancelBackground(): void {
    this.cancelIdle?.();
    this.cancelIdle = null;
  }

  private runBackground(): Promise<void> {
    this.background ??= this.writeBackground().finally(() => (this.background = null));
    return this.background;
  }

  private async writeBackground(): Promise<void> {
    // The summary row never runs ahead of the updates it sums up.
    await this.whenPersisted();
    const summary = this.summary;
    this.summary = null;
    if (summary) {
      try {
        await this.writeSummary(summary);
      } catch (error) {
        this.summary ??= summary;
        throw error;
      }
    }
    if (this.logRows > this.compactAfter) await this.compact();
  }

  /**
   * The summary row, marked with the newest row this handle wrote (`docSeq`). Made from the
   * stored row outside any transaction (the page may take a while over it, and a transaction
   * waiting for the page would hold up the next edit's write), then written only if the
   * stored row is still the one it was made from: a delete, restore or purge made in another
   * window meanwhile is never undone. Made again from the newer row, a few times at most.
   */
  private async writeSummary(summary: SummaryUpdate): Promise<void> {
    const { db, dealId } = this;
    const docSeq = this.writtenSeq ?? this.loadedSeq;
    for (let attempt = 0; attempt < SUMMARY_TRIES; attempt++) {
      const read = await db.deals.get(dealId);
      const row = summary(read);
      if (!row) return;
      const line = docSeq === undefined ? row : { ...row, docSeq };
      const outcome = await Dexie.ignoreTransaction(() =>
        db.transaction('rw', db.deals, db.dealDocs, async () => {
          const now = await db.deals.get(dealId);
          if (!sameLine(now, read)) return 'changed';
          // No line and no log: the deal was purged before this write was made; it stays gone.
          if (!now && !(await hasDealDoc(db, dealId))) return 'gone';
          await db.deals.put(line);
          return 'written';
        }),
      );
      if (outcome === 'gone') return;
      if (outcome === 'written') {
        this.options.onWritten?.(dealId);
        return;
      }
    }
    throw new Error(
      `the library row of deal ${dealId} changed under each of ${SUMMARY_TRIES} writes; kept for the next`,
    );
  }

  /**
   * In a transaction of its own: every row of the log (other windows' too) applied to this
   * Y.Doc, then replaced by one row of its whole state, which keeps the ends of the edits it
   * merged (shared/collab/logEdits.ts). Damaged rows stay. A summary row that was current
   * stays current: it now stands for the new row. A log that is gone (the deal purged in
   * another window, or its copy removed from a user no longer a member) is not written again.
   */
  private async compact(): Promise<void> {
    const { db, dealId } = this;
    await db.transaction('rw', db.dealDocs, db.deals, async () => {
      const rows = await db.dealDocs.where('dealId').equals(dealId).toArray();
      if (rows.length === 0) {
        this.logRows = 0;
        return;
      }
      const { applied, damaged } = applyLogRows(this.ydoc, rows);
      // Edits not yet written are in the state too; their own summary is still to come.
      const settled = this.pending.length === 0 && this.inFlight.size === 0 && this.summary === null;
      const merged = new Set(applied);
      const edits = compactedEdits(loggedRows(rows.filter((row) => row.seq !== undefined && merged.has(row.seq))));
      await db.dealDocs.bulkDelete(applied);
      const seq = await db.dealDocs.add({ dealId, update: Y.encodeStateAsUpdate(this.ydoc), edits });
      const line = await db.deals.get(dealId);
      if (settled && line?.docSeq !== undefined && applied.every((key) => key <= line.docSeq!)) {
        await db.deals.put({ ...line, docSeq: seq });
      }
      this.logRows = 1 + damaged;
      // The new row holds everything this handle wrote: a summary written later stands for it.
      this.writtenSeq = seq;
    });
  }
}
