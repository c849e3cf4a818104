import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DealsReload } from '../../../renderer/review/dealsReload';

/** Lets the reload's promise callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * A library whose reads the test finishes by hand: `version` counts the changes, and a read
 * returns the version it started at.
 */
function library() {
  const state = { version: 0, running: 0, most: 0, started: 0, shown: [] as number[], pending: [] as (() => void)[] };
  const load = () => {
    state.started++;
    state.running++;
    state.most = Math.max(state.most, state.running);
    const version = state.version;
    return new Promise<number>((resolve) =>
      state.pending.push(() => {
        state.running--;
        resolve(version);
      }),
    );
  };
  const reload = new DealsReload<number>(
    load,
    (value) => state.shown.push(value),
    () => undefined,
  );
  const finishAll = async () => {
    while (state.pending.length > 0) {
      state.pending.shift()!();
      await settle();
    }
  };
  return { state, reload, finishAll };
}

type Step = { kind: 'change' } | { kind: 'hold' } | { kind: 'release'; which: number } | { kind: 'finish' };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.constant({ kind: 'change' as const }),
  fc.constant({ kind: 'hold' as const }),
  fc.record({ kind: fc.constant('release' as const), which: fc.nat(5) }),
  fc.constant({ kind: 'finish' as const }),
);

describe('DealsReload', () => {
  it('reads one at a time, never while held, and ends showing the latest library', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 40 }), async (steps) => {
        const { state, reload, finishAll } = library();
        reload.start();
        const releases: (() => void)[] = [];
        let held = 0;
        for (const s of steps) {
          if (s.kind === 'change') {
            state.version++;
            reload.request();
          } else if (s.kind === 'hold') {
            releases.push(reload.hold());
            held++;
          } else if (s.kind === 'release' && releases.length > 0) {
            const index = s.which % releases.length;
            releases.splice(index, 1)[0]!();
            held--;
          } else if (s.kind === 'finish' && state.pending.length > 0) {
            state.pending.shift()!();
            await settle();
          }
          if (held > 0) expect(state.running).toBeLessThanOrEqual(1);
        }
        const startedWhileHeld = state.started;
        if (held > 0) {
          await finishAll();
          // Held: the read running at the hold may end, but no new one starts.
          expect(state.started).toBe(startedWhileHeld);
          for (const release of releases) release();
        }
        await finishAll();
        expect(state.most).toBe(1);
        expect(state.shown.at(-1)).toBe(state.version);
        // Versions shown never go back.
        expect([...state.shown].sort((a, b) => a - b)).toEqual(state.shown);
      }),
      { numRuns: 150 },
    );
  });

  it('reads a hundred changes during one write once, after it', async () => {
    const { state, reload, finishAll } = library();
    reload.start();
    await finishAll();
    expect(state.started).toBe(1);
    const release = reload.hold();
    for (let i = 0; i < 100; i++) {
      state.version++;
      reload.request();
    }
    await settle();
    expect(state.started).toBe(1);
    release();
    release(); // a second call does nothing
    await finishAll();
    expect(state.started).toBe(2);
    expect(state.shown).toEqual([0, 100]);
  });

  it('coalesces changes during a read into one more read', async () => {
    const { state, reload, finishAll } = library();
    reload.start();
    for (let i = 0; i < 10; i++) {
      state.version++;
      reload.request();
    }
    await finishAll();
    expect(state.started).toBe(2);
    expect(state.shown).toEqual([0, 10]);
  });

  it('shows nothing once stopped, and ignores changes until started again', async () => {
    const { state, reload, finishAll } = library();
    reload.start();
    reload.stop();
    await finishAll();
    expect(state.shown).toEqual([]);
    state.version++;
    reload.request();
    await finishAll();
    expect(state.started).toBe(1);
    reload.start();
    await finishAll();
    expect(state.shown).toEqual([1]);
  });

  it('passes a failed read on and reads again on the next change', async () => {
    const errors: unknown[] = [];
    const shown: number[] = [];
    let fail = true;
    const reload = new DealsReload<number>(
      () => (fail ? Promise.reject(new Error('disk gone')) : Promise.resolve(7)),
      (value) => shown.push(value),
      (error) => errors.push(error),
    );
    reload.start();
    await settle();
    expect(errors.map(String)).toEqual(['Error: disk gone']);
    fail = false;
    reload.request();
    await settle();
    expect(shown).toEqual([7]);
  });
});
