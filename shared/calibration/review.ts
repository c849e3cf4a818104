/**
 * The whole review over the closed deals a user may see, and the team setting: adopting
 * fitted figures writes one recorded setting on every deal of the team; undoing writes null
 * (the standard model) back. Each is an ordinary edit of `deal.likelihoodModel`, so the
 * trail records it and undo reverses it.
 */
import type { LikelihoodModelSetting, PowermapDocument } from '../document/schema';
import { advise, type Advice } from './advice';
import { calibrate, type CalibrationReport } from './calibrate';
import { gapsVsOutcomes, type GapOutcome } from './gapsVsOutcomes';
import { LAST_BEFORE_CLOSING, type CalibrationPoint } from './points';
import { readClosedDeals, type ClosedDeals } from './read';

export interface Review {
  readonly closed: ClosedDeals;
  readonly calibration: CalibrationReport;
  readonly gaps: readonly GapOutcome[];
  readonly advice: Advice;
}

/**
 * The review of `documents` at `point`. The likelihood is read as each snapshot recorded it;
 * the advice compares a fit with `current`, the team's model now (null: the standard one).
 */
export function reviewDeals(
  documents: readonly PowermapDocument[],
  current: LikelihoodModelSetting | null,
  point: CalibrationPoint = LAST_BEFORE_CLOSING,
): Review {
  const closed = readClosedDeals(documents);
  return {
    closed,
    calibration: calibrate(closed, point),
    gaps: gapsVsOutcomes(closed.decided, point),
    advice: advise(closed.decided, current, point),
  };
}

function withSetting(doc: PowermapDocument, setting: LikelihoodModelSetting | null): PowermapDocument {
  return doc.deal.likelihoodModel === setting ? doc : { ...doc, deal: { ...doc.deal, likelihoodModel: setting } };
}

/** Every deal of the team with the adopted setting (open and closed: the setting travels with the deals). */
export function adoptForTeam(
  documents: readonly PowermapDocument[],
  setting: LikelihoodModelSetting,
): PowermapDocument[] {
  return documents.map((doc) => withSetting(doc, setting));
}

/** Every deal of the team back on the standard model. */
export function undoAdoption(documents: readonly PowermapDocument[]): PowermapDocument[] {
  return documents.map((doc) => withSetting(doc, null));
}
