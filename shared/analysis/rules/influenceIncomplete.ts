import { EPSILON } from '../context';
import type { GapRule } from './rule';

/** Entered weights within this many points of 100 count as adding up. */
const SUM_TOLERANCE = 1;

/** INFLUENCE_INCOMPLETE: a key person's weight is not judged, or the entered weights do not add up to 100. */
export const influenceIncomplete: GapRule = {
  code: 'INFLUENCE_INCOMPLETE',
  check({ people, isKey, weights }) {
    if (people.length === 0) return [];
    const unjudged = people.filter((p, i) => isKey[i] && p.influence === null);
    const anyEntered = people.some((p) => p.influence !== null);
    const total = Math.round(weights.enteredTotal * 10) / 10;
    const offSum = anyEntered && Math.abs(weights.enteredTotal - 100) > SUM_TOLERANCE + EPSILON;
    if (unjudged.length === 0 && !offSum) return [];
    return [
      {
        code: 'INFLUENCE_INCOMPLETE',
        severity: 'info',
        key: 'INFLUENCE_INCOMPLETE',
        stakeholderIds: unjudged.map((p) => p.id),
        params: { unjudged: unjudged.length, total, offSum: offSum ? 1 : 0 },
      },
    ];
  },
};
