/**
 * The deals a user may see, publishing a local deal, its members and its team (owner only). A
 * change of membership closes the member's live connections to the deal at once; a deal is put
 * only into a team its owner belongs to.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { audit } from '../store/audit';
import { addDeal, DEAL_ID, DealExistsError, visibleDeals } from '../store/deals';
import { requireUser, type ApiContext } from './context';
import { memberTeam } from './dealAccess';
import { dealMemberRoutes } from './dealMemberRoutes';
import { dealTeamRoute } from './dealTeamRoute';
import { ApiError, parseWith } from './errors';

const PublishBody = z.object({
  id: z.string().regex(DEAL_ID, 'a deal id has 1 to 128 letters, digits and . _ : -'),
  name: z.string().trim().min(1).max(200),
  team: z.string().min(1).max(100).optional(),
});

/** The deals the caller may see, with the caller's role in each. */
function listRoute(app: FastifyInstance, context: ApiContext): void {
  app.get('/api/deals', async (request) => {
    const user = await requireUser(context, request);
    const deals = await visibleDeals(context.db, user.userId);
    return {
      deals: deals.map((deal) => ({
        id: deal.id,
        name: deal.name,
        owner: deal.owner,
        team: deal.team,
        role: deal.access,
        createdAt: deal.createdAt.toISOString(),
      })),
    };
  });
}

/** A local deal published: the caller owns it, in one of the caller's teams or none; 409 when the id is taken. */
function publishRoute(app: FastifyInstance, context: ApiContext): void {
  const { db } = context;
  app.post('/api/deals', async (request, reply) => {
    const user = await requireUser(context, request);
    const body = parseWith(PublishBody, request.body);
    const team = body.team === undefined ? null : await memberTeam(db, body.team, user.userId);
    const teamId = team?.id ?? null;
    try {
      const deal = await db.transaction((sql) =>
        addDeal(sql, { id: body.id, name: body.name, ownerId: user.userId, teamId }),
      );
      await audit(db, {
        actorId: user.userId,
        action: 'deal-shared',
        target: deal.id,
        address: request.ip,
        detail: { team: team?.name ?? null },
      });
      return reply.code(201).send({ deal: { id: deal.id, name: deal.name, team: team?.name ?? null, role: 'owner' } });
    } catch (error) {
      if (error instanceof DealExistsError) throw new ApiError(409, 'deal-exists', error.message);
      throw error;
    }
  });
}

export function dealRoutes(app: FastifyInstance, context: ApiContext): void {
  listRoute(app, context);
  publishRoute(app, context);
  dealTeamRoute(app, context);
  dealMemberRoutes(app, context);
}
