/**
 * Where the pipeline's rows come from: the local library (`localPipelineSource`), each deal
 * summed up with `summarizeDeal` and cached by deal id and `updatedAt`, so the view reads one
 * small row per deal instead of every document; and, when signed in, the team server's stored
 * summary rows merged with them (`teamSource.ts`), behind the same interface.
 */
import type { PowermapDocument } from '../../shared/document';
import type { Lang } from '../../shared/i18n';
import {
  dealAsOf,
  FIRST_SCREEN_ROWS,
  firstScreen,
  packRow,
  summarizeDeal,
  unpackRow,
  whatMoved,
  type DealMovement,
  type PackedRow,
  type PipelineRow,
} from '../../shared/pipeline';
import type { DealRepository, DealSummary } from '../persistence/repository';
import type { SummaryCache } from '../persistence/summaryCache';
import type { DealSync } from '../persistence/sync';
import type { TeamAnswerStatus } from '../team/cachedAnswer';
import type { FetchFailure, FetchProgress } from '../team/fetchSharedDeals';
import { unpackInSlices } from './unpackInSlices';

export interface PipelineQuery {
  /** The analysis date, YYYY-MM-DD (today). */
  readonly asOf: string;
  /** The date the trend and the movement are measured from; null: the last snapshot, no "then". */
  readonly since: string | null;
}

export interface PipelineData {
  /** Every deal the source may read, open and closed. */
  readonly rows: readonly PipelineRow[];
  /** The same deals as they stood on `since` (for the totals' movement); null without `since`. */
  readonly then: readonly PipelineRow[] | null;
  /** Deals only on the team server: no copy here to edit until opened. Empty locally. */
  readonly remote?: ReadonlySet<string>;
  /** The team's rows, when signed in; absent or null locally. */
  readonly team?: TeamAnswerStatus | null;
  /**
   * Set while only the first screen is read (`onFirstScreen`): `rows` are the default
   * view's first rows, in its order, and about this many rows will show (the open deals).
   */
  readonly firstScreenOf?: number;
}

/** Told the default view's first rows before all are read, so they are drawn first (issue 12). */
export type FirstScreenListener = (data: PipelineData) => void;

export interface PipelineSource {
  /** Every row; a source that can may tell `onFirstScreen` the first screen's rows before. */
  load(query: PipelineQuery, onFirstScreen?: FirstScreenListener): Promise<PipelineData>;
  /** What moved each deal most since a date (this week, in the view). */
  movements(since: string, asOf: string, lang: Lang): Promise<MovementsData>;
  /**
   * The documents of these deals, in the order asked (the exports of the review meeting need
   * the maps, not only the rows); `unread` names the ids that could not be read. The team's
   * source first fetches the team's deals with no copy here (`options`: progress and cancel).
   */
  documents(dealIds: readonly string[], options?: DocumentsOptions): Promise<DealDocuments>;
  /** Told when the rows may have changed (a deal saved, created, deleted). */
  onChange(listener: () => void): () => void;
}

export interface MovementsData {
  /** Largest move first. */
  readonly movements: readonly DealMovement[];
  /** When each deal with a copy here last changed (ISO), so a merge with the team's can tell the fresher. */
  readonly changedAt?: ReadonlyMap<string, string>;
  /** The team's part, when signed in: as of when, and whether it is the copy kept offline. */
  readonly team?: TeamAnswerStatus | null;
}

export interface DocumentsOptions {
  /** Cancels fetching team deals: the export stops. */
  readonly signal?: AbortSignal;
  /** Team deals fetched so far, of how many. */
  readonly onProgress?: (progress: FetchProgress) => void;
}

/** Why a deal's document is not there: the server could not be reached, it refused, or the copy here cannot be read. */
export type UnreadReason = FetchFailure | 'unreadable';

export interface DealDocuments {
  readonly documents: readonly PowermapDocument[];
  readonly unread: readonly string[];
  /** Why each unread deal is unread; `unreadable` when not given. */
  readonly reasons?: ReadonlyMap<string, UnreadReason>;
}

/**
 * What the cache keeps per deal: its row now and, when asked for, its row on the `since`
 * date, packed (shared/pipeline/packed.ts): reading thousands of them is what the pipeline
 * view waits for before its first draw, and a packed row is under half of the row.
 */
export interface CachedRows {
  /** `asOf|since`: rows depend on the analysis date and the chosen date, not only on the deal. */
  readonly basis: string;
  readonly now: PackedRow;
  readonly then: PackedRow | null;
}

/** Bumped when the cached rows' shape changes, so old entries are computed again (2: packed rows; 3: codes and days as numbers). */
export const PIPELINE_CACHE_FORMAT = 3;

export interface LocalSourceDeps {
  readonly repository: Pick<DealRepository, 'listDeals' | 'loadDeal'>;
  readonly sync: Pick<DealSync, 'onLibraryChange'>;
  readonly cache: Pick<SummaryCache<CachedRows>, 'valid' | 'store' | 'keepOnly'>;
}

/** One deal's rows: now and, with `since`, as it stood then (null when it had no version then). */
interface DealRows {
  readonly now: PipelineRow;
  readonly then: PipelineRow | null;
}

function basisOf(query: PipelineQuery): string {
  return `${query.asOf}|${query.since ?? ''}`;
}

/** One deal's rows from its document; `since` adds the row of the deal as it stood then. */
export function rowsOf(doc: PowermapDocument, deal: DealSummary, query: PipelineQuery): DealRows {
  const lastChange = { at: deal.updatedAt, by: null };
  const now = summarizeDeal(doc, { asOf: query.asOf, since: query.since, lastChange });
  const past = query.since === null ? null : dealAsOf(doc, query.since);
  const then = past === null || query.since === null ? null : summarizeDeal(past, { asOf: query.since });
  return { now, then };
}

/** A cached entry's rows; null when one does not read (another build's, damaged): computed again then. */
function unpacked(entry: CachedRows): DealRows | null {
  const now = unpackRow(entry.now);
  const then = entry.then === null ? null : unpackRow(entry.then);
  return now === null || (entry.then !== null && then === null) ? null : { now, then };
}

/**
 * Every deal's cached rows read, the default view's first screen told first (issue 12): found
 * among the packed rows without unpacking them all, then the rows unpacked a slice per task,
 * so the screen is drawn meanwhile. No first screen when a row it would read does not unpack
 * (that deal is computed again, and may belong in it). A deal whose rows do not read is null.
 */
async function readFirstScreenFirst(
  hits: readonly CachedRows[],
  onFirstScreen: FirstScreenListener,
): Promise<(DealRows | null)[]> {
  const nowRows = hits.map((hit) => hit.now);
  const screen = firstScreen(nowRows, FIRST_SCREEN_ROWS);
  if (screen.skipped === 0) onFirstScreen({ rows: screen.rows, then: null, firstScreenOf: screen.open });
  const now = await unpackInSlices(nowRows);
  return hits.map((hit, i) => {
    const row = now[i] ?? null;
    const then = hit.then === null ? null : unpackRow(hit.then);
    return row === null || (hit.then !== null && then === null) ? null : { now: row, then };
  });
}

async function loaded(repository: LocalSourceDeps['repository'], id: string): Promise<PowermapDocument | null> {
  const result = await repository.loadDeal(id);
  if (result.status === 'ok') return result.document;
  // A damaged deal is shown by what could be read of it, as the deal screen opens it.
  if (result.status === 'corrupt' && result.salvaged) return result.salvaged.document;
  return null;
}

export function localPipelineSource({ repository, sync, cache }: LocalSourceDeps): PipelineSource {
  return {
    async load(query, onFirstScreen) {
      const deals = await repository.listDeals();
      const basis = basisOf(query);
      const cached = await cache.valid(deals);
      const hits = deals.map((deal) => cached.get(deal.id)).filter((hit): hit is CachedRows => hit?.basis === basis);
      // Every deal read from the cache (the usual start): the first screen can be told first.
      const early =
        onFirstScreen && deals.length > 0 && hits.length === deals.length
          ? await readFirstScreenFirst(hits, onFirstScreen)
          : null;
      const fresh: { dealId: string; updatedAt: string; summary: CachedRows }[] = [];
      const entries: DealRows[] = [];
      for (const [i, deal] of deals.entries()) {
        const hit = cached.get(deal.id);
        const read = early ? (early[i] ?? null) : hit && hit.basis === basis ? unpacked(hit) : null;
        if (read) {
          entries.push(read);
          continue;
        }
        const doc = await loaded(repository, deal.id);
        if (doc === null) continue;
        const rows = rowsOf(doc, deal, query);
        entries.push(rows);
        const summary = { basis, now: packRow(rows.now), then: rows.then && packRow(rows.then) };
        fresh.push({ dealId: deal.id, updatedAt: deal.updatedAt, summary });
      }
      await cache.store(fresh);
      if (fresh.length > 0) await cache.keepOnly(new Set(deals.map((d) => d.id)));
      const rows = entries.map((e) => e.now);
      const then = query.since === null ? null : entries.flatMap((e) => (e.then ? [e.then] : []));
      return { rows, then };
    },
    async movements(since, asOf, lang) {
      const all = await repository.listDeals();
      // A deal whose map was not written since then has not moved by an edit: only those written are read.
      const deals = all.filter((d) => d.updatedAt.slice(0, 10) >= since);
      const docs: PowermapDocument[] = [];
      for (const deal of deals) {
        const doc = await loaded(repository, deal.id);
        if (doc) docs.push(doc);
      }
      const changedAt = new Map(all.map((deal) => [deal.id, deal.updatedAt]));
      return { movements: whatMoved(docs, since, { asOf, lang }), changedAt };
    },
    async documents(dealIds) {
      const documents: PowermapDocument[] = [];
      const unread: string[] = [];
      for (const id of dealIds) {
        const doc = await loaded(repository, id);
        if (doc === null) unread.push(id);
        else documents.push(doc);
      }
      return { documents, unread };
    },
    onChange(listener) {
      return sync.onLibraryChange(listener);
    },
  };
}
