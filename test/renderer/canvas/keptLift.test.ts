/**
 * After a drop the dropped cards' lines stay lifted until the user pauses, never while a
 * gesture lasts, and a drag lets them go at once (keptLift.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeptLift } from '../../../renderer/canvas/keptLift';

/** A pause that comes only when the test says so; at most one is ever waited for. */
class FakePause {
  readonly waiting = new Set<() => void>();
  readonly schedule = (step: () => void) => {
    this.waiting.add(step);
    return () => void this.waiting.delete(step);
  };
  /** The user pauses: every step waited for runs. */
  come(): void {
    const steps = [...this.waiting];
    this.waiting.clear();
    for (const step of steps) step();
  }
}

function keptLift() {
  const pause = new FakePause();
  const shown: (ReadonlySet<string> | null)[] = [];
  const lift = new KeptLift(pause.schedule, (ids) => shown.push(ids));
  return { pause, shown, lift };
}

const ids = (...list: string[]) => new Set(list);

describe('KeptLift', () => {
  it("keeps a dropped card's lines lifted until the user pauses after the drag, then lets them go", () => {
    const { pause, shown, lift } = keptLift();
    lift.gestureStarted(null);
    const dropped = ids('s-1');
    // React Flow tells of the drop, then of the drag's end.
    lift.keep(dropped);
    expect(shown).toEqual([dropped]);
    expect(pause.waiting.size).toBe(0);
    lift.gestureEnded(1);
    expect(pause.waiting.size).toBe(1);
    expect(lift.kept).toBe(dropped);
    pause.come();
    expect(shown).toEqual([dropped, null]);
    expect(lift.kept).toBeNull();
  });

  it('waits through a pan begun before the pause, and for a new pause after it', () => {
    const { pause, shown, lift } = keptLift();
    lift.keep(ids('s-1'));
    lift.gestureStarted(1);
    expect(pause.waiting.size).toBe(0);
    lift.gestureEnded(1);
    pause.come();
    expect(shown.at(-1)).toBeNull();
  });

  it('lets the lines go as a zoom ends: the lifted layer would show them blurred at the new scale', () => {
    const { pause, shown, lift } = keptLift();
    lift.keep(ids('s-1'));
    lift.gestureStarted(1);
    lift.gestureEnded(1.5);
    expect(shown).toEqual([ids('s-1'), null]);
    expect(pause.waiting.size).toBe(0);
  });

  it('lets the lines go at once when a drag starts, and does nothing when the pause then comes', () => {
    const { pause, shown, lift } = keptLift();
    lift.keep(ids('s-1'));
    lift.gestureStarted(null);
    lift.release();
    expect(shown).toEqual([ids('s-1'), null]);
    expect(pause.waiting.size).toBe(0);
    pause.come();
    lift.release();
    expect(shown).toHaveLength(2);
  });

  it('a pause that comes while a gesture lasts lets nothing go', () => {
    const shown: (ReadonlySet<string> | null)[] = [];
    // A pause step that runs late, once a gesture has begun (the browser's idle callback).
    let late: (() => void) | null = null;
    const lift = new KeptLift(
      (step) => {
        late = step;
        return () => {};
      },
      (kept) => shown.push(kept),
    );
    lift.keep(ids('s-1'));
    lift.gestureStarted(1);
    late!();
    expect(shown).toEqual([ids('s-1')]);
    expect(lift.kept).toEqual(ids('s-1'));
  });

  it('after the canvas goes, nothing waits', () => {
    const { pause, lift } = keptLift();
    lift.keep(ids('s-1'));
    lift.dispose();
    expect(pause.waiting.size).toBe(0);
  });

  it('keeps no empty set', () => {
    const { shown, lift } = keptLift();
    lift.keep(ids('s-1'));
    lift.keep(ids());
    expect(shown).toEqual([ids('s-1'), null]);
  });

  type Step = 'keep' | 'start' | 'drag' | 'end' | 'zoomed' | 'release' | 'pause';
  it('for any order of drops, gestures and pauses: what is shown is what is kept, a pause is waited for only between gestures with lines kept, and the lines go down only at a pause, a release or the end of a zoom', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<Step>('keep', 'start', 'drag', 'end', 'zoomed', 'release', 'pause'), {
          maxLength: 40,
        }),
        (steps) => {
          const { pause, shown, lift } = keptLift();
          let moving = false;
          let startedAt: 'start' | 'drag' | null = null;
          for (const [i, step] of steps.entries()) {
            const before = lift.kept;
            const shownBefore = shown.length;
            if (step === 'keep') lift.keep(ids(`s-${i}`));
            if (step === 'start') lift.gestureStarted(1);
            if (step === 'drag') lift.gestureStarted(null);
            if (step === 'end' || step === 'zoomed') lift.gestureEnded(step === 'zoomed' ? 2 : 1);
            if (step === 'release') lift.release();
            if (step === 'pause') pause.come();
            // A pan or zoom that ends at another zoom than it began at lets the lines go.
            if (step === 'zoomed' && startedAt === 'start') expect(lift.kept).toBeNull();
            // A drag's end (or an end with no start heard) keeps them, whatever the zoom.
            if (step === 'zoomed' && startedAt !== 'start') expect(lift.kept).toBe(before);
            if (step === 'start' || step === 'drag') startedAt = step;
            if (step === 'end' || step === 'zoomed') startedAt = null;
            if (step !== 'keep' && step !== 'release' && step !== 'pause') moving = step === 'start' || step === 'drag';
            expect(shown.length === 0 ? null : shown.at(-1)).toBe(lift.kept);
            expect(pause.waiting.size).toBe(!moving && lift.kept !== null ? 1 : 0);
            if (before !== null && lift.kept === null) expect(['release', 'pause', 'zoomed']).toContain(step);
            if (shown.length > shownBefore) expect(step === 'keep' || before !== null).toBe(true);
          }
        },
      ),
    );
  });
});
