/**
 * The pipeline when signed in to a team server (issue 12): the local rows merged with the
 * team's summary rows (GET /api/pipeline, mergeRows.ts), the server's answer kept in the
 * database so the team's deals still show offline, with when they were answered. Signed
 * out, it is the local source as it is.
 *
 * The team's rows come as the server summarized them: "what moved this week" and the rows
 * of the `since` date read documents, so they cover the deals with a copy here only, as do
 * the exports (a team deal is exported once it has been opened here).
 */
import type { PipelineRow } from '../../shared/pipeline';
import type { TeamCache } from '../persistence/teamCache';
import { cachedAnswer, cacheOwner } from '../team/cachedAnswer';
import type { TeamSession } from '../team/session';
import { mergeRows, readServedRows } from './mergeRows';
import type { PipelineSource } from './source';

export interface TeamSourceDeps {
  readonly local: PipelineSource;
  readonly session: Pick<TeamSession, 'current' | 'subscribe'>;
  /** Asks the server for the rows (teamApi.fetchTeamPipeline). */
  readonly ask: () => Promise<unknown>;
  readonly cache: Pick<TeamCache, 'read' | 'write'>;
  readonly now?: () => Date;
}

export function teamPipelineSource(deps: TeamSourceDeps): PipelineSource {
  const { local, session } = deps;
  return {
    async load(query) {
      const mine = await local.load(query);
      const state = session.current();
      if (!state) return mine;
      const answer = await cachedAnswer<PipelineRow[]>({
        cache: deps.cache,
        kind: 'pipeline',
        owner: cacheOwner(state),
        ask: deps.ask,
        read: readServedRows,
        ...(deps.now ? { now: deps.now } : {}),
      });
      const merged = mergeRows(mine.rows, answer.value ?? []);
      return { ...mine, rows: merged.rows, remote: merged.remote, team: { at: answer.at, offline: answer.offline } };
    },
    movements: (since, asOf, lang) => local.movements(since, asOf, lang),
    // The exports need the maps: a team deal with no copy here is unread until opened once.
    documents: (dealIds) => local.documents(dealIds),
    onChange(listener) {
      const stopLocal = local.onChange(listener);
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
        stopSession();
      };
    },
  };
}
