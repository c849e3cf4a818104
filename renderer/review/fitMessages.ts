/**
 * What the review screen and the fit's worker say to each other (fitWorker.ts): the closed
 * deals, the model in use and the point to fit at, and back the advice or why there is
 * none. Plain data both ways, so it crosses to the worker by structured clone.
 */
import { advise, type Advice, type CalibrationPoint, type ClosedDeal } from '../../shared/calibration';
import type { LikelihoodModelSetting } from '../../shared/document';

export interface FitRequest {
  readonly decided: readonly ClosedDeal[];
  readonly current: LikelihoodModelSetting | null;
  readonly point: CalibrationPoint;
}

export type FitAnswer =
  { readonly kind: 'advice'; readonly advice: Advice } | { readonly kind: 'failed'; readonly message: string };

/** The worker's whole job: the advice, or the reason the fit failed (it never throws). */
export function answerFit(request: FitRequest): FitAnswer {
  try {
    return { kind: 'advice', advice: advise(request.decided, request.current, request.point) };
  } catch (error) {
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
