import { SUPPORTIVE_ATTITUDES } from '../../document/vocabulary';
import type { GapRule } from './rule';

/** NO_MIDDLE_ALLY: "ally with the middle": nobody at the managerial level supports us. */
export const noMiddleAlly: GapRule = {
  code: 'NO_MIDDLE_ALLY',
  check({ people }) {
    if (people.some((p) => p.level === 'managerial' && SUPPORTIVE_ATTITUDES.has(p.attitude))) return [];
    const managers = people.filter((p) => p.level === 'managerial');
    return [
      {
        code: 'NO_MIDDLE_ALLY',
        severity: 'warning',
        key: 'NO_MIDDLE_ALLY',
        stakeholderIds: managers.map((p) => p.id),
        params: { managers: managers.length },
      },
    ];
  },
};
