/**
 * A deal's members, for its owner: the list, a member's role set, a member removed. A change
 * of membership closes the member's live connections to the deal at once.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { audit } from '../store/audit';
import { accessOf, dealMembers, removeDealMember, setDealMember } from '../store/deals';
import { findUserByName } from '../store/users';
import { requireUser, type ApiContext } from './context';
import { ownedDeal } from './dealAccess';
import { DealParams, MemberParams } from './dealParams';
import { ApiError, parseWith } from './errors';

const MemberBody = z.object({ role: z.enum(['editor', 'viewer']) });

/** The user named in the path; 404 when there is none, 400 when it is the deal's owner (`ownerRule` says why). */
async function memberUser(context: ApiContext, name: string, ownerId: string, ownerRule: string) {
  const member = await findUserByName(context.db, name);
  if (!member) throw new ApiError(404, 'user-not-found', `no user named "${name}"`);
  if (member.id === ownerId) throw new ApiError(400, 'owner-role', ownerRule);
  return member;
}

export function dealMemberRoutes(app: FastifyInstance, context: ApiContext): void {
  const { db, collab } = context;

  app.get('/api/deals/:id/members', async (request) => {
    const user = await requireUser(context, request);
    const { id } = parseWith(DealParams, request.params);
    await ownedDeal(db, id, user.userId);
    return { members: await dealMembers(db, id) };
  });

  app.put('/api/deals/:id/members/:user', async (request) => {
    const user = await requireUser(context, request);
    const params = parseWith(MemberParams, request.params);
    const body = parseWith(MemberBody, request.body);
    const deal = await ownedDeal(db, params.id, user.userId);
    const member = await memberUser(context, params.user, deal.ownerId, 'the owner of a deal stays its owner');
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
    const deal = await ownedDeal(db, params.id, user.userId);
    const member = await memberUser(context, params.user, deal.ownerId, 'the owner of a deal cannot be removed');
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
