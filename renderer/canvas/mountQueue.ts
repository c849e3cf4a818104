/**
 * When the batches of mounting.ts run. A change to the region or the map runs one batch at
 * once (before the browser paints: what the view shows, up to the frame's bound; everything
 * at once while nothing is mounted yet, so the opening view is whole in its first frame);
 * then, while something in the view is still missing, a batch each animation frame. Between
 * gestures, the rest of the region, and letting go of what left it, follow a batch per idle
 * period. During a gesture nothing runs in idle time: each batch costs a re-layering of the
 * page whatever its size, so the margin waits, and after a gesture until the user pauses
 * (PAUSE_AFTER_GESTURE_MS: a batch of the margin takes 60–100 ms of main thread, which the
 * next stroke of a pan made in several would wait for); a move that brings the view near something
 * missing (MOUNT_TRIGGER) runs a batch at once, drawn with that move, of a wide strip around
 * the view (GESTURE_LIMITS). Only one batch is ever pending: a new request replaces it, and
 * each batch is planned afresh, so requests merge.
 */
import {
  around,
  FRAME_LIMITS,
  GESTURE_LIMITS,
  IDLE_LIMITS,
  gapToView,
  MOUNT_TRIGGER,
  planBatch,
  UNBOUNDED,
  type Limits,
  type Mounted,
  type Wanted,
} from './mounting';
import type { Rect } from './region';

/** Schedules a callback; returns what cancels it. */
export type Schedule = (step: () => void) => () => void;

export interface MountClock {
  readonly frame: Schedule;
  readonly idle: Schedule;
  /** An idle period once the user has paused after a gesture (PAUSE_AFTER_GESTURE_MS from now). */
  readonly pause: Schedule;
}

/** The longest an idle batch waits for an idle period (a pan keeps the page busy). */
export const IDLE_TIMEOUT_MS = 100;

/**
 * How long after a gesture ends the region's margin waits before its idle batches: about
 * the time between two strokes of a pan, so a quick next stroke does not wait for a batch.
 */
export const PAUSE_AFTER_GESTURE_MS = 200;

const idlePeriod: Schedule = (step) => {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(step, { timeout: IDLE_TIMEOUT_MS });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = window.setTimeout(step, 50);
  return () => window.clearTimeout(timer);
};

export interface MountSource {
  /** What the region wants now; null before there is a region. */
  wanted(): Wanted | null;
  /** The view now, in flow coordinates; null before the pane has a size. */
  view(): Rect | null;
  /** True while a pan, zoom or drag lasts: nothing is let go then. */
  moving(): boolean;
}

/** Runs a step in the first idle period after `ms` from now. */
export function idleAfter(ms: number): Schedule {
  return (step) => {
    let cancelIdle = () => {};
    const timer = window.setTimeout(() => {
      cancelIdle = idlePeriod(step);
    }, ms);
    return () => {
      window.clearTimeout(timer);
      cancelIdle();
    };
  };
}

/** The browser's clock: animation frames, and idle periods (bounded, so a busy page still progresses). */
export const browserClock: MountClock = {
  frame: (step) => {
    const handle = requestAnimationFrame(step);
    return () => cancelAnimationFrame(handle);
  },
  idle: idlePeriod,
  pause: idleAfter(PAUSE_AFTER_GESTURE_MS),
};

export class MountQueue {
  private mounted: Mounted;
  private pending: { readonly kind: 'frame' | 'idle'; readonly cancel: () => void } | null = null;
  /** True from a gesture's end until an idle batch has run after the user's pause. */
  private pausing = false;

  constructor(
    private readonly source: MountSource,
    private readonly clock: MountClock,
    private readonly commit: (mounted: Mounted) => void,
    initial: Mounted,
  ) {
    this.mounted = initial;
  }

  /** The region or the map changed: a batch now, the rest later. */
  changed(): void {
    this.cancel();
    const empty = this.mounted.people.size === 0 && this.mounted.lines.size === 0;
    this.run(empty ? UNBOUNDED : this.frameLimits(), false);
  }

  /**
   * The view moved: if it is now near something still missing, a frame's batch mounts it at
   * once (drawn with this move).
   */
  viewMoved(): void {
    if (this.pending?.kind === 'frame') return;
    const wanted = this.source.wanted();
    const view = this.source.view();
    if (!wanted || !view || !this.missesNear(wanted, around(view, MOUNT_TRIGGER))) return;
    this.cancel();
    this.run(this.frameLimits(), false);
  }

  /** A gesture ended: what left the region can be let go, in idle time once the user pauses. */
  settled(): void {
    this.pausing = true;
    if (this.pending?.kind === 'frame') return;
    this.cancel();
    this.later('idle');
  }

  /** Stops: no batch runs after this. */
  cancel(): void {
    this.pending?.cancel();
    this.pending = null;
  }

  /** A frame's batch: during a gesture a wide strip around the view, else what the view shows. */
  private frameLimits(): Limits {
    return this.source.moving() ? GESTURE_LIMITS : FRAME_LIMITS;
  }

  private missesNear(wanted: Wanted, near: Rect): boolean {
    const missing = (mounted: ReadonlySet<string>) => (item: { id: string; box: Rect }) =>
      !mounted.has(item.id) && gapToView(item.box, near) === 0;
    return wanted.people.some(missing(this.mounted.people)) || wanted.lines.some(missing(this.mounted.lines));
  }

  private later(kind: 'frame' | 'idle'): void {
    const wait = kind === 'idle' && this.pausing ? this.clock.pause : this.clock[kind];
    const cancel = wait(() => {
      this.pending = null;
      if (kind === 'frame') this.run(this.frameLimits(), false);
      // A gesture began since: the idle batches wait for its end (settled).
      else if (!this.source.moving()) {
        this.pausing = false;
        this.run(IDLE_LIMITS, true);
      }
    });
    this.pending = { kind, cancel };
  }

  private run(limits: Limits, mayUnmount: boolean): void {
    const wanted = this.source.wanted();
    const view = this.source.view();
    if (!wanted || !view) return;
    const batch = planBatch(this.mounted, wanted, view, limits, mayUnmount);
    if (batch.mounted !== this.mounted) {
      this.mounted = batch.mounted;
      this.commit(batch.mounted);
    }
    if (batch.viewMissing > 0) this.later('frame');
    else if (this.source.moving()) return;
    else if (!batch.done || (!mayUnmount && this.hasExtra(wanted))) this.later('idle');
  }

  /** True when something mounted is no longer wanted (to be let go in idle time). */
  private hasExtra(wanted: Wanted): boolean {
    const count = (items: readonly { id: string }[], mounted: ReadonlySet<string>) =>
      items.reduce((n, item) => n + (mounted.has(item.id) ? 1 : 0), 0);
    return (
      count(wanted.people, this.mounted.people) < this.mounted.people.size ||
      count(wanted.lines, this.mounted.lines) < this.mounted.lines.size
    );
  }
}
