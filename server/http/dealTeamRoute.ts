/**
 * The owner moves the deal into one of their teams, or out of every team. The old team's lead
 * loses read access: their open connections are closed at once, on every process (the
 * periodic access recheck stays the backstop), and the deal's pipeline row shows the new team.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { joinTeamModel } from '../collab/teamModel';
import { audit } from '../store/audit';
import { setDealTeam } from '../store/deals';
import { setSummaryTeam } from '../store/summaries';
import { requireUser, type ApiContext } from './context';
import { memberTeam, ownedDeal } from './dealAccess';
import { DealParams } from './dealParams';
import { parseWith } from './errors';

/** A team by name, or null for no team. */
const TeamBody = z.object({ team: z.string().min(1).max(100).nullable() });

export function dealTeamRoute(app: FastifyInstance, context: ApiContext): void {
  const { db, collab } = context;
  app.put('/api/deals/:id/team', async (request) => {
    const user = await requireUser(context, request);
    const { id } = parseWith(DealParams, request.params);
    const body = parseWith(TeamBody, request.body);
    const deal = await ownedDeal(db, id, user.userId);
    const team = body.team === null ? null : await memberTeam(db, body.team, user.userId);
    await setDealTeam(db, deal.id, team?.id ?? null);
    await collab.recheckDeal(deal.id);
    await setSummaryTeam(db, deal.id, team?.name ?? null);
    // The team's model travels with the team's deals: the deal takes its new team's setting,
    // and leaving every team takes it back to the standard model.
    const model = await joinTeamModel(collab.hocuspocus, db, deal.id, team?.id ?? null, user);
    await audit(db, {
      actorId: user.userId,
      action: 'deal-team-set',
      target: deal.id,
      address: request.ip,
      detail: { team: team?.name ?? null, model },
    });
    return { deal: { id: deal.id, name: deal.name, team: team?.name ?? null, role: 'owner' } };
  });
}
