/**
 * Saving as the user works (PRODUCT.md section 5: a crash loses at most the last second).
 *
 * Every change the editor reports is written at once, with no debounce. One write runs at a
 * time: changes that arrive meanwhile are merged (`mergeChanges`) and written as soon as it
 * ends, so no change waits for more than the write in flight. What-if changes (`tentative`)
 * are never written; keeping a what-if reports its changes again, not tentative.
 *
 * A failed write (disk full, database blocked by another window, any Dexie error) keeps its
 * changes queued, merged with any newer ones, never dropped; the status says what went
 * wrong, and the next change or `retry()` writes them again.
 *
 * Power cuts. The browser commits IndexedDB writes "relaxed" by default: handed to the
 * operating system, which may hold them in memory for many seconds. Forcing every edit to
 * the disk would double its save time, so instead, at most `CHECKPOINT_DELAY_MS` after a
 * write, the target's `checkpoint` commits one strict transaction: the database's log is
 * sequential, so flushing it flushes every relaxed write before it too.
 */
import type { PowermapDocument } from '../../shared/document';
import { mergeChanges, type ChangeSet } from '../editor/changeSet';
import type { ChangeOrigin, DocumentListener } from '../editor/store';
import { Subscriptions } from '../editor/subscriptions';
import { classifyStorageError, type StorageErrorKind } from './errors';
import type { SummaryInput } from './repository';

export type SaveStatus =
  | { readonly state: 'saved' }
  | { readonly state: 'saving' }
  /** `kind` is worded by the UI; `message` is the technical detail. */
  | { readonly state: 'error'; readonly kind: StorageErrorKind; readonly message: string };

/** Where changes come from: the EditorStore. */
export interface ChangeSource {
  onDocumentChange(listener: DocumentListener): () => void;
}

/** Where they go: the open deal's Y.Doc (./editorLink.ts). */
export interface SaveTarget {
  /**
   * Takes a change in at once, synchronously, before any other change can come between
   * (the open deal's Y.Doc); the write to the disk follows in `saveChanges`. A throw is a
   * failed save: the status says so, and `saveChanges` must then take the change in itself.
   */
  stage?(doc: PowermapDocument, previous: PowermapDocument, origin: ChangeOrigin): void;
  saveChanges(doc: PowermapDocument, changes: ChangeSet, summary?: SummaryInput): Promise<unknown>;
  /** Forces everything written so far onto the disk (a strict commit). */
  checkpoint?(dealId: string): Promise<void>;
}

/** How long a written edit may wait to be forced to disk: within the second PRODUCT.md allows, with room for the write. */
export const CHECKPOINT_DELAY_MS = 500;

export interface AutoSaverOptions {
  /** The summary the app already has for this document (its live analysis), sparing the repository one. */
  readonly summary?: (doc: PowermapDocument) => SummaryInput | undefined;
}

interface Pending {
  readonly doc: PowermapDocument;
  readonly changes: ChangeSet;
  /** Time spent taking its changes into the target (`stage`), in ms. */
  readonly staged: number;
}

/**
 * The name of the performance measure of each write: the time the save of an edit takes,
 * taking it into the target (`stage`, synchronous, at the edit) plus writing it (from the
 * write's start to its commit). The page's render of the edit, which runs between the two,
 * is the editor's cost, not the save's, and is left out (as it always was).
 */
export const SAVE_MEASURE = 'powermap:save';

const SAVED: SaveStatus = { state: 'saved' };
const SAVING: SaveStatus = { state: 'saving' };

export class AutoSaver {
  /** Changes not yet written, by deal (one deal in practice), oldest first. */
  private readonly queue = new Map<string, Pending>();
  private writing = false;
  private scheduled = false;
  private status: SaveStatus = SAVED;
  private readonly listeners = new Subscriptions<() => void>();
  /** The open attachments; the source is listened to once while any is open. */
  private readonly attachments = new Subscriptions<DocumentListener>();
  private listening: (() => void) | null = null;
  /** `flush()` and `retry()` callers, told when the queue empties (true) or a write fails (false). */
  private waiters: ((written: boolean) => void)[] = [];
  /** The pending checkpoint, by deal. */
  private readonly checkpoints = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly source: ChangeSource,
    private readonly target: SaveTarget,
    private readonly options: AutoSaverOptions = {},
  ) {}

  /**
   * Starts saving the source's changes; returns the handle that ends this attachment only.
   * Attaching again (React StrictMode mounts twice) never makes an earlier handle end the
   * later one, and a change is saved once however many attachments are open.
   */
  attach(): () => void {
    const close = this.attachments.add(this.onDocumentChange);
    this.listening ??= this.source.onDocumentChange(this.onDocumentChange);
    let open = true;
    return () => {
      if (!open) return;
      open = false;
      close();
      if (this.attachments.size === 0) {
        this.listening?.();
        this.listening = null;
      }
    };
  }

  getStatus = (): SaveStatus => this.status;

  subscribe = (listener: () => void): (() => void) => this.listeners.add(listener);

  /** Whether some change is not yet written (queued, in flight, or failed). */
  hasPending(): boolean {
    return this.writing || this.queue.size > 0;
  }

  /**
   * Resolves once everything queued so far is written: true, or false when a write failed
   * (the changes stay queued and the status says why). Starts a write if none is running,
   * so after a failure it is also a retry. Never rejects.
   */
  flush(): Promise<boolean> {
    if (!this.hasPending()) return Promise.resolve(true);
    const done = new Promise<boolean>((resolve) => this.waiters.push(resolve));
    this.schedule();
    return done;
  }

  /** Writes the failed changes again (the UI's retry button). */
  retry(): Promise<boolean> {
    return this.flush();
  }

  private readonly onDocumentChange: DocumentListener = (doc, changes, origin, tentative, previous) => {
    if (tentative) return;
    // "Saved" means on disk: from the moment a change is known until its write commits, it is not.
    this.setStatus(SAVING);
    const started = performance.now();
    try {
      this.target.stage?.(doc, previous, origin);
    } catch (error) {
      // The write in `saveChanges` takes the change in; until it does, the status says why not.
      const { kind, message } = classifyStorageError(error);
      this.setStatus({ state: 'error', kind, message });
    }
    this.enqueue(doc, changes, performance.now() - started);
    this.schedule();
  };

  private enqueue(doc: PowermapDocument, changes: ChangeSet, staged: number): void {
    const dealId = doc.deal.id;
    const earlier = this.queue.get(dealId);
    this.queue.set(dealId, {
      doc,
      changes: earlier ? mergeChanges(earlier.changes, changes) : changes,
      staged: (earlier?.staged ?? 0) + staged,
    });
  }

  /** Starts writing in a microtask, so the changes of one synchronous burst go in one write. */
  private schedule(): void {
    if (this.scheduled || this.writing) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      void this.pump();
    });
  }

  private async pump(): Promise<void> {
    if (this.writing) return;
    this.writing = true;
    try {
      for (let next = this.queue.entries().next(); !next.done; next = this.queue.entries().next()) {
        const [dealId, job] = next.value;
        this.queue.delete(dealId);
        this.setStatus(SAVING);
        const started = performance.now();
        try {
          await this.target.saveChanges(job.doc, job.changes, this.options.summary?.(job.doc));
          // Visible in the browser's performance timeline, and read by the benchmarks.
          performance.measure(SAVE_MEASURE, { start: started - job.staged, end: performance.now() });
          this.scheduleCheckpoint(dealId);
        } catch (error) {
          this.requeue(dealId, job);
          const { kind, message } = classifyStorageError(error);
          this.setStatus({ state: 'error', kind, message });
          this.settle(false);
          return;
        }
      }
      this.setStatus(SAVED);
      this.settle(true);
    } finally {
      this.writing = false;
    }
  }

  /** One checkpoint at most per deal in flight: the first write after one starts the clock. */
  private scheduleCheckpoint(dealId: string): void {
    const checkpoint = this.target.checkpoint?.bind(this.target);
    if (!checkpoint || this.checkpoints.has(dealId)) return;
    const timer = setTimeout(() => {
      this.checkpoints.delete(dealId);
      // A failed checkpoint loses nothing that was written; the next write schedules another.
      checkpoint(dealId).catch(() => undefined);
    }, CHECKPOINT_DELAY_MS);
    this.checkpoints.set(dealId, timer);
  }

  /** Puts a failed write back in front of the queue, merged with what arrived during it. */
  private requeue(dealId: string, failed: Pending): void {
    const newer = this.queue.get(dealId);
    const merged: Pending = newer
      ? { doc: newer.doc, changes: mergeChanges(failed.changes, newer.changes), staged: failed.staged + newer.staged }
      : failed;
    const rest = [...this.queue].filter(([id]) => id !== dealId);
    this.queue.clear();
    this.queue.set(dealId, merged);
    for (const [id, pending] of rest) this.queue.set(id, pending);
  }

  private settle(written: boolean): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve(written);
  }

  private setStatus(status: SaveStatus): void {
    if (status === this.status) return;
    this.status = status;
    for (const listener of this.listeners.list()) listener();
  }
}
