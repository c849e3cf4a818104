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

/** A KeptLift whose pause after a gesture and rest on a card come when the test says so. */
function keptLift() {
  const pause = new FakePause();
  const rest = new FakePause();
  const shown: (ReadonlySet<string> | null)[] = [];
  const lift = new KeptLift(pause.schedule, (ids) => shown.push(ids), rest.schedule);
  return { pause, rest, shown, lift };
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

  it('lifts the lines of the card the pointer rests on once it has rested there, and lets them go at once when it leaves', () => {
    const { pause, rest, shown, lift } = keptLift();
    lift.pointerOn('s-1');
    expect(shown).toEqual([]);
    // The pointer's rest on a card, not the longer pause after a gesture.
    expect([rest.waiting.size, pause.waiting.size]).toEqual([1, 0]);
    rest.come();
    expect(shown).toEqual([ids('s-1')]);
    expect(rest.waiting.size).toBe(0);
    // Off the card, its lines go down at once (a drag of the next card would pay for them).
    lift.pointerOn(null);
    expect(shown).toEqual([ids('s-1'), null]);
    expect([rest.waiting.size, pause.waiting.size]).toEqual([0, 0]);
  });

  it('lets a dropped card’s lines go the moment the pointer goes onto another card, and lifts that one’s once the pointer rests', () => {
    const { pause, rest, shown, lift } = keptLift();
    lift.pointerOn('s-1');
    lift.gestureStarted(null);
    lift.release();
    lift.keep(ids('s-1'));
    lift.gestureEnded(1);
    lift.pointerOn('s-2');
    expect(shown).toEqual([ids('s-1'), null]);
    expect([rest.waiting.size, pause.waiting.size]).toEqual([1, 0]);
    rest.come();
    expect(shown.at(-1)).toEqual(ids('s-2'));
  });

  it('lifts nothing for a pointer that passes over cards without pausing', () => {
    const { rest, shown, lift } = keptLift();
    lift.pointerOn('s-1');
    lift.pointerOn('s-2');
    lift.pointerOn(null);
    expect(rest.waiting.size).toBe(1);
    rest.come();
    expect(shown).toEqual([]);
  });

  it('keeps a dropped card lifted as it is when the pointer rests on it after the drop', () => {
    const { pause, rest, shown, lift } = keptLift();
    lift.pointerOn('s-1');
    rest.come();
    lift.gestureStarted(null);
    lift.release();
    lift.keep(ids('s-1'));
    lift.gestureEnded(1);
    pause.come();
    expect(lift.kept).toEqual(ids('s-1'));
    expect(shown).toEqual([ids('s-1'), null, ids('s-1')]);
  });

  it('lifts the lines of the card under the pointer again after a zoom, at the next pause, so at the new scale', () => {
    const { pause, rest, shown, lift } = keptLift();
    lift.pointerOn('s-1');
    rest.come();
    lift.gestureStarted(1);
    lift.gestureEnded(2);
    expect(lift.kept).toBeNull();
    pause.come();
    expect(shown).toEqual([ids('s-1'), null, ids('s-1')]);
    expect(shown[2]).not.toBe(shown[0]);
  });

  it('moves the lift from a dropped card to the card the pointer rests on once it rests', () => {
    const { pause, rest, lift } = keptLift();
    lift.keep(ids('s-1'));
    lift.pointerOn('s-2');
    expect(pause.waiting.size).toBe(0);
    rest.come();
    expect(lift.kept).toEqual(ids('s-2'));
  });

  type Step = 'keep' | 'start' | 'drag' | 'end' | 'zoomed' | 'release' | 'pause' | 'on' | 'off';
  const STEPS: Step[] = ['keep', 'start', 'drag', 'end', 'zoomed', 'release', 'pause', 'on', 'off'];
  it('for any order of drops, gestures, pointer moves and pauses: what is shown is what is kept, a pause is waited for while the lift is not what the pointer asks for, after a pause only the card under the pointer is lifted, and the lines go down only at a pause, a release, the end of a zoom or the pointer leaving their card', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...STEPS), { maxLength: 40 }), fc.nat(3), (steps, cards) => {
        const { pause, rest, shown, lift } = keptLift();
        // The user's pause outlasts the pointer's rest on a card: both come.
        const waiting = () => pause.waiting.size + rest.waiting.size;
        let moving = false;
        let startedAt: 'start' | 'drag' | null = null;
        let under: string | null = null;
        for (const [i, step] of steps.entries()) {
          const before = lift.kept;
          const shownBefore = shown.length;
          const underBefore: string | null = under;
          if (step === 'keep') lift.keep(ids(`s-${i % (cards + 1)}`));
          if (step === 'start') lift.gestureStarted(1);
          if (step === 'drag') lift.gestureStarted(null);
          if (step === 'end' || step === 'zoomed') lift.gestureEnded(step === 'zoomed' ? 2 : 1);
          if (step === 'release') lift.release();
          if (step === 'pause') {
            rest.come();
            pause.come();
          }
          if (step === 'on') under = `s-${i % (cards + 1)}`;
          if (step === 'off') under = null;
          if (step === 'on' || step === 'off') lift.pointerOn(under);
          // A pan or zoom that ends at another zoom than it began at lets the lines go.
          if (step === 'zoomed' && startedAt === 'start') expect(lift.kept).toBeNull();
          // A drag's end (or an end with no start heard) keeps them, whatever the zoom.
          if (step === 'zoomed' && startedAt !== 'start') expect(lift.kept).toBe(before);
          if (step === 'start' || step === 'drag') startedAt = step;
          if (step === 'end' || step === 'zoomed') startedAt = null;
          if (['start', 'drag', 'end', 'zoomed'].includes(step)) moving = step === 'start' || step === 'drag';
          const asked = under === null ? null : ids(under);
          // After a pause between gestures, only the card the pointer rests on has its lines lifted.
          if (step === 'pause' && !moving) expect(lift.kept).toEqual(asked);
          expect(shown.length === 0 ? null : shown.at(-1)).toBe(lift.kept);
          if (moving) expect(waiting()).toBe(0);
          else if (!sameIds(lift.kept, asked)) expect(waiting()).toBe(1);
          expect(waiting()).toBeLessThanOrEqual(1);
          // Lines go down at a pause, a release, a zoom's end, or the pointer leaving their card.
          if (before !== null && lift.kept === null)
            expect(['release', 'pause', 'zoomed', 'on', 'off']).toContain(step);
          if (under !== underBefore && before !== null && !moving && !before.has(under ?? ''))
            expect(lift.kept).toBeNull();
          // The pointer's moves lift nothing by themselves: only a pause does.
          if (shown.length > shownBefore && lift.kept !== null) expect(['keep', 'pause']).toContain(step);
        }
      }),
    );
  });
});

function sameIds(a: ReadonlySet<string> | null, b: ReadonlySet<string> | null): boolean {
  if (a === null || b === null) return a === b;
  return a.size === b.size && [...a].every((id) => b.has(id));
}
