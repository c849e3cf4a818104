import { SUPPORTIVE_ATTITUDES } from '../../document/vocabulary';
import type { GapRule } from './rule';

/**
 * NO_PATH_TO_DM: influence lines are drawn and a decision-maker exists, yet no supporter
 * or champion reaches any decision-maker along them (a supportive decision-maker counts).
 */
export const noPathToDm: GapRule = {
  code: 'NO_PATH_TO_DM',
  check({ people, hasInfluenceLines, isDecisionMaker, reach }) {
    if (!hasInfluenceLines || !isDecisionMaker.includes(true)) return [];
    const reached = people.some((p, i) => SUPPORTIVE_ATTITUDES.has(p.attitude) && reach.labels[i]!.length > 0);
    if (reached) return [];
    return [
      {
        code: 'NO_PATH_TO_DM',
        severity: 'warning',
        key: 'NO_PATH_TO_DM',
        stakeholderIds: people.filter((_, i) => isDecisionMaker[i]).map((p) => p.id),
        params: {},
      },
    ];
  },
};
