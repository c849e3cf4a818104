import type { Finding } from '../types';
import type { GapRule } from './rule';

/** ATTITUDE_UNKNOWN: a key person whose attitude toward us nobody knows. */
export const attitudeUnknown: GapRule = {
  code: 'ATTITUDE_UNKNOWN',
  check({ people, isKey, isDecisionMaker }) {
    const out: Finding[] = [];
    people.forEach((person, i) => {
      if (!isKey[i] || person.attitude !== 'unknown') return;
      out.push({
        code: 'ATTITUDE_UNKNOWN',
        severity: isDecisionMaker[i] ? 'critical' : 'warning',
        key: `ATTITUDE_UNKNOWN:${person.id}`,
        stakeholderIds: [person.id],
        params: { decisionMaker: isDecisionMaker[i] ? 1 : 0 },
      });
    });
    return out;
  },
};
