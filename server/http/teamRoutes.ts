/**
 * The teams of the signed-in user (for the Share dialog's choice of team), and the team's
 * likelihood model: a team lead adopts it for every deal of the team, or returns the team to
 * the standard model (issue 12, docs/CALIBRATION.md). Each is audited; the setting is written
 * into each deal's document by server/collab/teamModel.ts.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { LikelihoodModelSchema, type LikelihoodModelSetting } from '../../shared/document';
import { TeamModelWriteError, writeTeamModel, type TeamModelWrite } from '../collab/teamModel';
import type { AccessClaims } from '../auth/accessTokens';
import { audit } from '../store/audit';
import { findTeamById, setTeamModel, teamDealIds, teamRoleOf, teamsOf, type Team } from '../store/teams';
import { findUserById } from '../store/users';
import { requireUser, type ApiContext } from './context';
import { ApiError, parseWith } from './errors';

const TeamParams = z.object({ id: z.string().min(1).max(100) });

export function teamRoutes(app: FastifyInstance, context: ApiContext): void {
  const { db, collab } = context;

  app.get('/api/teams', async (request) => {
    const user = await requireUser(context, request);
    return { teams: await teamsOf(db, user.userId) };
  });

  /** The team, when the caller leads it; 404 when the caller is not in it, 403 when only a member. */
  async function ledTeam(teamId: string, userId: string): Promise<Team> {
    const team = await findTeamById(db, teamId);
    const role = team ? await teamRoleOf(db, team.id, userId) : undefined;
    if (!team || !role) throw new ApiError(404, 'team-not-found', `no team "${teamId}" you belong to`);
    if (role !== 'lead') throw new ApiError(403, 'not-team-lead', "only a lead of the team sets the team's model");
    return team;
  }

  async function writeModel(user: AccessClaims, team: Team, setting: LikelihoodModelSetting | null, ip: string) {
    const account = await findUserById(db, user.userId);
    const actor = { id: `user:${user.name}`, name: account?.displayName || user.name };
    const dealIds = await teamDealIds(db, team.id);
    await setTeamModel(db, team.id, setting);
    let result: TeamModelWrite;
    let failed: readonly string[] = [];
    try {
      result = await writeTeamModel(collab.hocuspocus, dealIds, setting, actor, {
        userId: user.userId,
        userName: user.name,
        access: 'lead',
        // A direct connection has no token to expire.
        tokenExpiresAt: Number.POSITIVE_INFINITY,
      });
    } catch (error) {
      if (!(error instanceof TeamModelWriteError)) throw error;
      result = error.partial;
      failed = error.failed;
    }
    await audit(db, {
      actorId: user.userId,
      action: setting === null ? 'team-model-undone' : 'team-model-adopted',
      target: team.id,
      address: ip,
      detail: {
        team: team.name,
        base: setting?.base ?? null,
        written: result.written,
        unchanged: result.unchanged,
        skipped: result.skipped.length,
        failed: failed.length,
      },
    });
    if (failed.length > 0)
      throw new ApiError(500, 'model-partly-written', `the model could not be written to: ${failed.join('; ')}`);
    return {
      team: { id: team.id, name: team.name, likelihoodModel: setting },
      written: result.written,
      unchanged: result.unchanged,
      skipped: result.skipped,
    };
  }

  app.post('/api/teams/:id/likelihood-model', async (request) => {
    const user = await requireUser(context, request);
    const { id } = parseWith(TeamParams, request.params);
    const setting = parseWith(LikelihoodModelSchema, request.body);
    return writeModel(user, await ledTeam(id, user.userId), setting, request.ip);
  });

  app.delete('/api/teams/:id/likelihood-model', async (request) => {
    const user = await requireUser(context, request);
    const { id } = parseWith(TeamParams, request.params);
    return writeModel(user, await ledTeam(id, user.userId), null, request.ip);
  });
}
