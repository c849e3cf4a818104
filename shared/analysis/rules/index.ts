import { attitudeUnknown } from './attitudeUnknown';
import { influenceIncomplete } from './influenceIncomplete';
import { missingRole } from './missingRole';
import { noExecutiveAccess } from './noExecutiveAccess';
import { noMiddleAlly } from './noMiddleAlly';
import { noPathToDm } from './noPathToDm';
import { opponentKey } from './opponentKey';
import { opponentReachesDm } from './opponentReachesDm';
import { positionBehind } from './positionBehind';
import type { GapRule } from './rule';
import { singleThreaded } from './singleThreaded';
import { stale } from './stale';
import { stepAhead } from './stepAhead';
import { stepLags } from './stepLags';
import { unqualified } from './unqualified';
import { uncovered } from './uncovered';
import { weakCoach } from './weakCoach';

/** Every gap rule, in the order PRODUCT.md 3.1 lists them; gaps of equal severity keep this order. */
export const RULES: readonly GapRule[] = [
  missingRole,
  attitudeUnknown,
  uncovered,
  opponentKey,
  noExecutiveAccess,
  noMiddleAlly,
  weakCoach,
  singleThreaded,
  influenceIncomplete,
  unqualified,
  opponentReachesDm,
  noPathToDm,
  stale,
  stepAhead,
  stepLags,
  positionBehind,
];

export type { GapRule } from './rule';
