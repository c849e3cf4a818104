/**
 * The deals in the local database: the library's summaries, and each deal's Y.Doc
 * (./dealDoc.ts; issue 11, docs/COLLAB_MODEL.md "Stored on a laptop"). Whole documents go
 * in (a new deal, an import, an import over a deal) and come out (opening, duplicating);
 * the editor's everyday edits go through the open deal's handle (./editorLink.ts).
 *
 * Reading never trusts the database: a deal's Y.Doc is read by `readDealFromYDoc`, whose
 * salvage reader keeps what is valid and sets the damaged parts aside, worded, never a crash
 * and never a locked deal. Writes reject with the error Dexie gave; `classifyStorageError`
 * (./errors.ts) says which kind it is.
 *
 * A deal still stored as version-1 rows moves into its Y.Doc when it is first opened, if the
 * start-up sweep (`migrateLegacyDeals`) has not moved it yet (./migrate.ts).
 */
import { Dexie } from 'dexie';
import * as Y from 'yjs';
import { analyze } from '../../shared/analysis';
import { readDealFromYDoc } from '../../shared/collab/read';
import { listTrail } from '../../shared/collab/trail';
import type { SetAsidePart } from '../../shared/collab/setAside';
import type { Actor } from '../../shared/collab/shape';
import { applyDocumentToYDoc, documentToYDoc } from '../../shared/collab/write';
import { problem, type PowermapDocument } from '../../shared/document';
import { withDealId } from '../../shared/history/dealId';
import { NO_CHANGES } from '../editor/changeSet';
import { newId } from '../editor/ids';
import { sendNow, type PowermapDatabase } from './db';
import { openDealDoc, type DealDocHandle } from './dealDoc';
import { newestLogSeq } from './dealLog';
import { classifyStorageError } from './errors';
import { deleteLegacyRows, LEGACY_TABLES } from './legacyRows';
import { migrateLegacyDeal, migrateLegacyDeals, type MigrationOutcome } from './migrate';
import type {
  DuplicateResult,
  ImportResult,
  LoadResult,
  OpenResult,
  RepositoryObserver,
  RepositoryOptions,
  SummaryInput,
} from './repositoryTypes';
import type { DealSummary } from './schema';
import { summaryIsStale, summaryRowOf } from './summary';

export type { DealSummary } from './schema';

export type {
  LibraryChangeType,
  LibraryChange,
  RepositoryObserver,
  RepositoryOptions,
  OpenDeal,
  OpenResult,
  LoadResult,
  Salvaged,
  DuplicateResult,
  ImportResult,
  SummaryInput,
} from './repositoryTypes';

/**
 * The performance measure of each deal opened: its log read, applied to its Y.Doc and read
 * back as a validated document (the benchmarks read it).
 */
export const OPEN_MEASURE = 'powermap:open';

/** The `setAside` row the checkpoint writes: a key no deal id can be (ids are printable). */
export const CHECKPOINT_KEY = '\u0000checkpoint';

/** Random ids do not collide in practice; a generator that keeps repeating itself is a bug, not a loop forever. */
const MAX_NEW_ID_ATTEMPTS = 100;
const NOBODY: Actor = { id: 'local', name: '' };

export class DealRepository {
  private readonly observer: RepositoryObserver | undefined;
  private readonly now: () => Date;
  private readonly newDealId: () => string;
  private readonly durable: PowermapDatabase;
  private readonly actor: () => Actor;
  private readonly docChannelName: string | null | undefined;

  /** `observer` is told of every committed write: in the app, the window's DealSync. */
  constructor(
    private readonly db: PowermapDatabase,
    observer?: RepositoryObserver,
    options: RepositoryOptions = {},
  ) {
    this.observer = observer;
    this.now = options.now ?? (() => new Date());
    this.newDealId = options.newDealId ?? (() => newId('d'));
    this.durable = options.durable ?? db;
    this.actor = options.actor ?? (() => NOBODY);
    this.docChannelName = options.docChannelName;
  }

  /**
   * Forces every write made so far onto the disk: one strict transaction with one write (the
   * database's log is sequential, so this flushes the relaxed writes before it too). The
   * write is the same small row each time, under a key no deal has, sent and committed at
   * once: a transaction that waited for this page between a read and a write would hold up
   * the next edit's write while the page is busy (rendering that edit).
   */
  async checkpoint(_dealId: string): Promise<void> {
    const { setAside } = this.durable;
    await Dexie.ignoreTransaction(() => sendNow(() => setAside.put({ dealId: CHECKPOINT_KEY, parts: [] })));
  }

  /** Moves every deal still stored as version-1 rows into its Y.Doc (the first start of this version). */
  async migrateAll(): Promise<Map<string, MigrationOutcome>> {
    return migrateLegacyDeals(this.db, { actor: this.actor(), now: this.now });
  }

  /** The library: every live deal (and the deleted ones when asked), newest change first. */
  async listDeals(options: { includeDeleted?: boolean } = {}): Promise<DealSummary[]> {
    // Read in the index's order and turned round here: one request for every line, where a
    // reversed read may be a cursor step (a task of the page's) per deal (issue 12).
    const all = (await this.db.deals.orderBy('updatedAt').toArray()).reverse();
    return options.includeDeleted ? all : all.filter((deal) => !deal.deletedAt);
  }

  async getSummary(id: string): Promise<DealSummary | undefined> {
    return this.db.deals.get(id);
  }

  /**
   * Opens a deal for editing (also a deleted one, so it can be looked at or restored): its
   * Y.Doc, kept in step with other windows, and the document it holds. The caller closes
   * the handle.
   */
  async openDeal(id: string): Promise<OpenResult> {
    const started = performance.now();
    let handle: DealDocHandle;
    let summary: DealSummary | undefined;
    let storedAside: readonly SetAsidePart[];
    try {
      const migration = await migrateLegacyDeal(this.db, id, { actor: this.actor(), now: this.now });
      if (migration.status === 'failed') throw migration.error;
      summary = await this.db.deals.get(id);
      if (!summary) return { status: 'missing', dealId: id };
      // Rows nothing can be made of stay as they are: no Y.Doc is started over them.
      if (migration.status === 'kept' && migration.reason === 'unreadable') {
        return { status: 'corrupt', dealId: id, summary, problems: migration.problems };
      }
      storedAside = (await this.db.setAside.get(id))?.parts ?? [];
      handle = await openDealDoc(this.db, id, {
        ...(this.docChannelName !== undefined ? { channelName: this.docChannelName } : {}),
        onWritten: (dealId) => this.summaryWritten(dealId),
      });
    } catch (error) {
      return { status: 'error', dealId: id, error: classifyStorageError(error) };
    }
    const read = readDealFromYDoc(handle.ydoc, { dealName: summary.name });
    if (read.ok && !handle.existed) {
      // Its content was lost behind the app's back: it opens under the library's name, and
      // that is its first write, so that edits have a deal to change.
      applyDocumentToYDoc(handle.ydoc, read.document, this.actor(), { now: this.now, trail: false });
    }
    if (read.ok) {
      const setAside = [...storedAside, ...read.setAside];
      const parts = { setAside, keptAside: storedAside, foundAside: read.setAside };
      if (summaryIsStale(summary, handle.loadedSeq)) {
        // Its last edit was written and its library row not (a crash between the two): made again now.
        summary = await this.repairSummary(summary, read.document, handle).catch(() => summary!);
      }
      performance.measure(OPEN_MEASURE, { start: started, end: performance.now() });
      return { status: 'ok', handle, document: read.document, ...parts, summary };
    }
    await handle.close().catch(() => undefined);
    return { status: 'corrupt', dealId: id, summary, problems: read.problems };
  }

  /**
   * Makes again every library row older than its deal's Y.Doc (an edit written, then a crash
   * before its row was: ./dealDoc.ts). The app runs it at start; returns the deals repaired.
   */
  async repairSummaries(): Promise<string[]> {
    const repaired: string[] = [];
    // A row from before `docSeq` existed is made again when its deal is next opened.
    const lines = (await this.db.deals.toArray()).filter((line) => line.docSeq !== undefined);
    // Every deal's newest log row asked for at once, in one transaction: a transaction per
    // deal cost the page thousands of small tasks at start (issue 12).
    const newest = await this.db.transaction('r', this.db.dealDocs, () =>
      Promise.all(lines.map((line) => newestLogSeq(this.db, line.id))),
    );
    for (const [i, line] of lines.entries()) {
      if (!summaryIsStale(line, newest[i])) continue;
      const opened = await this.openDeal(line.id);
      if (opened.status === 'ok') await opened.handle.close().catch(() => undefined);
      if (opened.status === 'ok') repaired.push(line.id);
    }
    return repaired;
  }

  /**
   * The library row made again from the document read: win likelihood, people, names, and
   * the newest of the stored time and the trail's last entry; marked with the newest log row.
   */
  private async repairSummary(stored: DealSummary, doc: PowermapDocument, handle: DealDocHandle): Promise<DealSummary> {
    const lastEdit = listTrail(handle.ydoc).at(-1)?.at;
    const updatedAt = lastEdit && lastEdit > stored.updatedAt ? lastEdit : stored.updatedAt;
    const base = summaryRowOf(doc, this.likelihood(doc), stored.deletedAt, updatedAt);
    const row: DealSummary = handle.loadedSeq === undefined ? base : { ...base, docSeq: handle.loadedSeq };
    await this.db.transaction('rw', this.db.deals, async () => {
      // Only over the row it was made from: a newer write (another window) is left alone.
      const now = await this.db.deals.get(stored.id);
      if (now && now.docSeq === stored.docSeq) await this.db.deals.put({ ...row, deletedAt: now.deletedAt });
    });
    this.summaryWritten(stored.id);
    return row;
  }

  /** The whole document of a deal, read once (an import's comparison, a duplicate). */
  async loadDeal(id: string): Promise<LoadResult> {
    const opened = await this.openDeal(id);
    if (opened.status !== 'ok') return opened;
    await opened.handle.close().catch(() => undefined);
    const { document, setAside, summary } = opened;
    if (setAside.length === 0) return { status: 'ok', document, summary };
    const problems = setAside.map((part) => problem(part.field ? [part.entity, part.field] : [part.entity], 'invalid'));
    return { status: 'corrupt', dealId: id, summary, problems, salvaged: { document, setAside } };
  }

  /** The user repaired a damaged deal: the parts set aside when it was migrated are let go. */
  async releaseSetAside(dealId: string): Promise<void> {
    await this.db.setAside.delete(dealId);
  }

  /** A new deal; rejects (a ConstraintError) when the id is taken, writing nothing. */
  async createDeal(doc: PowermapDocument, summary?: SummaryInput): Promise<DealSummary> {
    let row = this.summaryOf(doc, summary, null);
    await this.db.transaction('rw', this.db.deals, this.db.dealDocs, async () => {
      await this.db.deals.add(row);
      row = { ...row, docSeq: await this.writeNewDoc(doc) };
      await this.db.deals.put(row);
    });
    this.notify((o) => o.dealSaved?.(doc.deal.id, NO_CHANGES));
    this.notify((o) => o.libraryChanged?.({ type: 'created', dealId: doc.deal.id }));
    return row;
  }

  /**
   * Replaces a deal with a document (an import over it), as one change of its Y.Doc: what
   * differs is written, with its trail entries, and windows that have it open follow.
   * Undeletes it, and lets go of any parts set aside.
   */
  async replaceDeal(doc: PowermapDocument, summary?: SummaryInput): Promise<DealSummary> {
    const dealId = doc.deal.id;
    let row = this.summaryOf(doc, summary, null);
    const opened = await this.openDeal(dealId);
    if (opened.status !== 'ok') {
      await this.db.transaction(
        'rw',
        [this.db.deals, this.db.dealDocs, this.db.setAside, ...LEGACY_TABLES],
        async () => {
          await this.clearDeal(dealId);
          row = { ...row, docSeq: await this.writeNewDoc(doc) };
          await this.db.deals.put(row);
        },
      );
      this.notify((o) => o.dealSaved?.(dealId, NO_CHANGES));
      this.notify((o) => o.libraryChanged?.({ type: opened.status === 'missing' ? 'created' : 'replaced', dealId }));
      return row;
    }
    const { handle } = opened;
    try {
      applyDocumentToYDoc(handle.ydoc, doc, this.actor(), { now: this.now });
      handle.setSummary(() => row);
      await handle.flush();
      await this.db.setAside.delete(dealId);
    } finally {
      await handle.close().catch(() => undefined);
    }
    this.notify((o) => o.libraryChanged?.({ type: 'replaced', dealId }));
    return row;
  }

  /** A copy of a deal under a new id and name (its history included). */
  async duplicateDeal(id: string, target: { newId: string; name: string }): Promise<DuplicateResult> {
    const loaded = await this.loadDeal(id);
    if (loaded.status !== 'ok') return loaded;
    const moved = withDealId(loaded.document, target.newId);
    const document: PowermapDocument = { ...moved, deal: { ...moved.deal, name: target.name } };
    const summary = await this.createDeal(document, { winLikelihood: loaded.summary.winLikelihood });
    return { status: 'ok', document, summary };
  }

  /** A new deal from a parsed document (a file import); a taken id is replaced by a new one. */
  async importDocument(doc: PowermapDocument, summary?: SummaryInput): Promise<ImportResult> {
    const winLikelihood = summary?.winLikelihood ?? this.likelihood(doc);
    let document = doc;
    let row!: DealSummary;
    await this.db.transaction('rw', [this.db.deals, this.db.dealDocs, this.db.setAside, ...LEGACY_TABLES], async () => {
      let id = doc.deal.id;
      for (let attempt = 0; (await this.db.deals.get(id)) !== undefined; attempt++) {
        if (attempt >= MAX_NEW_ID_ATTEMPTS) throw new Error(`No free deal id after ${attempt} attempts`);
        id = this.newDealId();
      }
      // The new id goes inside the snapshots too (withDealId), or a restore would bring the old one back.
      document = withDealId(doc, id);
      await this.clearDeal(id);
      row = { ...this.summaryOf(document, { winLikelihood }, null), docSeq: await this.writeNewDoc(document) };
      await this.db.deals.add(row);
    });
    this.notify((o) => o.dealSaved?.(document.deal.id, NO_CHANGES));
    this.notify((o) => o.libraryChanged?.({ type: 'created', dealId: document.deal.id }));
    return { dealId: document.deal.id, document, summary: row };
  }

  /** Moves a deal to the bin (it can be restored until purged). False when there is no such deal. */
  async deleteDeal(id: string): Promise<boolean> {
    const deletedAt = this.now().toISOString();
    const found = await this.db.transaction('rw', this.db.deals, async () => {
      const row = await this.db.deals.get(id);
      if (!row) return false;
      if (row.deletedAt === null) await this.db.deals.update(id, { deletedAt });
      return true;
    });
    if (found) this.notify((o) => o.libraryChanged?.({ type: 'deleted', dealId: id }));
    return found;
  }

  async restoreDeal(id: string): Promise<boolean> {
    const found = await this.db.transaction('rw', this.db.deals, async () => {
      const row = await this.db.deals.get(id);
      if (!row) return false;
      if (row.deletedAt !== null) await this.db.deals.update(id, { deletedAt: null });
      return true;
    });
    if (found) this.notify((o) => o.libraryChanged?.({ type: 'restored', dealId: id }));
    return found;
  }

  /** Deletes for good the deals deleted before `olderThanIso`; returns their ids. */
  async purgeDeleted(olderThanIso: string): Promise<string[]> {
    const tables = [this.db.deals, this.db.dealDocs, this.db.setAside, ...LEGACY_TABLES];
    const ids = await this.db.transaction('rw', tables, async () => {
      const found = await this.db.deals.where('deletedAt').below(olderThanIso).primaryKeys();
      for (const id of found) {
        await this.clearDeal(id);
        await this.db.deals.delete(id);
      }
      return found;
    });
    for (const dealId of ids) this.notify((o) => o.libraryChanged?.({ type: 'purged', dealId }));
    return ids;
  }

  /**
   * Deletes one deal for good, its Y.Doc log included, with no way back: the local copy of a
   * shared deal whose user is no longer a member (issue 11; docs/SERVER.md). False when absent.
   */
  async purgeDeal(id: string): Promise<boolean> {
    const tables = [this.db.deals, this.db.dealDocs, this.db.setAside, ...LEGACY_TABLES];
    const found = await this.db.transaction('rw', tables, async () => {
      const row = await this.db.deals.get(id);
      await this.clearDeal(id);
      await this.db.deals.delete(id);
      return row !== undefined;
    });
    if (found) this.notify((o) => o.libraryChanged?.({ type: 'purged', dealId: id }));
    return found;
  }

  /** A new deal's Y.Doc as the first row of its log (inside the caller's transaction). */
  private async writeNewDoc(doc: PowermapDocument): Promise<number> {
    const ydoc = documentToYDoc(doc, this.actor(), { now: this.now });
    const seq = await this.db.dealDocs.add({ dealId: doc.deal.id, update: Y.encodeStateAsUpdate(ydoc) });
    ydoc.destroy();
    return seq;
  }

  /** Deletes everything stored of a deal but its summary (inside the caller's transaction). */
  private async clearDeal(dealId: string): Promise<void> {
    await this.db.dealDocs.where('dealId').equals(dealId).delete();
    await this.db.setAside.delete(dealId);
    await deleteLegacyRows(this.db, dealId);
  }

  private summaryOf(doc: PowermapDocument, summary: SummaryInput | undefined, deletedAt: string | null): DealSummary {
    const winLikelihood = summary?.winLikelihood ?? this.likelihood(doc);
    return summaryRowOf(doc, winLikelihood, deletedAt, this.now().toISOString());
  }

  private likelihood(doc: PowermapDocument): number {
    return analyze(doc, { asOf: this.now().toISOString().slice(0, 10) }).winLikelihood;
  }

  private summaryWritten(dealId: string): void {
    this.notify((o) => (o.summaryWritten ? o.summaryWritten(dealId) : o.dealSaved?.(dealId, NO_CHANGES)));
  }

  /** Tells the observer; its failure (a closed channel) must not fail a write that is committed. */
  private notify(call: (observer: RepositoryObserver) => void): void {
    if (!this.observer) return;
    try {
      call(this.observer);
    } catch {
      // Other windows miss this change; they still read the database when they open the deal.
    }
  }
}
