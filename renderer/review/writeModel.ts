/**
 * Adopting a team model, or returning to the standard one, on every local deal of the team
 * through the repository: the documents come from adoptForTeam / undoAdoption
 * (shared/calibration/review.ts), so the setting itself records who adopted it, when and
 * from what. Only the deals whose setting changes are written.
 */
import { adoptForTeam, undoAdoption } from '../../shared/calibration';
import type { LikelihoodModelSetting, PowermapDocument } from '../../shared/document';
import type { DealRepository } from '../persistence/repository';

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
