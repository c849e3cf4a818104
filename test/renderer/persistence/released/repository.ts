/* A copy of renderer/persistence/repository.ts as released before issue 11 (rows per person): it writes the databases the migration tests upgrade. Not app code; do not edit. */
/**
 * The deals in the local database: the library's summaries, whole documents in and out,
 * and the small writes of everyday editing (only the rows an edit changed, plus the
 * deal's summary line, in one transaction).
 *
 * Reading never trusts the database: the rows are assembled into a document and read with
 * the same `parseDocument` as a file, so a damaged row gives a `corrupt` result naming
 * where, never a crash and never part of a document. Writes reject with the error Dexie
 * gave; `classifyStorageError` (./errors.ts) says which kind it is.
 *
 * Concurrent windows: each list's membership and order follow the document being saved
 * (see `saveChanges`), so the database always holds one coherent document; other windows
 * learn of each write through the observer (./sync.ts) and reload.
 */
import type { Table } from 'dexie';
import { analyze } from '../../../../shared/analysis';
import { salvageDocument } from '../../../../shared/collab/salvage';
import type { SetAsidePart } from '../../../../shared/collab/setAside';
import {
  CURRENT_VERSION,
  parseDocument,
  problem,
  type PowermapDocument,
  type Problem,
} from '../../../../shared/document';
import { withDealId } from '../../../../shared/history/dealId';
import type { ChangeSet, RowChanges } from '../../../../renderer/editor/changeSet';
import { newId } from '../../../../renderer/editor/ids';
import { dealKeyRange, type PowermapDatabase } from './db';
import { classifyStorageError, type StorageError } from '../../../../renderer/persistence/errors';
import type { DealDataRow, DealSummary, ItemRow, ListOrder } from './schema';

export type { DealSummary } from './schema';

export type LibraryChangeType = 'created' | 'deleted' | 'restored' | 'renamed' | 'replaced' | 'purged';

export interface LibraryChange {
  readonly type: LibraryChangeType;
  readonly dealId: string;
}

/** Told after each write has been committed (./sync.ts broadcasts them to other windows). */
export interface RepositoryObserver {
  /** The rows a write put or deleted in a deal (every row for a whole-deal write). */
  dealSaved?(dealId: string, changes: ChangeSet): void;
  /** A change the library list shows: a deal created, deleted, restored, renamed, ... */
  libraryChanged?(change: LibraryChange): void;
}

export interface RepositoryOptions {
  /** The clock for `updatedAt`, `deletedAt` and the analysis date. */
  readonly now?: () => Date;
  /** A new deal id, for an import whose id is taken. */
  readonly newDealId?: () => string;
  /**
   * A connection to the same database whose transactions commit strictly (flushed to the
   * disk), for `checkpoint`; the main connection's are relaxed, which keeps each edit fast.
   */
  readonly durable?: PowermapDatabase;
}

export type LoadResult =
  | { readonly status: 'ok'; readonly document: PowermapDocument; readonly summary: DealSummary }
  | { readonly status: 'missing'; readonly dealId: string }
  /**
   * The rows do not make a valid document; `problems` say where, as for a file. `salvaged`
   * is what the salvage reader made of them (shared/collab/salvage.ts): the valid parts as
   * a document, and the parts set aside with their raw values, so the deal still opens.
   */
  | {
      readonly status: 'corrupt';
      readonly dealId: string;
      readonly summary: DealSummary;
      readonly problems: readonly Problem[];
      readonly salvaged?: Salvaged;
    }
  | { readonly status: 'error'; readonly dealId: string; readonly error: StorageError };

/** A damaged deal as it can be opened: what is valid, and the parts set aside. */
export interface Salvaged {
  readonly document: PowermapDocument;
  readonly setAside: readonly SetAsidePart[];
}

export type DuplicateResult =
  | { readonly status: 'ok'; readonly document: PowermapDocument; readonly summary: DealSummary }
  | Exclude<LoadResult, { status: 'ok' }>;

export interface ImportResult {
  /** The id the deal was stored under: the document's own, or a new one when that was taken. */
  readonly dealId: string;
  readonly document: PowermapDocument;
  readonly summary: DealSummary;
}

export interface SummaryInput {
  readonly winLikelihood: number;
}

interface Item {
  readonly id: string;
}

type ListKey = keyof ListOrder;
/** Rows kept set aside, by list (see `DealRepository.setAsideRows`). */
type KeptRows = Readonly<Record<ListKey, readonly ItemRow<unknown>[]>>;
type ItemTable = Table<ItemRow<Item>, [string, string]>;

/** Each list of a document: its key in `ListOrder`, in the document and its table. */
const LISTS = [
  { key: 'team', field: 'team', table: 'team' },
  { key: 'people', field: 'stakeholders', table: 'stakeholders' },
  { key: 'lines', field: 'relationships', table: 'relationships' },
  { key: 'history', field: 'history', table: 'snapshots' },
] as const satisfies readonly { key: ListKey; field: keyof PowermapDocument; table: keyof PowermapDatabase }[];

type ListSpec = (typeof LISTS)[number];

const MAP_FIELDS = new Set<string>(['deal', ...LISTS.map((l) => l.field)]);
const NO_ROWS: RowChanges = { put: [], del: [] };
/** Random ids do not collide in practice; a generator that keeps repeating itself is a bug, not a loop forever. */
const MAX_NEW_ID_ATTEMPTS = 100;

/** The document's own fields besides the map: `format`, `version` and unknown fields. */
function headOf(doc: PowermapDocument): Record<string, unknown> {
  const head: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc)) if (!MAP_FIELDS.has(key)) head[key] = value;
  return head;
}

function itemsOf(doc: PowermapDocument, list: ListSpec): readonly Item[] {
  return doc[list.field];
}

/** The stored order of each list: the document's, then the ids of rows kept set aside (see `setAsideRows`). */
function orderOf(doc: PowermapDocument, kept?: KeptRows): ListOrder {
  const ids = (items: readonly Item[], key: ListKey) => {
    const own = items.map((item) => item.id);
    const aside = (kept?.[key] ?? []).map((r) => r.id).filter((id) => !own.includes(id));
    return aside.length > 0 ? [...own, ...aside] : own;
  };
  return {
    team: ids(doc.team, 'team'),
    people: ids(doc.stakeholders, 'people'),
    lines: ids(doc.relationships, 'lines'),
    history: ids(doc.history, 'history'),
  };
}

function sameIdList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => b[i] === id);
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isIdList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((id) => typeof id === 'string');
}

function isListOrder(value: unknown): value is ListOrder {
  if (value === null || typeof value !== 'object') return false;
  const order = value as Record<string, unknown>;
  return LISTS.every((list) => isIdList(order[list.key]));
}

function allRows(doc: PowermapDocument, previous?: ListOrder): ChangeSet {
  const rows = (list: ListSpec): RowChanges => {
    const put = itemsOf(doc, list).map((item) => item.id);
    const kept = new Set(put);
    return { put, del: (previous?.[list.key] ?? []).filter((id) => !kept.has(id)) };
  };
  return {
    deal: true,
    team: rows(LISTS[0]),
    people: rows(LISTS[1]),
    lines: rows(LISTS[2]),
    history: rows(LISTS[3]),
  };
}

function rowChangesOf(changes: ChangeSet, list: ListSpec): RowChanges {
  switch (list.key) {
    case 'team':
      return changes.team;
    case 'people':
      return changes.people;
    case 'lines':
      return changes.lines;
    case 'history':
      // Snapshots are not in a ChangeSet: they are found by id and by identity (see saveChanges).
      return NO_ROWS;
  }
}

export class DealRepository {
  private readonly observer: RepositoryObserver | undefined;
  private readonly now: () => Date;
  private readonly newDealId: () => string;
  private readonly durable: PowermapDatabase;
  /**
   * Snapshot objects known to be stored, with their deal: edits are immutable, so a
   * snapshot that is the very object loaded or written last time is unchanged and is not
   * rewritten; any other (a new one, a relabelled one) is.
   */
  private readonly storedSnapshots = new WeakMap<object, string>();
  /**
   * The rows of a damaged deal that could not be read, by deal (issue 11): set aside, not
   * thrown away. Until the user repairs (`releaseSetAside`), saving keeps them in the
   * database and in the stored order, so the deal reopens with them set aside again.
   */
  private readonly setAsideRows = new Map<string, KeptRows>();

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
  }

  /**
   * Forces every write made so far onto the disk: one strict transaction that writes the
   * deal's summary row again, unchanged (an empty transaction would have nothing to flush).
   * The database's log is sequential, so this flushes the relaxed writes before it too.
   */
  async checkpoint(dealId: string): Promise<void> {
    const { deals } = this.durable;
    await this.durable.transaction('rw', deals, async () => {
      const row = await deals.get(dealId);
      if (row) await deals.put(row);
    });
  }

  /** The library: every live deal (and the deleted ones when asked), newest change first. */
  async listDeals(options: { includeDeleted?: boolean } = {}): Promise<DealSummary[]> {
    const all = await this.db.deals.orderBy('updatedAt').reverse().toArray();
    return options.includeDeleted ? all : all.filter((deal) => !deal.deletedAt);
  }

  async getSummary(id: string): Promise<DealSummary | undefined> {
    return this.db.deals.get(id);
  }

  /** The whole document of a deal (also of a deleted one, so it can be looked at or restored). */
  async loadDeal(id: string): Promise<LoadResult> {
    let stored: StoredDeal | null;
    try {
      stored = await this.readDeal(id);
    } catch (error) {
      return { status: 'error', dealId: id, error: classifyStorageError(error) };
    }
    if (!stored) return { status: 'missing', dealId: id };
    const { summary } = stored;
    let problems: readonly Problem[];
    let document: PowermapDocument | undefined;
    try {
      const assembled = assemble(id, stored);
      if (assembled.ok) {
        const parsed = parseDocument(assembled.input);
        if (parsed.ok && parsed.document.deal.id !== id) {
          problems = [problem(['deal', 'id'], 'invalid', { detail: JSON.stringify(id) })];
        } else if (parsed.ok) {
          document = parsed.document;
          problems = [];
          if (parsed.migratedFrom !== CURRENT_VERSION) await this.rewriteMigrated(document, summary);
        } else problems = parsed.problems;
      } else problems = assembled.problems;
    } catch (error) {
      // parseDocument does not throw; this is for the unforeseen, which must not crash the app either.
      problems = [problem([], 'invalid', { detail: error instanceof Error ? error.message : String(error) })];
    }
    if (!document) {
      const salvaged = salvage(id, stored);
      if (!salvaged) return { status: 'corrupt', dealId: id, summary, problems };
      this.setAsideRows.set(id, keptRows(salvaged.document, stored));
      return { status: 'corrupt', dealId: id, summary, problems, salvaged };
    }
    this.rememberSnapshots(document);
    return { status: 'ok', document, summary };
  }

  /**
   * The user chose to repair a damaged deal: the rows set aside when it was loaded are no
   * longer kept, so the next save removes them and the deal is stored as shown.
   */
  releaseSetAside(dealId: string): void {
    this.setAsideRows.delete(dealId);
  }

  /** A new deal; rejects (a ConstraintError) when the id is taken, writing nothing. */
  async createDeal(doc: PowermapDocument, summary?: SummaryInput): Promise<DealSummary> {
    const row = this.summaryOf(doc, summary, null);
    await this.db.transaction('rw', this.allTables(), async () => {
      await this.db.deals.add(row);
      await this.writeWhole(doc, row);
    });
    this.rememberSnapshots(doc);
    this.notify((o) => o.dealSaved?.(doc.deal.id, allRows(doc)));
    this.notify((o) => o.libraryChanged?.({ type: 'created', dealId: doc.deal.id }));
    return row;
  }

  /**
   * Writes an edit: the rows `changes` names, the snapshots that are new or changed, the
   * deal row when the deal or a list's order changed, and the summary line, all in one
   * transaction. A person edit on a 2,000-person map writes two rows.
   *
   * Membership and order follow `doc`: a row whose id left the document is deleted and one
   * that joined it is written, even if `changes` missed them, so the stored deal is always
   * one coherent document. Content follows `changes`: an unchanged row is not rewritten.
   * A deal that is not stored (never created, or purged meanwhile) is written whole.
   */
  async saveChanges(doc: PowermapDocument, changes: ChangeSet, summary?: SummaryInput): Promise<DealSummary> {
    const dealId = doc.deal.id;
    const winLikelihood = summary?.winLikelihood ?? this.likelihood(doc);
    const updatedAt = this.now().toISOString();
    let written: ChangeSet = allRows(doc);
    let row!: DealSummary;
    const outcome: { event: LibraryChangeType | null } = { event: null };
    const snapshotsWritten: object[] = [];

    const kept = this.setAsideRows.get(dealId);
    await this.db.transaction('rw', this.allTables(), async () => {
      const [old, data] = await Promise.all([this.db.deals.get(dealId), this.db.dealData.get(dealId)]);
      if (!old || !data || !isListOrder(data.order) || !isRecord(data.deal)) {
        // Not stored, or its deal row is damaged: write it whole, which also repairs it.
        row = this.summaryOf(doc, { winLikelihood }, old?.deletedAt ?? null, updatedAt);
        await this.clearDeal(dealId);
        await this.writeWhole(doc, row, kept);
        snapshotsWritten.push(...doc.history);
        outcome.event = old ? 'replaced' : 'created';
        return;
      }
      const perList = {} as Record<ListKey, RowChanges>;
      const order = orderOf(doc, kept);
      let orderChanged = false;
      for (const list of LISTS) {
        const items = itemsOf(doc, list);
        const storedIds = data.order[list.key];
        const stored = new Set(storedIds);
        const current = new Map(items.map((item) => [item.id, item]));
        const hinted = rowChangesOf(changes, list);
        const put = new Set<string>();
        for (const id of [...hinted.put, ...hinted.del]) if (current.has(id)) put.add(id);
        for (const item of items) {
          if (!stored.has(item.id)) put.add(item.id);
          else if (list.key === 'history' && this.storedSnapshots.get(item) !== dealId) put.add(item.id);
        }
        const aside = new Set((kept?.[list.key] ?? []).map((r) => r.id));
        const del = new Set<string>();
        for (const id of [...storedIds, ...hinted.put, ...hinted.del]) {
          if (!current.has(id) && !aside.has(id)) del.add(id);
        }
        if (put.size > 0) {
          const rows = [...put].map((id) => ({ dealId, id, data: current.get(id)! }));
          await this.table(list).bulkPut(rows);
          if (list.key === 'history') snapshotsWritten.push(...rows.map((r) => r.data));
        }
        if (del.size > 0) await this.table(list).bulkDelete([...del].map((id): [string, string] => [dealId, id]));
        perList[list.key] = { put: [...put], del: [...del] };
        if (!sameIdList(storedIds, order[list.key])) orderChanged = true;
      }
      const head = headOf(doc);
      const deal = changes.deal ? doc.deal : data.deal;
      if (changes.deal || orderChanged || !sameJson(head, data.head)) {
        await this.db.dealData.put({ dealId, head, deal, order: orderChanged ? order : data.order });
      }
      row = this.summaryOf({ ...doc, deal }, { winLikelihood }, old.deletedAt, updatedAt);
      await this.db.deals.put(row);
      if (row.name !== old.name) outcome.event = 'renamed';
      written = {
        deal: changes.deal,
        team: perList.team,
        people: perList.people,
        lines: perList.lines,
        history: perList.history,
      };
    });

    for (const snapshot of snapshotsWritten) this.storedSnapshots.set(snapshot, dealId);
    this.notify((o) => o.dealSaved?.(dealId, written));
    const { event } = outcome;
    if (event) this.notify((o) => o.libraryChanged?.({ type: event, dealId }));
    return row;
  }

  /** Replaces a deal with a document (an import over it): every row rewritten. Undeletes it. */
  async replaceDeal(doc: PowermapDocument, summary?: SummaryInput): Promise<DealSummary> {
    const dealId = doc.deal.id;
    const row = this.summaryOf(doc, summary, null);
    let previous: ListOrder | undefined;
    let existed = false;
    await this.db.transaction('rw', this.allTables(), async () => {
      existed = (await this.db.deals.get(dealId)) !== undefined;
      const data = await this.db.dealData.get(dealId);
      if (data && isListOrder(data.order)) previous = data.order;
      await this.clearDeal(dealId);
      this.setAsideRows.delete(dealId);
      await this.db.deals.put(row);
      await this.writeWhole(doc, row);
    });
    this.rememberSnapshots(doc);
    this.notify((o) => o.dealSaved?.(dealId, allRows(doc, previous)));
    this.notify((o) => o.libraryChanged?.({ type: existed ? 'replaced' : 'created', dealId }));
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
    await this.db.transaction('rw', this.allTables(), async () => {
      let id = doc.deal.id;
      for (let attempt = 0; (await this.db.deals.get(id)) !== undefined; attempt++) {
        if (attempt >= MAX_NEW_ID_ATTEMPTS) throw new Error(`No free deal id after ${attempt} attempts`);
        id = this.newDealId();
      }
      // The new id goes inside the snapshots too (withDealId), or a restore would bring the old one back.
      document = withDealId(doc, id);
      row = this.summaryOf(document, { winLikelihood }, null);
      await this.db.deals.add(row);
      await this.clearDeal(id);
      await this.writeWhole(document, row);
    });
    this.rememberSnapshots(document);
    this.notify((o) => o.dealSaved?.(document.deal.id, allRows(document)));
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
    const ids = await this.db.transaction('rw', this.allTables(), async () => {
      const found = await this.db.deals.where('deletedAt').below(olderThanIso).primaryKeys();
      for (const id of found) {
        await this.clearDeal(id);
        this.setAsideRows.delete(id);
        await this.db.deals.delete(id);
      }
      return found;
    });
    for (const dealId of ids) this.notify((o) => o.libraryChanged?.({ type: 'purged', dealId }));
    return ids;
  }

  private async readDeal(id: string): Promise<StoredDeal | null> {
    return this.db.transaction('r', this.allTables(), async () => {
      const summary = await this.db.deals.get(id);
      if (!summary) return null;
      const [lower, upper] = dealKeyRange(id);
      const [data, ...lists] = await Promise.all([
        this.db.dealData.get(id),
        ...LISTS.map((list) => this.table(list).where('[dealId+id]').between(lower, upper).toArray()),
      ]);
      return { summary, data, rows: lists };
    });
  }

  /** After a document migration on load: store the migrated document so rows never mix versions. */
  private async rewriteMigrated(doc: PowermapDocument, summary: DealSummary): Promise<void> {
    try {
      await this.db.transaction('rw', this.allTables(), async () => {
        await this.clearDeal(doc.deal.id);
        await this.db.deals.put(summary);
        await this.writeWhole(doc, summary);
      });
    } catch {
      // The old rows are still whole and consistent; the next load migrates them again.
    }
  }

  /** Writes the deal row and every list row (inside the caller's transaction). */
  private async writeWhole(doc: PowermapDocument, row: DealSummary, kept?: KeptRows): Promise<void> {
    const dealId = doc.deal.id;
    await this.db.deals.put(row);
    await this.db.dealData.put({ dealId, head: headOf(doc), deal: doc.deal, order: orderOf(doc, kept) });
    for (const list of LISTS) {
      const items = itemsOf(doc, list);
      if (items.length > 0) await this.table(list).bulkPut(items.map((data) => ({ dealId, id: data.id, data })));
      const aside = kept?.[list.key] ?? [];
      if (aside.length > 0) await this.table(list).bulkPut(aside as ItemRow<Item>[]);
    }
  }

  /** Deletes every row of a deal but its summary (inside the caller's transaction). */
  private async clearDeal(dealId: string): Promise<void> {
    const [lower, upper] = dealKeyRange(dealId);
    await this.db.dealData.delete(dealId);
    for (const list of LISTS) await this.table(list).where('[dealId+id]').between(lower, upper).delete();
  }

  private summaryOf(
    doc: PowermapDocument,
    summary: SummaryInput | undefined,
    deletedAt: string | null,
    updatedAt = this.now().toISOString(),
  ): DealSummary {
    const { deal } = doc;
    return {
      id: deal.id,
      name: deal.name,
      account: deal.account,
      purchaseStage: deal.purchaseStage,
      value: deal.value,
      currency: deal.currency ?? null,
      updatedAt,
      winLikelihood: summary?.winLikelihood ?? this.likelihood(doc),
      peopleCount: doc.stakeholders.length,
      deletedAt,
    };
  }

  private likelihood(doc: PowermapDocument): number {
    return analyze(doc, { asOf: this.now().toISOString().slice(0, 10) }).winLikelihood;
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

  private rememberSnapshots(doc: PowermapDocument): void {
    for (const snapshot of doc.history) this.storedSnapshots.set(snapshot, doc.deal.id);
  }

  private table(list: ListSpec): ItemTable {
    return this.db[list.table] as unknown as ItemTable;
  }

  private allTables(): Table[] {
    return [
      this.db.deals,
      this.db.dealData,
      this.db.stakeholders,
      this.db.relationships,
      this.db.team,
      this.db.snapshots,
    ] as Table[];
  }
}

interface StoredDeal {
  readonly summary: DealSummary;
  readonly data: DealDataRow | undefined;
  /** Each list's rows, in the order of LISTS. */
  readonly rows: readonly (readonly ItemRow<unknown>[])[];
}

type Assembled = { ok: true; input: Record<string, unknown> } | { ok: false; problems: Problem[] };

/**
 * The document the rows make, for `parseDocument` to check: each list in the stored order.
 * A row the order names but the table lacks is a problem (the document would be partial);
 * a row the order does not name is not part of the document and is left out.
 */
function assemble(dealId: string, stored: StoredDeal): Assembled {
  const { data } = stored;
  if (!isRecord(data)) {
    return { ok: false, problems: [problem(['deal'], 'required')] };
  }
  if (!isListOrder(data.order)) {
    return { ok: false, problems: [problem([], 'invalid', { detail: `dealData.order (${dealId})` })] };
  }
  const problems: Problem[] = [];
  const head: unknown = data.head;
  // fromEntries defines properties (never sets a prototype), so a stored `__proto__` key
  // reaches parseDocument, which refuses it.
  const input: Record<string, unknown> = isRecord(head) ? Object.fromEntries(Object.entries(head)) : {};
  input['deal'] = data.deal;
  LISTS.forEach((list, index) => {
    const byId = new Map<string, ItemRow<unknown>>();
    for (const row of stored.rows[index] ?? []) byId.set(row.id, row);
    input[list.field] = data.order[list.key].map((id, position) => {
      const row = byId.get(id);
      if (!row) {
        problems.push(problem([list.field, position], 'required'));
        return undefined;
      }
      const rowData: unknown = row.data;
      if (isRecord(rowData) && rowData['id'] !== id) {
        problems.push(problem([list.field, position, 'id'], 'invalid', { detail: JSON.stringify(id) }));
      }
      return rowData;
    });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, input };
}

/**
 * What the salvage reader makes of a deal's rows, read tolerantly: each list in the stored
 * order (a row the order names but the table lacks comes as nothing, to be set aside), or,
 * when the order itself is damaged, every row of the deal in key order. Never throws;
 * undefined only for a document of a newer format.
 */
function salvage(dealId: string, stored: StoredDeal): Salvaged | undefined {
  try {
    const { data } = stored;
    const record = isRecord(data) ? data : undefined;
    const input: Record<string, unknown> = isRecord(record?.head)
      ? Object.fromEntries(Object.entries(record.head))
      : {};
    input['deal'] = record?.deal;
    const order = record && isListOrder(record.order) ? record.order : undefined;
    LISTS.forEach((list, index) => {
      const rows = stored.rows[index] ?? [];
      if (!order) {
        input[list.field] = rows.map((row) => (isRecord(row) ? row.data : row));
        return;
      }
      const byId = new Map<string, unknown>();
      for (const row of rows) if (isRecord(row)) byId.set(String(row.id), row.data);
      input[list.field] = order[list.key].map((id) => (byId.has(id) ? byId.get(id) : null));
    });
    const result = salvageDocument(input, dealId, { dealName: stored.summary.name });
    return result.ok ? { document: result.document, setAside: result.setAside } : undefined;
  } catch {
    return undefined;
  }
}

/** The stored rows of each list that the salvaged document does not hold: the records set aside whole. */
function keptRows(document: PowermapDocument, stored: StoredDeal): KeptRows {
  const out = {} as Record<ListKey, ItemRow<unknown>[]>;
  const data = stored.data;
  const order = isRecord(data) && isListOrder(data.order) ? data.order : undefined;
  LISTS.forEach((list, index) => {
    const shown = new Set(itemsOf(document, list).map((item) => item.id));
    // Rows the stored order does not name were never part of the document: not kept either.
    const named = order ? new Set(order[list.key]) : undefined;
    out[list.key] = (stored.rows[index] ?? []).filter(
      (row) => isRecord(row) && !shown.has(String(row.id)) && (named === undefined || named.has(String(row.id))),
    );
  });
  return out;
}
