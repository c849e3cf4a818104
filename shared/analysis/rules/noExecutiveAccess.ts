import { DEEP_STAGES, WARM_CLOSENESS } from '../../document/vocabulary';
import type { GapRule } from './rule';

/**
 * NO_EXECUTIVE_ACCESS: "senior-level trust is the key to winning". Fires when nobody at the
 * decision level is in close or frequent contact or at stage trusted or allied, including
 * when nobody at the decision level is on the map at all.
 */
export const noExecutiveAccess: GapRule = {
  code: 'NO_EXECUTIVE_ACCESS',
  check({ people }) {
    const executives = people.filter((p) => p.level === 'decision');
    if (executives.some((p) => WARM_CLOSENESS.has(p.closeness) || DEEP_STAGES.has(p.stage))) return [];
    return [
      {
        code: 'NO_EXECUTIVE_ACCESS',
        severity: 'critical',
        key: 'NO_EXECUTIVE_ACCESS',
        stakeholderIds: executives.map((p) => p.id),
        params: { executives: executives.length },
      },
    ];
  },
};
