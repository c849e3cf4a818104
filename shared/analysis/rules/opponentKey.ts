import { HOSTILE_ATTITUDES } from '../../document/vocabulary';
import type { Finding } from '../types';
import type { GapRule } from './rule';

/** OPPONENT_KEY: a key person who opposes us or blocks us. */
export const opponentKey: GapRule = {
  code: 'OPPONENT_KEY',
  check({ people, isKey, isDecisionMaker }) {
    const out: Finding[] = [];
    people.forEach((person, i) => {
      if (!isKey[i] || !HOSTILE_ATTITUDES.has(person.attitude)) return;
      out.push({
        code: 'OPPONENT_KEY',
        severity: person.attitude === 'blocker' || isDecisionMaker[i] ? 'critical' : 'warning',
        key: `OPPONENT_KEY:${person.id}`,
        stakeholderIds: [person.id],
        params: {},
      });
    });
    return out;
  },
};
