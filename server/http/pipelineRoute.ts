/**
 * GET /api/pipeline: the summary rows (shared/pipeline PipelineRow) of every deal the signed-in
 * user may read, as stored after each store of the deal (server/collab/summaryHook.ts). A deal
 * never stored since the server kept summaries has no row yet.
 *
 * With `?since=YYYY-MM-DD` (and `asOf`, the app's today, default the server's; `lang`, the
 * words of the movement), the same deals read from their stored documents
 * (server/collab/pipelineSince.ts): the rows with the trend measured from `since`, the rows as
 * they stood then, and what moved since, as the app's local source gives them for its own deals.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { LANGS } from '../../shared/i18n';
import { isCalendarDate } from '../../shared/values';
import { pipelineSince, SinceCache } from '../collab/pipelineSince';
import { today } from '../collab/summaryHook';
import { readableReview, readableSummaries } from '../store/summaries';
import { requireUser, type ApiContext } from './context';
import { ApiError } from './errors';

const CalendarDate = z.string().refine(isCalendarDate, 'a date is YYYY-MM-DD');
const PipelineQuery = z
  .object({ since: CalendarDate.optional(), asOf: CalendarDate.optional(), lang: z.enum(LANGS).optional() })
  .refine((query) => !query.since || !query.asOf || query.since <= query.asOf, {
    message: 'since is on or before asOf',
    path: ['since'],
  });

function pipelineQuery(value: unknown): z.infer<typeof PipelineQuery> {
  const parsed = PipelineQuery.safeParse(value);
  if (parsed.success) return parsed.data;
  const message = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
  throw new ApiError(400, 'invalid-query', message);
}

export function pipelineRoute(app: FastifyInstance, context: ApiContext, cache = new SinceCache()): void {
  app.get('/api/pipeline', async (request) => {
    const user = await requireUser(context, request);
    const query = pipelineQuery(request.query);
    if (query.since !== undefined) {
      const asOf = query.asOf ?? today();
      if (query.since > asOf) throw new ApiError(400, 'invalid-query', 'since: since is on or before asOf');
      const since = { since: query.since, asOf, lang: query.lang ?? 'en' } as const;
      const answer = await pipelineSince(context.db, user.userId, since, cache);
      const summarizedAt = new Date().toISOString();
      return {
        since: since.since,
        asOf,
        lang: since.lang,
        rows: answer.rows.map((row) => ({ ...row, asOf, summarizedAt })),
        then: answer.then,
        moved: answer.moved,
      };
    }
    const summaries = await readableSummaries(context.db, user.userId);
    return {
      rows: summaries.map((summary) => ({
        ...summary.row,
        // The day the row's days left, overdue and status were computed for.
        asOf: summary.asOf,
        summarizedAt: summary.summarizedAt.toISOString(),
      })),
    };
  });
}

/**
 * GET /api/review: what the win/loss review needs of every deal the user may read (the same
 * rule as the pipeline): the closed deals' records (shared/calibration CalibrationRecord, no
 * personal field), and the ids of the deals still open, so a lead reviews the team's closed
 * deals without opening one.
 */
export function reviewRoute(app: FastifyInstance, context: ApiContext): void {
  app.get('/api/review', async (request) => {
    const user = await requireUser(context, request);
    const review = await readableReview(context.db, user.userId);
    return { records: review.records, open: review.open };
  });
}
