import { farBehind, positionOf } from '../position';
import type { GapRule } from './rule';

/**
 * POSITION_BEHIND: on a criterion of what weighs most in the client's current purchase
 * phase (quality, price or service, the course's table), we score 3 points or more below
 * the best supplier. One gap for the phase, naming every such criterion.
 */
export const positionBehind: GapRule = {
  code: 'POSITION_BEHIND',
  check({ map }) {
    const position = positionOf(map);
    const behind = farBehind(position);
    if (behind.length === 0) return [];
    return [
      {
        code: 'POSITION_BEHIND',
        severity: 'warning',
        key: `POSITION_BEHIND:${position.weighing}`,
        stakeholderIds: [],
        params: {
          factor: position.weighing,
          weight: position.weight,
          criteria: behind.map((c) => c.criterion).join(','),
        },
      },
    ];
  },
};
