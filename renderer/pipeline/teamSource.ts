/**
 * The pipeline when signed in to a team server (issue 12): the local rows merged with the
 * team's summary rows (GET /api/pipeline, mergeRows.ts), the server's answer kept in the
 * database so the team's deals still show offline, with when they were answered. Signed
 * out, it is the local source as it is.
 *
 * With a `since` date, the team's rows now and then come from GET /api/pipeline?since=…,
 * which the server makes from the stored documents by the same shared functions as the local
 * source, and "what moved this week" merges the server's movements the same way: each deal
 * from the side whose version is fresher. Each answer is kept for offline like the rows.
 * The exports fetch the team's deals with no copy here first (`fetchDeals`), then read them.
 */
import type { Lang } from '../../shared/i18n';
import type { PipelineRow } from '../../shared/pipeline';
import type { TeamCache } from '../persistence/teamCache';
import { cachedAnswer, cacheOwner, type TeamAnswer } from '../team/cachedAnswer';
import type { FetchDealsOptions, FetchedDeals } from '../team/fetchSharedDeals';
import type { SessionState, TeamSession } from '../team/session';
import type { PipelineSinceQuery } from '../team/teamApi';
import { mergeMovements, mergeRows, mergeThen, readServedRows } from './mergeRows';
import { readServedSince, type ServedSince } from './servedSince';
import type { DealDocuments, PipelineData, PipelineQuery, PipelineSource, UnreadReason } from './source';

export interface TeamSourceDeps {
  readonly local: PipelineSource;
  readonly session: Pick<TeamSession, 'current' | 'subscribe'>;
  /** Asks the server for the rows (teamApi.fetchTeamPipeline). */
  readonly ask: () => Promise<unknown>;
  /** Asks the server for the rows now and then and the movements since a date (teamApi.fetchTeamPipelineSince). */
  readonly askSince?: (query: PipelineSinceQuery) => Promise<unknown>;
  /** Brings team deals with no copy here onto this device (team/fetchSharedDeals.ts). */
  readonly fetchDeals?: (dealIds: readonly string[], options: FetchDealsOptions) => Promise<FetchedDeals>;
  readonly cache: Pick<TeamCache, 'read' | 'write'>;
  readonly now?: () => Date;
}

export function teamPipelineSource(deps: TeamSourceDeps): PipelineSource {
  const { local, session } = deps;
  /** The deals only on the server at the last load: the ones an export fetches. */
  let remote: ReadonlySet<string> = new Set();
  /** Told when an export brought deals onto this device: their rows are no longer only on the server. */
  const fetchedListeners = new Set<() => void>();

  const ask = <T>(
    state: SessionState,
    kind: 'pipeline' | 'pipelineSince' | 'moved',
    request: () => Promise<unknown>,
    read: (payload: unknown) => T | null,
  ): Promise<TeamAnswer<T>> =>
    cachedAnswer<T>({
      cache: deps.cache,
      kind,
      owner: cacheOwner(state),
      ask: request,
      read,
      ...(deps.now ? { now: deps.now } : {}),
    });

  const askRows = (state: SessionState) => ask<PipelineRow[]>(state, 'pipeline', deps.ask, readServedRows);

  const askSince = (state: SessionState, kind: 'pipelineSince' | 'moved', query: PipelineSinceQuery) => {
    const request = deps.askSince;
    const readLang = kind === 'moved' ? query.lang : undefined;
    return ask<ServedSince>(
      state,
      kind,
      () => (request ? request(query) : Promise.reject(new Error('no since answer'))),
      (payload) => readServedSince(payload, query.since, readLang),
    );
  };

  async function loadRows(state: SessionState, mine: PipelineData) {
    const answer = await askRows(state);
    return { merged: mergeRows(mine.rows, answer.value ?? []), answer };
  }

  async function loadSince(state: SessionState, query: PipelineQuery & { since: string }, mine: PipelineData) {
    const answer = await askSince(state, 'pipelineSince', { since: query.since, asOf: query.asOf, lang: 'en' });
    // Nothing kept for this date offline (or a server that does not know `since`): the team's
    // rows as the summaries have them, without their "then".
    if (answer.value === null) return { ...(await loadRows(state, mine)), then: mine.then };
    const merged = mergeRows(mine.rows, answer.value.rows);
    return { merged, then: mergeThen(mine.then ?? [], answer.value.then, merged.fromServer), answer };
  }

  return {
    async load(query) {
      const mine = await local.load(query);
      const state = session.current();
      if (!state) return mine;
      const { since } = query;
      const { merged, then, answer } =
        since === null || !deps.askSince
          ? { ...(await loadRows(state, mine)), then: mine.then }
          : await loadSince(state, { ...query, since }, mine);
      remote = merged.remote;
      return {
        ...mine,
        rows: merged.rows,
        then,
        remote: merged.remote,
        team: { at: answer.at, offline: answer.offline },
      };
    },
    async movements(since, asOf, lang: Lang) {
      const mine = await local.movements(since, asOf, lang);
      const state = session.current();
      if (!state || !deps.askSince) return mine;
      const answer = await askSince(state, 'moved', { since, asOf, lang });
      const team = { at: answer.at, offline: answer.offline };
      if (answer.value === null) return { ...mine, team };
      return { movements: mergeMovements(mine.movements, answer.value, mine.changedAt ?? new Map()), team };
    },
    async documents(dealIds, options = {}) {
      const here = await local.documents(dealIds);
      const toFetch = here.unread.filter((id) => remote.has(id));
      if (toFetch.length === 0 || !deps.fetchDeals || !session.current()) return here;
      const outcome = await deps.fetchDeals(toFetch, options);
      if (options.signal?.aborted) return here;
      if (outcome.fetched.length === 0) return { ...here, reasons: reasonsOf(here, outcome) };
      for (const listener of fetchedListeners) listener();
      const again = await local.documents(dealIds);
      return { ...again, reasons: reasonsOf(again, outcome) };
    },
    onChange(listener) {
      const stopLocal = local.onChange(listener);
      fetchedListeners.add(listener);
      // Signing in or out changes the rows; a renewed token of the same sign-in does not.
      const whoNow = () => {
        const state = session.current();
        return state ? cacheOwner(state) : null;
      };
      let who = whoNow();
      const stopSession = session.subscribe(() => {
        const now = whoNow();
        if (now === who) return;
        who = now;
        listener();
      });
      return () => {
        stopLocal();
        fetchedListeners.delete(listener);
        stopSession();
      };
    },
  };
}

/** Why each deal still unread is: what fetching it said, or a copy here that cannot be read. */
function reasonsOf(documents: DealDocuments, outcome: FetchedDeals): ReadonlyMap<string, UnreadReason> {
  return new Map(documents.unread.map((id) => [id, outcome.failed.get(id) ?? 'unreadable']));
}
