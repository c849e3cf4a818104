/**
 * GET /api/pipeline: the summary rows (shared/pipeline PipelineRow) of every deal the signed-in
 * user may read, as stored after each store of the deal (server/collab/summaryHook.ts). A deal
 * never stored since the server kept summaries has no row yet.
 */
import type { FastifyInstance } from 'fastify';
import { readableReview, readableSummaries } from '../store/summaries';
import { requireUser, type ApiContext } from './context';

export function pipelineRoute(app: FastifyInstance, context: ApiContext): void {
  app.get('/api/pipeline', async (request) => {
    const user = await requireUser(context, request);
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
