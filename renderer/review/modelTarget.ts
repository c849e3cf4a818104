/**
 * Where adopting a team model is written (issue 12: "a recorded, reversible setting that
 * travels with the team's deals"). Signed in as the lead of a server team, the server writes
 * it into every deal of that team, also the deals never opened on this device
 * (POST /api/teams/:id/likelihood-model); otherwise the deals of the local library are
 * written here, as before. Pure, so the rule is tested without a browser.
 */
import { LikelihoodModelSchema, type LikelihoodModelSetting } from '../../shared/document';
import type { MyTeam } from '../team/teamApi';

export type ModelTarget =
  | {
      readonly kind: 'server';
      readonly teamId: string;
      readonly teamName: string;
      /** The team's model as the server recorded it; null for the standard one. */
      readonly setting: LikelihoodModelSetting | null;
    }
  | { readonly kind: 'local' };

export const LOCAL_TARGET: ModelTarget = { kind: 'local' };

/** The server's record of a team's model, checked like a deal's; anything else reads as the standard model. */
export function teamSetting(raw: unknown): LikelihoodModelSetting | null {
  if (raw === null || raw === undefined) return null;
  const parsed = LikelihoodModelSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** The teams the user leads, as targets by name; the local library when there is none (or signed out). */
export function modelTargets(teams: readonly MyTeam[] | null): ModelTarget[] {
  const led = (teams ?? []).filter((team) => team.role === 'lead');
  if (led.length === 0) return [LOCAL_TARGET];
  return led
    .map((team): ModelTarget => ({
      kind: 'server',
      teamId: team.id,
      teamName: team.name,
      setting: teamSetting(team.likelihoodModel),
    }))
    .sort((a, b) => (a.kind === 'server' && b.kind === 'server' ? a.teamName.localeCompare(b.teamName) : 0));
}
