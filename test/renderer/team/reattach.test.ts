/**
 * The waits between tries to attach a shared deal again (team/reattach.ts): doubling up to a
 * ceiling, one try at a time, a cancelled try never runs, and a reset starts from the first wait.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Backoff } from '../../../renderer/team/reattach';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the waits before attaching a deal again', () => {
  it('double from the first wait up to the ceiling, and stay there', () => {
    const backoff = new Backoff({ firstMs: 100, maxMs: 500 });
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) {
      waits.push(backoff.nextWaitMs());
      backoff.schedule(() => undefined);
      vi.runAllTimers();
    }
    expect(waits).toEqual([100, 200, 400, 500, 500, 500]);
  });

  it('run one try at a time, after its wait, and not at all once cancelled', () => {
    const backoff = new Backoff({ firstMs: 100, maxMs: 500 });
    let tries = 0;
    backoff.schedule(() => (tries += 1));
    backoff.schedule(() => (tries += 10));
    expect(backoff.pending()).toBe(true);
    vi.advanceTimersByTime(99);
    expect(tries).toBe(0);
    vi.advanceTimersByTime(1);
    expect(tries).toBe(1);
    expect(backoff.pending()).toBe(false);
    backoff.schedule(() => (tries += 100));
    backoff.cancel();
    vi.runAllTimers();
    expect(tries).toBe(1);
  });

  it('start from the first wait again after a reset', () => {
    const backoff = new Backoff({ firstMs: 100, maxMs: 500 });
    backoff.schedule(() => undefined);
    backoff.schedule(() => undefined);
    vi.runAllTimers();
    backoff.schedule(() => undefined);
    expect(backoff.nextWaitMs()).toBe(400);
    backoff.reset();
    expect(backoff.pending()).toBe(false);
    expect(backoff.nextWaitMs()).toBe(100);
  });
});
