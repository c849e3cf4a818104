import { SUPPORTIVE_ATTITUDES, WARM_CLOSENESS } from '../../document/vocabulary';
import type { GapRule } from './rule';

/** SINGLE_THREADED: fewer than two supporters or champions in close or frequent contact. */
export const singleThreaded: GapRule = {
  code: 'SINGLE_THREADED',
  check({ people }) {
    const threads = people.filter((p) => SUPPORTIVE_ATTITUDES.has(p.attitude) && WARM_CLOSENESS.has(p.closeness));
    if (threads.length >= 2) return [];
    return [
      {
        code: 'SINGLE_THREADED',
        severity: 'warning',
        key: 'SINGLE_THREADED',
        stakeholderIds: threads.map((p) => p.id),
        params: { count: threads.length },
      },
    ];
  },
};
