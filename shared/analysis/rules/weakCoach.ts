import { DEEP_STAGES, SUPPORTIVE_ATTITUDES } from '../../document/vocabulary';
import type { GapRule } from './rule';

/** WEAK_COACH: there are coaches, but none both supports us and trusts us (stage trusted or allied). */
export const weakCoach: GapRule = {
  code: 'WEAK_COACH',
  check({ people }) {
    const coaches = people.filter((p) => p.roles.includes('coach'));
    if (coaches.length === 0) return [];
    if (coaches.some((p) => SUPPORTIVE_ATTITUDES.has(p.attitude) && DEEP_STAGES.has(p.stage))) return [];
    return [
      {
        code: 'WEAK_COACH',
        severity: 'warning',
        key: 'WEAK_COACH',
        stakeholderIds: coaches.map((p) => p.id),
        params: {},
      },
    ];
  },
};
