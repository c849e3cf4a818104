/**
 * The fit on demand: it takes seconds over a few thousand deals (docs/CALIBRATION.md), so
 * it runs when asked, after the busy state has been drawn, never on every render. A new
 * set of deals or another point drops the old result.
 */
import { useEffect, useState } from 'react';
import { advise, type Advice, type CalibrationPoint, type ClosedDeal } from '../../shared/calibration';
import type { LikelihoodModelSetting } from '../../shared/document';

export type AdviceState =
  { readonly status: 'idle' } | { readonly status: 'busy' } | { readonly status: 'done'; readonly advice: Advice };

export function useAdvice(
  decided: readonly ClosedDeal[],
  current: LikelihoodModelSetting | null,
  point: CalibrationPoint,
): { readonly state: AdviceState; readonly run: () => void } {
  const [state, setState] = useState<AdviceState>({ status: 'idle' });
  useEffect(() => setState({ status: 'idle' }), [decided, current, point]);
  const run = () => {
    setState({ status: 'busy' });
    // Two frames: the busy state is painted before the fit holds the thread.
    requestAnimationFrame(() =>
      setTimeout(() => setState({ status: 'done', advice: advise(decided, current, point) }), 0),
    );
  };
  return { state, run };
}
