import { missingSigns, salesProcess, stepIndex } from '../salesProcess';
import type { GapRule } from './rule';

/**
 * STEP_AHEAD: the sales step the user recorded is further than the map supports: a start
 * sign of that step, or of a step before it, does not hold (for example presenting value
 * while a decision-maker's attitude is unknown). Only when a step is recorded.
 */
export const stepAhead: GapRule = {
  code: 'STEP_AHEAD',
  check(context) {
    const process = salesProcess(context.map, context);
    const recorded = process.recorded;
    if (recorded === null || stepIndex(recorded) <= stepIndex(process.supported)) return [];
    const missing = missingSigns(process, recorded);
    return [
      {
        code: 'STEP_AHEAD',
        severity: 'warning',
        key: 'STEP_AHEAD',
        stakeholderIds: [...new Set(missing.flatMap((c) => c.stakeholderIds))],
        params: { step: recorded, supported: process.supported, signs: missing.map((c) => c.sign).join(',') },
      },
    ];
  },
};
