/**
 * When the mounting batches run: now, then each frame while something within reach of the
 * view is missing, then in idle time between gestures only.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  around,
  FRAME_LIMITS,
  GESTURE_LIMITS,
  gapToView,
  IDLE_LIMITS,
  MOUNT_TRIGGER,
  NOTHING_MOUNTED,
  type Mounted,
  type Wanted,
} from '../../../renderer/canvas/mounting';
import { MountQueue, type MountClock } from '../../../renderer/canvas/mountQueue';
import type { Rect } from '../../../renderer/canvas/region';

/**
 * A clock whose frames and idle periods run only when the test says so. An idle period after
 * the user's pause is one more idle period here, marked as such in `paused`.
 */
class FakeClock implements MountClock {
  readonly frames: (() => void)[] = [];
  readonly idles: (() => void)[] = [];
  readonly paused = new Set<() => void>();
  readonly frame = (step: () => void) => this.queue(this.frames, step);
  readonly idle = (step: () => void) => this.queue(this.idles, step);
  readonly pause = (step: () => void) => {
    this.paused.add(step);
    return this.queue(this.idles, step);
  };

  /** Whether the next idle step waits for the user's pause. */
  get nextIdlePaused(): boolean {
    return this.idles.length > 0 && this.paused.has(this.idles[0]!);
  }

  private queue(list: (() => void)[], step: () => void): () => void {
    list.push(step);
    return () => list.splice(list.indexOf(step), 1);
  }

  runFrame(): void {
    this.frames.shift()?.();
  }

  runIdle(): void {
    this.idles.shift()?.();
  }
}

/** People in a row, 300 flow units apart, from x = 0. */
function row(count: number, from = 0): Wanted {
  const people = Array.from({ length: count }, (_, i) => ({
    id: `p-${from + i}`,
    box: { x: (from + i) * 300, y: 0, width: 200, height: 80 },
  }));
  return { people, lines: [], personBox: (id) => people.find((p) => p.id === id)?.box, lineBox: () => undefined };
}

function setUp(wanted: Wanted, view: Rect, initial: Mounted = NOTHING_MOUNTED) {
  const clock = new FakeClock();
  const state = { wanted, view, moving: false, commits: [] as Mounted[] };
  const source = { wanted: () => state.wanted, view: () => state.view, moving: () => state.moving };
  const queue = new MountQueue(source, clock, (mounted) => state.commits.push(mounted), initial);
  const mounted = () => state.commits.at(-1) ?? initial;
  return { clock, state, queue, mounted };
}

describe('MountQueue', () => {
  const view: Rect = { x: 0, y: 0, width: 3000, height: 600 };
  const some = (count: number): Mounted => ({
    people: new Set(Array.from({ length: count }, (_, i) => `p-${i}`)),
    lines: new Set(),
  });

  it('draws the whole opening view at once, then the rest of the region in idle time', () => {
    const { clock, queue, mounted } = setUp(row(10 + 2 * IDLE_LIMITS.people.mount), view);
    queue.changed();
    expect(mounted().people.size).toBe(10 + 2 * IDLE_LIMITS.people.mount);
    expect(clock.frames).toHaveLength(0);
    expect(clock.idles).toHaveLength(0);
  });

  it('mounts what the view shows a frame batch at a time, then the margin an idle batch at a time', () => {
    const total = 2 * FRAME_LIMITS.people.mount + 3 * IDLE_LIMITS.people.mount;
    const wanted = row(total);
    const wide = { x: 0, y: 0, width: 300 * (FRAME_LIMITS.people.mount + 5), height: 600 };
    const reach = around(wide, FRAME_LIMITS.people.reach!);
    const inReach = wanted.people.filter((p) => gapToView(p.box, reach) === 0).map((p) => p.id);
    const { clock, queue, mounted } = setUp(wanted, wide, some(1));
    queue.changed();
    expect(mounted().people.size).toBe(1 + FRAME_LIMITS.people.mount);
    expect(clock.frames).toHaveLength(1);
    while (clock.frames.length > 0) clock.runFrame();
    for (const id of inReach) expect(mounted().people.has(id)).toBe(true);
    expect(mounted().people.size).toBe(inReach.length);
    expect(clock.idles).toHaveLength(1);
    let batches = 0;
    while (clock.idles.length > 0) {
      const before = mounted().people.size;
      clock.runIdle();
      batches++;
      expect(mounted().people.size - before).toBeLessThanOrEqual(IDLE_LIMITS.people.mount);
    }
    expect(mounted().people.size).toBe(total);
    expect(batches).toBeGreaterThan(1);
  });

  // The view (0 to 3000) and a gesture's reach (to 3750) hold p-0 to p-12: all mounted.
  it('mounts nothing in idle time during a gesture, and at once when a move nears something missing', () => {
    const { clock, state, queue, mounted } = setUp(row(200), view, some(13));
    state.moving = true;
    queue.changed();
    expect(clock.idles).toHaveLength(0);
    expect(clock.frames).toHaveLength(0);
    // A move that is still far from anything missing runs nothing.
    queue.viewMoved();
    expect(mounted().people.size).toBe(13);
    // One that comes within MOUNT_TRIGGER of p-13 (at x = 3900) mounts a strip at once.
    state.view = { ...view, x: 3900 - view.width * (1 + MOUNT_TRIGGER / 2) };
    queue.viewMoved();
    const strip = around(state.view, GESTURE_LIMITS.people.reach!);
    const inStrip = row(200).people.filter((p) => gapToView(p.box, strip) === 0);
    expect(mounted().people.size).toBe(10 + inStrip.filter((p) => Number(p.id.slice(2)) >= 10).length);
    expect(mounted().people.has('p-10')).toBe(true);
    expect(clock.idles).toHaveLength(0);
    // The gesture ends: the rest of the region comes in idle time.
    state.moving = false;
    queue.settled();
    while (clock.idles.length > 0 || clock.frames.length > 0) {
      clock.runFrame();
      clock.runIdle();
    }
    expect(mounted().people.size).toBe(200);
  });

  it('after a gesture, waits for the user to pause before the margin’s next idle batch, and only then', () => {
    const { clock, state, queue, mounted } = setUp(row(200), view, some(13));
    queue.changed();
    // Opening: the margin comes in idle periods, no pause asked.
    expect(clock.nextIdlePaused).toBe(false);
    clock.runIdle();
    state.moving = true;
    clock.runIdle();
    expect(clock.idles).toHaveLength(0);
    state.moving = false;
    queue.settled();
    expect(clock.idles).toHaveLength(1);
    expect(clock.nextIdlePaused).toBe(true);
    // The region changes as the gesture ends (its effect runs after settled): still after a pause.
    queue.changed();
    expect(clock.nextIdlePaused).toBe(true);
    const before = mounted().people.size;
    clock.runIdle();
    expect(mounted().people.size).toBe(before + IDLE_LIMITS.people.mount);
    // Paused once: the batches after it follow in idle periods.
    expect(clock.nextIdlePaused).toBe(false);
  });

  it('mounts nothing the view does not show in the frame a gesture ends in', () => {
    // The view holds p-0 to p-10 (p-10 touches its edge): all mounted; the margin is not.
    const { clock, queue, mounted, state } = setUp(row(20), view, some(11));
    queue.changed();
    expect(state.commits).toHaveLength(0);
    expect(clock.frames).toHaveLength(0);
    clock.runIdle();
    expect(mounted().people.size).toBe(20);
  });

  it('leaves an idle batch that fires during a gesture for the gesture’s end', () => {
    const { clock, state, queue, mounted } = setUp(row(200), view, some(13));
    queue.changed();
    expect(clock.idles).toHaveLength(1);
    state.moving = true;
    clock.runIdle();
    expect(mounted().people.size).toBe(13);
    expect(clock.idles).toHaveLength(0);
    state.moving = false;
    queue.settled();
    clock.runIdle();
    expect(mounted().people.size).toBe(13 + IDLE_LIMITS.people.mount);
  });

  it('keeps one batch pending whatever the requests, and none after cancel', () => {
    const { clock, queue } = setUp(row(200), view, some(10));
    queue.changed();
    queue.changed();
    queue.settled();
    queue.viewMoved();
    expect(clock.frames.length + clock.idles.length).toBe(1);
    queue.cancel();
    expect(clock.frames.length + clock.idles.length).toBe(0);
  });

  it('lets go of what left the region only once the gesture has ended, in idle time', () => {
    const { clock, state, queue, mounted } = setUp(row(3), view, some(3 + IDLE_LIMITS.people.unmount + 1));
    state.moving = true;
    queue.changed();
    expect(clock.idles).toHaveLength(0);
    expect(mounted().people.size).toBe(3 + IDLE_LIMITS.people.unmount + 1);
    state.moving = false;
    queue.settled();
    clock.runIdle();
    expect(mounted().people.size).toBe(4);
    clock.runIdle();
    expect([...mounted().people].sort()).toEqual(['p-0', 'p-1', 'p-2']);
    expect(clock.idles).toHaveLength(0);
  });

  it('eventually mounts exactly the region, what is nearest the view first, each batch within its bound', () => {
    const coordinate = fc.integer({ min: -20_000, max: 20_000 });
    const people = fc
      .uniqueArray(fc.record({ x: coordinate, y: coordinate }), { maxLength: 400, selector: (p) => `${p.x},${p.y}` })
      .map((points) => points.map((p, i) => ({ id: `p-${i}`, box: { x: p.x, y: p.y, width: 200, height: 80 } })));
    const views = fc.record({
      x: fc.integer({ min: -10_000, max: 10_000 }),
      y: fc.integer({ min: -10_000, max: 10_000 }),
      width: fc.integer({ min: 500, max: 8000 }),
      height: fc.integer({ min: 300, max: 5000 }),
    });
    const steps = fc.array(fc.constantFrom('frame', 'idle', 'move', 'gesture', 'settle'), { maxLength: 30 });
    fc.assert(
      fc.property(people, views, fc.integer({ min: 0, max: 40 }), steps, (list, at, already, script) => {
        const wanted: Wanted = { people: list, lines: [], personBox: () => undefined, lineBox: () => undefined };
        const initial = some(Math.min(already, list.length));
        const { clock, state, queue, mounted } = setUp(wanted, at, initial);
        let previous = initial;
        const added: string[] = [];
        const record = (limits: number) => {
          const now = mounted();
          if (now === previous) return;
          const fresh = [...now.people].filter((id) => !previous.people.has(id));
          expect(fresh.length).toBeLessThanOrEqual(limits);
          added.push(...fresh);
          previous = now;
        };
        const bound = Math.max(FRAME_LIMITS.people.mount, IDLE_LIMITS.people.mount);
        queue.changed();
        record(bound);
        for (const step of script) {
          if (step === 'frame') clock.runFrame();
          else if (step === 'idle') clock.runIdle();
          else if (step === 'move') queue.viewMoved();
          else if (step === 'gesture') state.moving = true;
          else {
            state.moving = false;
            queue.settled();
          }
          record(bound);
        }
        state.moving = false;
        queue.settled();
        for (let turn = 0; turn < 1000 && clock.frames.length + clock.idles.length > 0; turn++) {
          if (clock.frames.length > 0) {
            clock.runFrame();
            record(FRAME_LIMITS.people.mount);
          } else {
            clock.runIdle();
            record(IDLE_LIMITS.people.mount);
          }
        }
        expect([...mounted().people].sort()).toEqual(list.map((p) => p.id).sort());
        // The view never moved, so the order is by distance from it (batches may each hold ties).
        const gaps = added.map((id) => gapToView(list.find((p) => p.id === id)!.box, at));
        for (let i = 1; i < gaps.length; i++) expect(gaps[i]).toBeGreaterThanOrEqual(gaps[i - 1]! - 1e-9);
      }),
      { numRuns: 60 },
    );
  });

  it('as the region reaches ahead and back: lets go of nothing in a gesture, keeps idle batches in bounds, ends on the region', () => {
    const map = row(120).people;
    // A region at rest is some of the map's people (how far it reaches depends on the budget, ahead.ts).
    const regions = fc.array(fc.subarray([...map]), { minLength: 1, maxLength: 4 });
    const steps = fc.array(fc.constantFrom('frame', 'idle', 'move', 'gesture', 'settle', 'region'), { maxLength: 40 });
    fc.assert(
      fc.property(regions, steps, (choices, script) => {
        const wantedOf = (people: typeof map): Wanted => ({ ...row(0), people, personBox: row(120).personBox });
        const { clock, state, queue, mounted } = setUp(wantedOf(choices[0]!), view);
        let next = 1;
        let previous = mounted();
        const check = (kind: 'frame' | 'idle' | 'other') => {
          const now = mounted();
          const added = [...now.people].filter((id) => !previous.people.has(id));
          const removed = [...previous.people].filter((id) => !now.people.has(id));
          if (state.moving) expect(removed).toEqual([]);
          if (kind === 'idle') {
            expect(added.length).toBeLessThanOrEqual(IDLE_LIMITS.people.mount);
            expect(removed.length).toBeLessThanOrEqual(IDLE_LIMITS.people.unmount);
          }
          if (kind === 'frame') expect(removed).toEqual([]);
          previous = now;
        };
        queue.changed();
        check('other');
        for (const step of script) {
          if (step === 'frame') clock.runFrame();
          else if (step === 'idle') clock.runIdle();
          else if (step === 'move') queue.viewMoved();
          else if (step === 'gesture') state.moving = true;
          else if (step === 'settle') {
            state.moving = false;
            queue.settled();
          } else {
            state.wanted = wantedOf(choices[next++ % choices.length]!);
            queue.changed();
          }
          check(step === 'frame' || step === 'idle' ? step : 'other');
        }
        state.moving = false;
        queue.settled();
        for (let turn = 0; turn < 1000 && clock.frames.length + clock.idles.length > 0; turn++) {
          if (clock.frames.length > 0) {
            clock.runFrame();
            check('frame');
          } else {
            clock.runIdle();
            check('idle');
          }
        }
        expect([...mounted().people].sort()).toEqual(state.wanted.people.map((p) => p.id).sort());
      }),
      { numRuns: 80 },
    );
  });
});
