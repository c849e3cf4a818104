import { salesProcess, stepIndex } from '../salesProcess';
import type { GapRule } from './rule';

/**
 * STEP_LAGS: our recorded step is behind the step that stands beside the client's purchase
 * stage (the client is evaluating while we still build trust). Two steps or more behind is
 * a warning; one step behind is info. Only when a step is recorded.
 */
export const stepLags: GapRule = {
  code: 'STEP_LAGS',
  check(context) {
    const process = salesProcess(context.map, context);
    const recorded = process.recorded;
    if (recorded === null) return [];
    const lag = stepIndex(process.beside) - stepIndex(recorded);
    if (lag < 1) return [];
    return [
      {
        code: 'STEP_LAGS',
        severity: lag >= 2 ? 'warning' : 'info',
        key: 'STEP_LAGS',
        stakeholderIds: [],
        params: { step: recorded, beside: process.beside, stage: context.map.deal.purchaseStage, lag },
      },
    ];
  },
};
