/**
 * After a drop, the dropped cards' lines stay in the lifted layer (LineLayer.tsx), drawn where
 * the cards now are, until the user pauses; then they go back under the cards in one step.
 *
 * Why: putting them back in the map's layer makes the browser lay out the page's layers
 * again and re-rasterise every tile of the map's layer their boxes cover: on a 1,000-person
 * map at 50%, a full update of about 14 ms and some 26 tiles at 1.2–1.8 ms each, two to four
 * frames dropped as the card lands (docs/CANVAS_LOG.md). Once the user has paused
 * (PAUSE_AFTER_GESTURE_MS, as the region's idle batches wait: mountQueue.ts) nothing moves
 * on the screen when it costs. Meanwhile the lines are drawn above the resting cards, as
 * during the drag; a drag of the same cards finds them lifted already, and a drag of others
 * lets them go in the frame it starts in. A pan keeps them lifted until it ends and the user
 * pauses again; a zoom lets them go as it ends, since the lifted layer keeps the scale it was
 * first drawn at (`will-change: transform`, canvas.css) and its lines would look blurred.
 */
import type { Schedule } from './mountQueue';

/** The ids of the cards whose lines are kept lifted, or null: for the canvas's state. */
export type ShowKept = (ids: ReadonlySet<string> | null) => void;

export class KeptLift {
  private ids: ReadonlySet<string> | null = null;
  private cancelWait: (() => void) | null = null;
  private moving = false;
  /** The zoom the gesture under way started at; null for a drag, which does not zoom. */
  private startZoom: number | null = null;

  /** `pause` runs its step once the user has paused (mountQueue.ts' browserClock.pause). */
  constructor(
    private readonly pause: Schedule,
    private readonly show: ShowKept,
  ) {}

  /** The cards whose lines are kept lifted now; null when none are. */
  get kept(): ReadonlySet<string> | null {
    return this.ids;
  }

  /** A drop of cards whose lines were lifted: they stay lifted until the user pauses. */
  keep(ids: ReadonlySet<string>): void {
    if (ids.size === 0) return this.release();
    this.ids = ids;
    this.show(ids);
    if (!this.moving) this.wait();
  }

  /** A pan or zoom began at `zoom`, or a drag (null): the kept lines wait for its end. */
  gestureStarted(zoom: number | null): void {
    this.moving = true;
    this.startZoom = zoom;
    this.stopWaiting();
  }

  /** A gesture ended at `zoom`: the kept lines go down once the user pauses, or now if it zoomed. */
  gestureEnded(zoom: number | null): void {
    this.moving = false;
    const zoomed = this.startZoom !== null && zoom !== null && zoom !== this.startZoom;
    this.startZoom = null;
    if (zoomed) this.release();
    else if (this.ids) this.wait();
  }

  /** Lets the kept lines go down now (a drag starts: it lifts its own cards' lines). */
  release(): void {
    this.stopWaiting();
    if (!this.ids) return;
    this.ids = null;
    this.show(null);
  }

  /** The canvas goes (or React runs its effects again): nothing waits after this. */
  dispose(): void {
    this.stopWaiting();
  }

  private wait(): void {
    this.stopWaiting();
    this.cancelWait = this.pause(() => {
      this.cancelWait = null;
      if (!this.moving) this.release();
    });
  }

  private stopWaiting(): void {
    this.cancelWait?.();
    this.cancelWait = null;
  }
}
