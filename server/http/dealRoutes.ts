/**
 * The deals a user may see, publishing a local deal, its members and its team (owner only). A
 * change of membership closes the member's live connections to the deal at once; a deal is put
 * only into a team its owner belongs to.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { joinTeamModel } from '../collab/teamModel';
import { audit } from '../store/audit';
import {
  accessOf,
  addDeal,
  DEAL_ID,
  DealExistsError,
  dealMembers,
  findDeal,
  removeDealMember,
  setDealMember,
  setDealTeam,
  visibleDeals,
} from '../store/deals';
import { setSummaryTeam } from '../store/summaries';
import { findTeamByName, teamRoleOf } from '../store/teams';
import { findUserByName } from '../store/users';
import { requireUser, type ApiContext } from './context';
import { ApiError, parseWith } from './errors';

const DealParams = z.object({ id: z.string().regex(DEAL_ID) });
const MemberParams = DealParams.extend({ user: z.string().min(1).max(64) });
const PublishBody = z.object({
  id: z.string().regex(DEAL_ID, 'a deal id has 1 to 128 letters, digits and . _ : -'),
  name: z.string().trim().min(1).max(200),
  team: z.string().min(1).max(100).optional(),
});
const MemberBody = z.object({ role: z.enum(['editor', 'viewer']) });
/** A team by name, or null for no team. */
const TeamBody = z.object({ team: z.string().min(1).max(100).nullable() });

export function dealRoutes(app: FastifyInstance, context: ApiContext): void {
  const { db, collab } = context;

  /** The deal, when the caller owns it; 404 when the caller may not know it exists, 403 otherwise. */
  async function ownedDeal(dealId: string, userId: string) {
    const access = await accessOf(db, dealId, userId);
    if (!access) throw new ApiError(404, 'deal-not-found', `no shared deal "${dealId}" you may see`);
    if (access !== 'owner')
      throw new ApiError(403, 'not-owner', 'only the owner of a deal manages its members and team');
    return (await findDeal(db, dealId))!;
  }

  /** The team named `name` when `userId` belongs to it; a 400 otherwise (it may not exist). */
  async function memberTeam(name: string, userId: string) {
    const team = await findTeamByName(db, name);
    if (!team || !(await teamRoleOf(db, team.id, userId)))
      throw new ApiError(400, 'not-team-member', `you are not a member of a team named "${name}"`);
    return team;
  }

  app.get('/api/deals', async (request) => {
    const user = await requireUser(context, request);
    const deals = await visibleDeals(db, user.userId);
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

  app.post('/api/deals', async (request, reply) => {
    const user = await requireUser(context, request);
    const body = parseWith(PublishBody, request.body);
    const team = body.team === undefined ? null : await memberTeam(body.team, user.userId);
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

  // The owner moves the deal into one of their teams, or out of every team. The old team's lead
  // loses read access: their open connections are closed at once, on every process (the
  // periodic access recheck stays the backstop), and the deal's pipeline row shows the new team.
  app.put('/api/deals/:id/team', async (request) => {
    const user = await requireUser(context, request);
    const { id } = parseWith(DealParams, request.params);
    const body = parseWith(TeamBody, request.body);
    const deal = await ownedDeal(id, user.userId);
    const team = body.team === null ? null : await memberTeam(body.team, user.userId);
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

  app.get('/api/deals/:id/members', async (request) => {
    const user = await requireUser(context, request);
    const { id } = parseWith(DealParams, request.params);
    await ownedDeal(id, user.userId);
    return { members: await dealMembers(db, id) };
  });

  app.put('/api/deals/:id/members/:user', async (request) => {
    const user = await requireUser(context, request);
    const params = parseWith(MemberParams, request.params);
    const body = parseWith(MemberBody, request.body);
    const deal = await ownedDeal(params.id, user.userId);
    const member = await findUserByName(db, params.user);
    if (!member) throw new ApiError(404, 'user-not-found', `no user named "${params.user}"`);
    if (member.id === deal.ownerId) throw new ApiError(400, 'owner-role', 'the owner of a deal stays its owner');
    const before = await accessOf(db, deal.id, member.id);
    await setDealMember(db, deal.id, member.id, body.role);
    // A lowered role takes effect now: the member reconnects and is read-only from then on.
    if (before && before !== body.role) collab.closeUserConnections(deal.id, member.id, 'changed');
    await audit(db, {
      actorId: user.userId,
      action: 'deal-member-set',
      target: deal.id,
      address: request.ip,
      detail: { member: member.name, role: body.role },
    });
    return { members: await dealMembers(db, deal.id) };
  });

  app.delete('/api/deals/:id/members/:user', async (request, reply) => {
    const user = await requireUser(context, request);
    const params = parseWith(MemberParams, request.params);
    const deal = await ownedDeal(params.id, user.userId);
    const member = await findUserByName(db, params.user);
    if (!member) throw new ApiError(404, 'user-not-found', `no user named "${params.user}"`);
    if (member.id === deal.ownerId) throw new ApiError(400, 'owner-role', 'the owner of a deal cannot be removed');
    if (!(await removeDealMember(db, deal.id, member.id)))
      throw new ApiError(404, 'not-a-member', `"${params.user}" is not a member of this deal`);
    collab.closeUserConnections(deal.id, member.id, 'revoked');
    await audit(db, {
      actorId: user.userId,
      action: 'deal-member-removed',
      target: deal.id,
      address: request.ip,
      detail: { member: member.name },
    });
    return reply.code(204).send();
  });
}
