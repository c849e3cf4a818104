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
import { cacheOwner } from '../team/cachedAnswer';
import type { FetchedDeals } from '../team/fetchSharedDeals';
import { mergeMovements } from './mergeRows';
import type { DealDocuments, PipelineSource, UnreadReason } from './source';
import { teamAnswers, type TeamSourceDeps } from './teamAnswers';

export function teamPipelineSource(deps: TeamSourceDeps): PipelineSource {
  const { local, session } = deps;
  /** The deals only on the server at the last load: the ones an export fetches. */
  let remote: ReadonlySet<string> = new Set();
  /** Told when an export brought deals onto this device: their rows are no longer only on the server. */
  const fetchedListeners = new Set<() => void>();

  const { askSince, loadRows, loadSince } = teamAnswers(deps);

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
    onChange: (listener) => followChanges(local, session, fetchedListeners, listener),
  };
}

/** Why each deal still unread is: what fetching it said, or a copy here that cannot be read. */
function reasonsOf(documents: DealDocuments, outcome: FetchedDeals): ReadonlyMap<string, UnreadReason> {
  return new Map(documents.unread.map((id) => [id, outcome.failed.get(id) ?? 'unreadable']));
}

/**
 * Tells the listener when the rows may have changed: the local source's changes, deals an
 * export brought here, and signing in or out (a renewed token of the same sign-in is no change).
 */
function followChanges(
  local: PipelineSource,
  session: TeamSourceDeps['session'],
  fetchedListeners: Set<() => void>,
  listener: () => void,
): () => void {
  const stopLocal = local.onChange(listener);
  fetchedListeners.add(listener);
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
}
