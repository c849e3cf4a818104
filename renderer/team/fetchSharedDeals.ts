/**
 * Brings several team deals onto this device at once, for an export of deals never opened
 * here (docs/PIPELINE.md, "Exports of the team's deals"): each is fetched as opening it does
 * (fetchSharedDeal, bounded in time) and linked so it follows the server; at most
 * `concurrency` at a time, so a pack of fifty deals neither opens fifty connections nor waits
 * for them one by one. A deal that cannot come is named with why: the server could not be
 * reached (`offline`), or the user may not read it (`refused`); the others still come.
 * A cancel (`signal`) starts no more deals and ends those under way.
 */
import { fetchSharedDeal } from './fetchSharedDeal';
import type { DealDoc } from './TeamContext';
import type { TeamSession } from './session';
import { listSharedDeals, type SharedDeal } from './teamApi';
import { TeamError } from './teamErrors';

/** Why a deal did not come: no answer from the server, or no right to read it. */
export type FetchFailure = 'offline' | 'refused';

export interface FetchProgress {
  /** Deals settled (come or failed). */
  readonly done: number;
  readonly total: number;
}

export interface FetchDealsOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: FetchProgress) => void;
}

export interface FetchedDeals {
  readonly fetched: readonly string[];
  readonly failed: ReadonlyMap<string, FetchFailure>;
}

/** Deals fetched at once: enough to overlap the round trips, few enough for a laptop and the server. */
export const FETCH_CONCURRENCY = 3;

export interface FetchDealsDeps {
  readonly session: TeamSession;
  readonly openDoc: (dealId: string) => Promise<DealDoc>;
  /** Links a fetched deal to the server (TeamStore.link), as opening one does. */
  readonly link: (deal: SharedDeal) => void;
  readonly concurrency?: number;
  readonly timeoutMs?: number;
  /** Fetches one deal; fetchSharedDeal unless a test gives another. */
  readonly fetchOne?: typeof fetchSharedDeal;
}

function failureOf(error: unknown): FetchFailure {
  return error instanceof TeamError && (error.code === 'deal-not-found' || error.code === 'signed-out')
    ? 'refused'
    : 'offline';
}

export async function fetchSharedDeals(
  deps: FetchDealsDeps,
  dealIds: readonly string[],
  options: FetchDealsOptions = {},
): Promise<FetchedDeals> {
  const total = dealIds.length;
  const failed = new Map<string, FetchFailure>();
  const fetched: string[] = [];
  let done = 0;
  const settle = () => options.onProgress?.({ done: (done += 1), total });
  options.onProgress?.({ done, total });
  if (total === 0) return { fetched, failed };
  let shared: SharedDeal[];
  try {
    shared = await listSharedDeals(deps.session);
  } catch (error) {
    for (const id of dealIds) failed.set(id, failureOf(error));
    options.onProgress?.({ done: total, total });
    return { fetched, failed };
  }
  const byId = new Map(shared.map((deal) => [deal.id, deal]));
  const queue = [...dealIds];
  const fetchOne = deps.fetchOne ?? fetchSharedDeal;
  const worker = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      const deal = byId.get(id);
      if (options.signal?.aborted) return;
      if (!deal) {
        // No longer shared with the user (or never was): the server would refuse it.
        failed.set(id, 'refused');
      } else {
        try {
          await fetchOne({
            session: deps.session,
            deal,
            openDoc: deps.openDoc,
            ...(deps.timeoutMs === undefined ? {} : { timeoutMs: deps.timeoutMs }),
            ...(options.signal ? { signal: options.signal } : {}),
          });
          deps.link(deal);
          fetched.push(id);
        } catch (error) {
          if (options.signal?.aborted) return;
          failed.set(id, failureOf(error));
        }
      }
      settle();
    }
  };
  const workers = Math.max(1, Math.min(deps.concurrency ?? FETCH_CONCURRENCY, total));
  await Promise.all(Array.from({ length: workers }, worker));
  return { fetched, failed };
}
