import type { Finding } from '../types';
import type { GapRule } from './rule';

/** UNCOVERED: a key person we are distant from, have no contact with, or nobody on our team owns. */
export const uncovered: GapRule = {
  code: 'UNCOVERED',
  check({ people, isKey, isDecisionMaker }) {
    const out: Finding[] = [];
    people.forEach((person, i) => {
      if (!isKey[i]) return;
      const far = person.closeness === 'distant' || person.closeness === 'none';
      const unowned = person.ownerId === null;
      if (!far && !unowned) return;
      out.push({
        code: 'UNCOVERED',
        severity: isDecisionMaker[i] ? 'critical' : 'warning',
        key: `UNCOVERED:${person.id}`,
        stakeholderIds: [person.id],
        params: { far: far ? 1 : 0, unowned: unowned ? 1 : 0, decisionMaker: isDecisionMaker[i] ? 1 : 0 },
      });
    });
    return out;
  },
};
