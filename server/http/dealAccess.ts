/** What the deal routes check before an owner's change: that the caller owns the deal, and belongs to the team named. */
import type { Database } from '../db/database';
import { accessOf, findDeal } from '../store/deals';
import { findTeamByName, teamRoleOf } from '../store/teams';
import { ApiError } from './errors';

/** The deal, when the caller owns it; 404 when the caller may not know it exists, 403 otherwise. */
export async function ownedDeal(db: Database, dealId: string, userId: string) {
  const access = await accessOf(db, dealId, userId);
  if (!access) throw new ApiError(404, 'deal-not-found', `no shared deal "${dealId}" you may see`);
  if (access !== 'owner') throw new ApiError(403, 'not-owner', 'only the owner of a deal manages its members and team');
  return (await findDeal(db, dealId))!;
}

/** The team named `name` when `userId` belongs to it; a 400 otherwise (it may not exist). */
export async function memberTeam(db: Database, name: string, userId: string) {
  const team = await findTeamByName(db, name);
  if (!team || !(await teamRoleOf(db, team.id, userId)))
    throw new ApiError(400, 'not-team-member', `you are not a member of a team named "${name}"`);
  return team;
}
