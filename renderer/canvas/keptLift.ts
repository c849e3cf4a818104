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
 *
 * The same goes for the card the pointer rests on (`pointerOn`): once the user has paused on
 * it (REST_ON_CARD_MS), its lines are lifted (and the card held: useGesture.ts), so a drag
 * that starts from it changes no layer and redraws no tile of the map's layer in its first
 * frames: the work is done while nothing moves. A pointer that only passes over cards lifts
 * nothing; leaving a card lets its lines go at once (`pointerOn` says why).
 */
import type { Schedule } from './mountQueue';

/**
 * How long the pointer rests on a card before its drag is got ready (then in the first idle
 * period). Shorter than the pause after a gesture: a person presses some 150–400 ms after the
 * pointer lands, and the lift's raster runs on after it (about 100 ms of a raster thread's CPU
 * for a long line on a 1,000-person map). Waiting 200 ms, it was still running at a press
 * 300 ms after the landing and the press's frame was late (docs/CANVAS_LOG.md).
 */
export const REST_ON_CARD_MS = 100;

/** The ids of the cards whose lines are kept lifted, or null: for the canvas's state. */
export type ShowKept = (ids: ReadonlySet<string> | null) => void;

export class KeptLift {
  private ids: ReadonlySet<string> | null = null;
  private cancelWait: (() => void) | null = null;
  private moving = false;
  /** The zoom the gesture under way started at; null for a drag, which does not zoom. */
  private startZoom: number | null = null;
  /** The card the pointer is on (pointerOn), whose lines are lifted once the user pauses. */
  private under: string | null = null;

  /**
   * `pause` runs its step once the user has paused after a gesture (mountQueue.ts'
   * browserClock.pause); `rest`, once the pointer has rested on a card (REST_ON_CARD_MS).
   */
  constructor(
    private readonly pause: Schedule,
    private readonly show: ShowKept,
    private readonly rest: Schedule = pause,
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

  /**
   * The pointer went onto a card (its id), or off every card (null). Off the cards whose lines
   * are kept lifted, they go down at once, while only the pointer moves: waiting for the pause
   * left them up when a drag of the next card started soon after, and that drag's first
   * frame then paid for their return as well as its own lift (300 ms late, measured).
   */
  pointerOn(id: string | null): void {
    if (id === this.under) return;
    this.under = id;
    if (this.moving) return;
    if (this.ids && (id === null || !this.ids.has(id))) {
      this.letDown();
      if (id !== null) this.wait(this.rest);
    } else this.wait(this.rest);
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
    if (this.ids || this.under !== null) this.wait();
  }

  /** Lets the kept lines go down now (a drag starts: it lifts its own cards' lines). */
  release(): void {
    this.letDown();
    // Between gestures, the card the pointer still rests on is lifted again at the next pause.
    if (!this.moving && this.under !== null) this.wait();
  }

  /** The canvas goes (or React runs its effects again): nothing waits after this. */
  dispose(): void {
    this.stopWaiting();
  }

  private letDown(): void {
    this.stopWaiting();
    if (this.ids) {
      this.ids = null;
      this.show(null);
    }
  }

  private wait(until: Schedule = this.pause): void {
    this.stopWaiting();
    this.cancelWait = until(() => {
      this.cancelWait = null;
      if (!this.moving) this.settle();
    });
  }

  /** The user paused: only the lines of the card the pointer rests on stay lifted, if any. */
  private settle(): void {
    if (this.under === null) return this.release();
    if (this.ids?.size === 1 && this.ids.has(this.under)) return;
    this.ids = new Set([this.under]);
    this.show(this.ids);
  }

  private stopWaiting(): void {
    this.cancelWait?.();
    this.cancelWait = null;
  }
}
