/**
 * A cache of what each deal's document sums up to (the pipeline's row of a deal), so the
 * pipeline view reads one small row per deal instead of loading every document each time.
 *
 * It lives in a database of its own: it holds nothing that cannot be computed again from
 * the deals, so it needs no schema version or upgrade next to the deals' tables, and
 * clearing it (or a browser dropping it) loses nothing. An entry is valid only for the
 * deal's `updatedAt` it was computed at and for the summary's `format`; a deal written
 * since, or a newer summary format, is computed again.
 */
import { Dexie, type DexieOptions, type EntityTable } from 'dexie';

export const SUMMARY_CACHE_NAME = 'powermap-summaries';

export interface CachedSummary<T> {
  readonly dealId: string;
  /** The deal's `updatedAt` (its library row) when the summary was computed. */
  readonly updatedAt: string;
  /** The summary's shape; a reader of another format computes the summary again. */
  readonly format: number;
  readonly summary: T;
}

class SummaryDatabase extends Dexie {
  declare summaries: EntityTable<CachedSummary<unknown>, 'dealId'>;

  constructor(name: string, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({ summaries: 'dealId' });
  }
}

export class SummaryCache<T> {
  private readonly db: SummaryDatabase;

  /** `options.indexedDB` and `options.IDBKeyRange` let tests use fake-indexeddb. */
  constructor(
    private readonly format: number,
    name: string = SUMMARY_CACHE_NAME,
    options?: DexieOptions,
  ) {
    this.db = new SummaryDatabase(name, options);
  }

  /**
   * The cached summaries still valid for these deals (by id, at these `updatedAt`). A cache
   * that cannot be read answers with nothing: the caller computes every summary.
   */
  async valid(deals: readonly { readonly id: string; readonly updatedAt: string }[]): Promise<Map<string, T>> {
    const found = new Map<string, T>();
    if (deals.length === 0) return found;
    // The whole table in one request: it holds the library's deals (and those deleted since
    // its last `keepOnly`), and a request per deal costs the page a task per deal, thousands
    // before the pipeline's first draw (issue 12).
    const entries: readonly CachedSummary<unknown>[] = await this.db.summaries.toArray().catch(() => []);
    const byId = new Map(entries.map((entry) => [entry.dealId, entry]));
    for (const deal of deals) {
      const entry = byId.get(deal.id);
      if (entry && entry.updatedAt === deal.updatedAt && entry.format === this.format) {
        found.set(deal.id, entry.summary as T);
      }
    }
    return found;
  }

  /** Keeps summaries; a failed write only means they are computed again next time. */
  async store(entries: readonly { readonly dealId: string; readonly updatedAt: string; readonly summary: T }[]) {
    if (entries.length === 0) return;
    await this.db.summaries.bulkPut(entries.map((e) => ({ ...e, format: this.format }))).then(
      () => undefined,
      () => undefined,
    );
  }

  /** Forgets the summaries of deals no longer in the library. */
  async keepOnly(dealIds: ReadonlySet<string>): Promise<void> {
    const keys = await this.db.summaries
      .toCollection()
      .primaryKeys()
      .catch(() => []);
    const stale = keys.filter((id) => !dealIds.has(id));
    if (stale.length > 0) await this.db.summaries.bulkDelete(stale).catch(() => undefined);
  }

  close(): void {
    this.db.close();
  }
}
