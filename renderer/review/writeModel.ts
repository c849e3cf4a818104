/**
 * Adopting a team model, or returning to the standard one: on the server for every deal of a
 * server team (the server applies the same adoptForTeam / undoAdoption to each deal's Y.Doc,
 * server/collab/teamModel.ts), or on every local deal through the repository. Either way the
 * setting itself records who adopted it, when and from what, and each deal's trail records the
 * change. Locally, only the deals whose setting changes are written.
 */
import { adoptForTeam, undoAdoption } from '../../shared/calibration';
import type { LikelihoodModelSetting, PowermapDocument } from '../../shared/document';
import type { DealRepository } from '../persistence/repository';
import type { TeamSession } from '../team/session';
import { adoptTeamModel, undoTeamModel } from '../team/teamApi';

async function writeChanged(
  repository: Pick<DealRepository, 'replaceDeal'>,
  before: readonly PowermapDocument[],
  after: readonly PowermapDocument[],
): Promise<number> {
  // By value: a deal read back from the database holds an equal setting, not the same object.
  const same = (doc: PowermapDocument, i: number) =>
    JSON.stringify(doc.deal.likelihoodModel) === JSON.stringify(before[i]?.deal.likelihoodModel);
  const changed = after.filter((doc, i) => !same(doc, i));
  for (const doc of changed) await repository.replaceDeal(doc);
  return changed.length;
}

export function writeAdoption(
  repository: Pick<DealRepository, 'replaceDeal'>,
  deals: readonly PowermapDocument[],
  setting: LikelihoodModelSetting,
): Promise<number> {
  return writeChanged(repository, deals, adoptForTeam(deals, setting));
}

export function writeStandardModel(
  repository: Pick<DealRepository, 'replaceDeal'>,
  deals: readonly PowermapDocument[],
): Promise<number> {
  return writeChanged(repository, deals, undoAdoption(deals));
}

/** Adopts `setting` on the server for every deal of the team; resolves with the number of deals changed. */
export async function writeServerAdoption(
  session: TeamSession,
  teamId: string,
  setting: LikelihoodModelSetting,
): Promise<number> {
  return (await adoptTeamModel(session, teamId, setting)).written;
}

/** Returns every deal of the team to the standard model on the server; resolves with the number changed. */
export async function writeServerStandardModel(session: TeamSession, teamId: string): Promise<number> {
  return (await undoTeamModel(session, teamId)).written;
}
