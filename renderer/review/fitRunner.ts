/**
 * Runs one fit in a worker and gives back its advice, or stops it. One worker per run:
 * cancelling terminates it, whatever it was doing, and nothing it would have answered
 * reaches the screen.
 */
import type { Advice } from '../../shared/calibration';
import type { FitAnswer, FitRequest } from './fitMessages';

/** The part of a Worker the runner uses (tests hand it a worker of their own). */
export interface FitWorker {
  onmessage: ((event: MessageEvent<FitAnswer>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(request: FitRequest): void;
  terminate(): void;
}

/** The reason a cancelled fit's result rejects with. */
export class FitCancelled extends Error {
  constructor() {
    super('The fit was cancelled');
    this.name = 'FitCancelled';
  }
}

export interface FitRun {
  readonly result: Promise<Advice>;
  /** Stops the fit; `result` rejects with FitCancelled unless it had already settled. */
  readonly cancel: () => void;
}

export function runFit(request: FitRequest, createWorker: () => FitWorker): FitRun {
  const worker = createWorker();
  let settle: ((outcome: { advice: Advice } | { error: Error }) => void) | null = null;
  const result = new Promise<Advice>((resolve, reject) => {
    settle = (outcome) => {
      settle = null;
      worker.terminate();
      if ('advice' in outcome) resolve(outcome.advice);
      else reject(outcome.error);
    };
  });
  worker.onmessage = ({ data }) =>
    settle?.(data.kind === 'advice' ? { advice: data.advice } : { error: new Error(data.message) });
  // A worker that cannot start (its script refused or missing) reports here, not by message.
  worker.onerror = (event) => settle?.({ error: new Error(event.message || 'The fit could not run') });
  worker.postMessage(request);
  return { result, cancel: () => settle?.({ error: new FitCancelled() }) };
}
