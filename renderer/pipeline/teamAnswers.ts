/**
 * The team server's answers for the pipeline, each kept in the database for offline
 * (team/cachedAnswer.ts): the summary rows (GET /api/pipeline) merged with the local rows,
 * and the rows now and then and the movements since a date (GET /api/pipeline?since=…).
 */
import type { PipelineRow } from '../../shared/pipeline';
import type { TeamCache } from '../persistence/teamCache';
import { cachedAnswer, cacheOwner, type TeamAnswer } from '../team/cachedAnswer';
import type { FetchDealsOptions, FetchedDeals } from '../team/fetchSharedDeals';
import type { SessionState, TeamSession } from '../team/session';
import type { PipelineSinceQuery } from '../team/teamApi';
import { mergeRows, mergeThen, readServedRows } from './mergeRows';
import { readServedSince, type ServedSince } from './servedSince';
import type { PipelineData, PipelineQuery, PipelineSource } from './source';

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

export function teamAnswers(deps: TeamSourceDeps) {
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

  /** The local rows merged with the team's summary rows. */
  async function loadRows(state: SessionState, mine: PipelineData) {
    const answer = await askRows(state);
    return { merged: mergeRows(mine.rows, answer.value ?? []), answer };
  }

  /** The local rows now and then merged with the team's, as the server has them since the date. */
  async function loadSince(state: SessionState, query: PipelineQuery & { since: string }, mine: PipelineData) {
    const answer = await askSince(state, 'pipelineSince', { since: query.since, asOf: query.asOf, lang: 'en' });
    // Nothing kept for this date offline (or a server that does not know `since`): the team's
    // rows as the summaries have them, without their "then".
    if (answer.value === null) return { ...(await loadRows(state, mine)), then: mine.then };
    const merged = mergeRows(mine.rows, answer.value.rows);
    return { merged, then: mergeThen(mine.then ?? [], answer.value.then, merged.fromServer), answer };
  }

  return { askSince, loadRows, loadSince };
}
