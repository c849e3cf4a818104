/** When the mounting batches run: now, then each frame while the view misses something, then in idle time. */
import { describe, expect, it } from 'vitest';
import {
  FRAME_LIMITS,
  gapToView,
  IDLE_LIMITS,
  NOTHING_MOUNTED,
  type Mounted,
  type Wanted,
} from '../../../renderer/canvas/mounting';
import { MountQueue, type MountClock } from '../../../renderer/canvas/mountQueue';
import type { Rect } from '../../../renderer/canvas/region';

/** A clock whose frames and idle periods run only when the test says so. */
class FakeClock implements MountClock {
  readonly frames: (() => void)[] = [];
  readonly idles: (() => void)[] = [];
  readonly frame = (step: () => void) => this.queue(this.frames, step);
  readonly idle = (step: () => void) => this.queue(this.idles, step);

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

  it('mounts a grown view a frame batch at a time, then the margin an idle batch at a time', () => {
    const total = 2 * FRAME_LIMITS.people.mount + 3 * IDLE_LIMITS.people.mount;
    const wanted = row(total);
    const wide = { x: 0, y: 0, width: 300 * (FRAME_LIMITS.people.mount + 5), height: 600 };
    const inView = wanted.people.filter((p) => gapToView(p.box, wide) === 0).map((p) => p.id);
    const { clock, queue, mounted } = setUp(wanted, wide, some(1));
    queue.changed();
    expect(mounted().people.size).toBe(1 + FRAME_LIMITS.people.mount);
    expect(clock.frames).toHaveLength(1);
    clock.runFrame();
    for (const id of inView) expect(mounted().people.has(id)).toBe(true);
    expect(clock.frames).toHaveLength(0);
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

  it('brings the next batch forward to the next frame when the view moves onto something missing', () => {
    const { clock, state, queue, mounted } = setUp(row(200), view, some(10));
    queue.changed();
    expect(clock.idles).toHaveLength(1);
    state.view = { ...view, x: 300 * 180 };
    queue.viewMoved();
    expect(clock.idles).toHaveLength(0);
    expect(clock.frames).toHaveLength(1);
    clock.runFrame();
    expect(mounted().people.has('p-185')).toBe(true);
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
});
