/**
 * The one path between the editor and an open deal's Y.Doc (issue 11): shared or not, online
 * or not, the editor works the same way.
 *
 * - Out: each change made in the editor is applied to the Y.Doc at once, synchronously,
 *   with `applyDocumentToYDoc(ydoc, next, actor, { previous })` (only the change's own
 *   fields are written, with its trail entries, under the actor's origin), and the handle
 *   sends it to the local database at once, in a transaction of its own; the library's
 *   summary row follows when the page is idle (./dealDoc.ts). The autosaver (./autosave.ts) drives this as its `SaveTarget`, and says
 *   "saving", "saved" or what went wrong.
 * - In: any update to the Y.Doc that this link did not apply (another window, a server
 *   provider, a restore) reaches the editor as a remote change: the Y.Doc is read with
 *   `readDealFromYDoc` (validated; damaged parts set aside and reported, never a crash) and
 *   given to `store.applyRemote`, which is not an undo step and keeps the undo history.
 *   Reads are batched per microtask; during a what-if they wait for it to end.
 * - Undo and redo after a remote change: the step's two documents are written like an edit
 *   (only the step's fields change in the Y.Doc), then the document is read back from the
 *   Y.Doc, so the remote change stays.
 */
import * as Y from 'yjs';
import { analyze } from '../../shared/analysis';
import { readDealFromYDoc, type DealRead } from '../../shared/collab/read';
import { originOf, rootsOf, type Actor } from '../../shared/collab/shape';
import { applyDocumentToYDoc } from '../../shared/collab/write';
import type { PowermapDocument } from '../../shared/document';
import type { ChangeSet } from '../editor/changeSet';
import type { ChangeOrigin, EditorStore } from '../editor/store';
import type { SaveTarget } from './autosave';
import type { DealDocHandle } from './dealDoc';
import type { SummaryInput } from './repository';
import { editSummary } from './summary';

export type RemoteRead = Extract<DealRead, { ok: true }>;

export interface EditorLinkOptions {
  /** Who makes this editor's changes (read at each change: the own name may be given later). */
  readonly actor: () => Actor;
  readonly now?: () => Date;
  /** Forces the writes so far onto the disk (the repository's strict checkpoint). */
  readonly checkpoint?: (dealId: string) => Promise<void>;
  /**
   * Told after remote changes reached the editor, with what was read (set-aside parts
   * included); `fromWindow` when one of them came from another window of this app.
   */
  readonly onRemote?: (read: RemoteRead, fromWindow: boolean) => void;
  /** Told when the Y.Doc could not be read at all (a newer format): the editor keeps its document. */
  readonly onUnreadable?: (read: Extract<DealRead, { ok: false }>) => void;
}

export class EditorLink implements SaveTarget {
  /** True while this link applies the editor's change: the Y.Doc's updates then are not remote. */
  private applying = false;
  /** A change whose staging failed: `saveChanges` writes the whole document instead. */
  private unstaged = false;
  private remoteSeen = false;
  private readScheduled = false;
  private readDeferred = false;
  private fromWindow = false;
  private readonly now: () => Date;

  constructor(
    private readonly handle: DealDocHandle,
    private readonly store: EditorStore,
    private readonly options: EditorLinkOptions,
  ) {
    this.now = options.now ?? (() => new Date());
  }

  /** Starts following the Y.Doc; returns the handle that stops. */
  attach(): () => void {
    const { ydoc } = this.handle;
    ydoc.on('update', this.onUpdate);
    const unsubscribe = this.store.subscribe(this.onStoreChange);
    return () => {
      ydoc.off('update', this.onUpdate);
      unsubscribe();
    };
  }

  stage(doc: PowermapDocument, previous: PowermapDocument, origin: ChangeOrigin): void {
    this.write(doc, previous);
    // Sent to the database now, in the edit's own task: it commits while the page renders the edit.
    this.handle.persistNow();
    if ((origin === 'undo' || origin === 'redo') && this.remoteSeen) this.scheduleRead();
  }

  async saveChanges(doc: PowermapDocument, _changes: ChangeSet, summary?: SummaryInput): Promise<void> {
    // A change whose staging failed is taken in whole: the Y.Doc is made equal to the editor's document.
    if (this.unstaged) this.write(doc, undefined);
    const updatedAt = this.now().toISOString();
    // The library's row is written later, when the page is idle: its analysis is not on the save's path.
    this.handle.setSummary((stored) => {
      const winLikelihood = summary?.winLikelihood ?? analyze(doc, { asOf: updatedAt.slice(0, 10) }).winLikelihood;
      return editSummary(doc, winLikelihood, updatedAt)(stored);
    });
    await this.handle.whenPersisted();
  }

  async checkpoint(dealId: string): Promise<void> {
    await this.options.checkpoint?.(dealId);
  }

  /**
   * Stores the document as the editor shows it, whole (the repair of a deal opened with
   * parts set aside): the Y.Doc is made equal to it, damaged entries replaced.
   */
  storeAsShown(): void {
    this.write(this.store.getState().doc, undefined);
    this.applying = true;
    try {
      dropUnreadableEntries(this.handle.ydoc, this.options.actor());
    } finally {
      this.applying = false;
    }
    this.handle.persistNow();
  }

  private write(doc: PowermapDocument, previous: PowermapDocument | undefined): void {
    this.applying = true;
    try {
      applyDocumentToYDoc(this.handle.ydoc, doc, this.options.actor(), {
        now: this.now,
        ...(previous ? { previous } : {}),
      });
      this.unstaged = false;
    } catch (error) {
      this.unstaged = true;
      throw error;
    } finally {
      this.applying = false;
    }
  }

  private readonly onUpdate = (_update: Uint8Array, origin: unknown): void => {
    if (this.applying) return;
    this.remoteSeen = true;
    if (origin === this.handle.windowOrigin) this.fromWindow = true;
    this.scheduleRead();
  };

  private readonly onStoreChange = (): void => {
    if (this.readDeferred && !this.store.getState().whatIf) {
      this.readDeferred = false;
      this.scheduleRead();
    }
  };

  private scheduleRead(): void {
    if (this.readScheduled) return;
    this.readScheduled = true;
    queueMicrotask(() => {
      this.readScheduled = false;
      this.readIntoStore();
    });
  }

  private readIntoStore(): void {
    // A what-if is the user's own trial on the document as it was; it takes remote changes when it ends.
    if (this.store.getState().whatIf) {
      this.readDeferred = true;
      return;
    }
    const current = this.store.getState().doc;
    let read: DealRead;
    try {
      read = readDealFromYDoc(this.handle.ydoc, { dealName: current.deal.name });
    } catch {
      // readDealFromYDoc does not throw on stored content; this is for the unforeseen: the editor keeps its document.
      return;
    }
    if (!read.ok) {
      this.options.onUnreadable?.(read);
      return;
    }
    const fromWindow = this.fromWindow;
    this.fromWindow = false;
    this.store.applyRemote(read.document);
    this.options.onRemote?.(read, fromWindow);
  }
}

/**
 * Removes the entries of the item lists that are not items at all (a person set to null):
 * the writer leaves what it cannot read alone, and a repair is the user's choice to let
 * them go, after the banner offered to save them.
 */
function dropUnreadableEntries(ydoc: Y.Doc, actor: Actor): void {
  const roots = rootsOf(ydoc);
  ydoc.transact(() => {
    for (const list of [roots.team, roots.people, roots.lines]) {
      const unreadable: string[] = [];
      list.forEach((entry, id) => {
        if (!(entry instanceof Y.Map)) unreadable.push(id);
      });
      for (const id of unreadable) list.delete(id);
    }
  }, originOf(actor));
}
