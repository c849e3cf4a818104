import { HOSTILE_ATTITUDES } from '../../document/vocabulary';
import type { Finding } from '../types';
import type { GapRule } from './rule';

/**
 * OPPONENT_REACHES_DM: an opponent or blocker sways a decision-maker (other than
 * themself) directly or along a chain of influence lines. One gap per opponent; its people
 * are the chain, opponent first and decision-maker last.
 */
export const opponentReachesDm: GapRule = {
  code: 'OPPONENT_REACHES_DM',
  check({ people, reach }) {
    const out: Finding[] = [];
    people.forEach((person, i) => {
      if (!HOSTILE_ATTITUDES.has(person.attitude)) return;
      const dm = reach.otherDecisionMaker(i);
      if (dm < 0) return;
      const chain = reach.path(i, dm);
      out.push({
        code: 'OPPONENT_REACHES_DM',
        severity: 'critical',
        key: `OPPONENT_REACHES_DM:${person.id}`,
        stakeholderIds: chain.map((index) => people[index]!.id),
        params: { hops: chain.length - 1 },
      });
    });
    return out;
  },
};
