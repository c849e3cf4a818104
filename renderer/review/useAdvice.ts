/**
 * The fit on demand: it takes seconds over a few thousand deals (docs/CALIBRATION.md), so
 * it runs when asked, in a Web Worker (fitWorker.ts), while the screen stays usable and
 * shows that it is busy. A new set of deals or another point, or leaving the screen, stops
 * the fit under way and drops its result.
 */
import { useEffect, useRef, useState } from 'react';
import type { Advice, CalibrationPoint, ClosedDeal } from '../../shared/calibration';
import type { LikelihoodModelSetting } from '../../shared/document';
import { FitCancelled, runFit, type FitRun, type FitWorker } from './fitRunner';

export type AdviceState =
  | { readonly status: 'idle' }
  | { readonly status: 'busy' }
  | { readonly status: 'done'; readonly advice: Advice }
  | { readonly status: 'failed'; readonly message: string };

/** A fresh worker running fitWorker.ts (Vite bundles it as a file of its own, same origin). */
function fitWorker(): FitWorker {
  return new Worker(new URL('./fitWorker.ts', import.meta.url), { type: 'module', name: 'powermap-fit' });
}

export function useAdvice(
  decided: readonly ClosedDeal[],
  current: LikelihoodModelSetting | null,
  point: CalibrationPoint,
  createWorker: () => FitWorker = fitWorker,
): { readonly state: AdviceState; readonly run: () => void } {
  const [state, setState] = useState<AdviceState>({ status: 'idle' });
  const running = useRef<FitRun | null>(null);
  useEffect(() => {
    setState({ status: 'idle' });
    return () => {
      running.current?.cancel();
      running.current = null;
    };
  }, [decided, current, point]);
  const run = () => {
    running.current?.cancel();
    const fit = runFit({ decided, current, point }, createWorker);
    running.current = fit;
    setState({ status: 'busy' });
    fit.result.then(
      (advice) => {
        if (running.current === fit) setState({ status: 'done', advice });
      },
      (error: unknown) => {
        if (error instanceof FitCancelled || running.current !== fit) return;
        setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
      },
    );
  };
  return { state, run };
}
