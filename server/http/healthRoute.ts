/** GET /api/health: whether the database and Redis answer, and how many documents are loaded. */
import type { FastifyInstance } from 'fastify';
import type { ApiContext } from './context';

export function healthRoute(app: FastifyInstance, context: ApiContext): void {
  app.get('/api/health', async (_request, reply) => {
    const db = await context.db.query('select 1').then(
      () => 'ok' as const,
      () => 'down' as const,
    );
    const stats = context.collab.stats();
    const ok = db === 'ok' && stats.redis !== 'down';
    return reply.code(ok ? 200 : 503).send({
      ok,
      db,
      engine: context.db.engine,
      redis: stats.redis,
      documents: stats.documents,
      connections: stats.connections,
      storeFailures: stats.storeFailures,
    });
  });
}
