/**
 * The fit of the win/loss review runs in a worker (renderer/review/fitWorker.ts). Here the
 * worker is a stand-in that does what a Web Worker does with the messages: clones the
 * request, answers with the worker's own function (answerFit) on a later task, clones the
 * answer. The real worker runs in Chromium in test/e2e/review.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import { advise, LAST_BEFORE_CLOSING, readClosedDeals } from '../../../shared/calibration';
import { answerFit, type FitAnswer, type FitRequest } from '../../../renderer/review/fitMessages';
import { FitCancelled, runFit, type FitWorker } from '../../../renderer/review/fitRunner';
import { generateClosedDeals } from '../../support/closedDeals';

class StandInWorker implements FitWorker {
  onmessage: ((event: MessageEvent<FitAnswer>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  answered = false;

  constructor(private readonly behaviour: 'answer' | 'fail-to-start' = 'answer') {}

  postMessage(request: FitRequest): void {
    const copy = structuredClone(request);
    setTimeout(() => {
      if (this.terminated) return;
      if (this.behaviour === 'fail-to-start') {
        this.onerror?.({ message: 'Refused to load the worker script' } as ErrorEvent);
        return;
      }
      this.answered = true;
      this.onmessage?.({ data: structuredClone(answerFit(copy)) } as MessageEvent<FitAnswer>);
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}

const decided = readClosedDeals(generateClosedDeals({ count: 240, seed: 11 })).decided;
const request: FitRequest = { decided, current: null, point: LAST_BEFORE_CLOSING };

describe('the fit in a worker', () => {
  it('answers with the advice the main thread would compute, then stops the worker', async () => {
    const worker = new StandInWorker();
    const advice = await runFit(request, () => worker).result;
    expect(advice.verdict).not.toBe('too-few');
    expect(advice).toEqual(advise(decided, null, LAST_BEFORE_CLOSING));
    expect(worker.terminated).toBe(true);
  });

  it('cancelled, stops the worker and drops its answer', async () => {
    const worker = new StandInWorker();
    const run = runFit(request, () => worker);
    run.cancel();
    await expect(run.result).rejects.toBeInstanceOf(FitCancelled);
    expect(worker.terminated).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(worker.answered).toBe(false);
  });

  it('cancelling after the answer changes nothing', async () => {
    const run = runFit(request, () => new StandInWorker());
    const advice = await run.result;
    run.cancel();
    await expect(run.result).resolves.toBe(advice);
  });

  it('a worker that cannot start rejects with its reason', async () => {
    const worker = new StandInWorker('fail-to-start');
    await expect(runFit(request, () => worker).result).rejects.toThrow('Refused to load the worker script');
    expect(worker.terminated).toBe(true);
  });

  it('a fit that fails answers with why, and the run rejects with it', async () => {
    const broken = { ...request, decided: [{ ...decided[0]!, snapshots: null }] } as unknown as FitRequest;
    const answer = answerFit(broken);
    expect(answer.kind).toBe('failed');
    await expect(runFit(broken, () => new StandInWorker()).result).rejects.toThrow(
      answer.kind === 'failed' ? answer.message : 'unreachable',
    );
  });
});
