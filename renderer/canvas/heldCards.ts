/**
 * The selected cards' transforms held as animated (heldTransform.ts) while they are selected,
 * not only while they are dragged (issue 9 §4, "the canvas under one frame").
 *
 * Why: a held card is a compositing layer of its own, and every change of the page's layers
 * makes Chromium lay them out again (PaintArtifactCompositor::Update, 6 to 10 ms on a
 * 1,000-person map) and redraw the changed layers whole. A drag used to change them twice at
 * its start: at the press (the card selected, so raised above the others) and at the first
 * move (the card held), each in a frame of its own, with the lines' lifted layer a third
 * (LineLayer). Held from the moment it is selected, the card is layered once, in the frame
 * that selects it, and the drag itself, and its drop, change no layer. A click that selects
 * a card pays the same single re-layering it paid for being raised.
 *
 * The card the pointer rests on is held too, once the user pauses on it (keptLift.ts,
 * useGesture.ts): a drag from it then changes no layer at its start, nor does the press that
 * selects it. Every held card is painted where a selected one is (`holdAndRaise`).
 *
 * A card no longer to be held (let go of by a press on another card, or by a click on the
 * pane) stays held, and painted where it was, until the user pauses outside a gesture, as a
 * drop's lines stay lifted (keptLift.ts). Letting it go changes the page's layers (a full
 * update of 19 ms, traced at 50% on a 1,000-person map), and a press on another card is the
 * start of a drag: let go at the press, the drag's first frame was two to three frames late.
 *
 * More than `max` cards selected are not held (each held card is a layer: a box selection of
 * hundreds would cost more than it saves); a drag of them moves them as before.
 */
import type { Schedule } from './mountQueue';

/** Holds one element's transform as animated until the returned function is called (holdTransform). */
export type Hold = (element: Element) => () => void;

/**
 * Where the cards' elements are (`.react-flow__node[data-id]` under the root): at least those
 * of `ids` that are in the page (cardElements.ts finds only those).
 */
export type CardElements = (ids: ReadonlySet<string>) => Iterable<HTMLElement>;

/** When a card no longer wanted is let go of: once the user pauses (`pause`), unless something moves then. */
export interface LetGo {
  readonly pause: Schedule;
  /** True while a pan, zoom or drag lasts: its end syncs again, and the wait starts anew. */
  readonly moving: () => boolean;
}

export class HeldCards {
  private readonly held = new Map<Element, () => void>();
  /** The held elements by card id, of the cards wanted held. */
  private byId = new Map<string, HTMLElement>();
  /** Held elements no longer wanted, let go of once the user pauses. */
  private readonly leaving = new Set<Element>();
  private cancelWait: (() => void) | null = null;

  constructor(
    private readonly hold: Hold,
    private readonly max: number,
    private readonly letGo: LetGo,
  ) {}

  /** The elements held now and wanted held (for tests and for the drag: it holds nothing twice). */
  get size(): number {
    return this.held.size - this.leaving.size;
  }

  /** The elements still held though no longer wanted, until the user pauses. */
  get lingering(): number {
    return this.leaving.size;
  }

  /**
   * Holds the elements of `ids` (if there are at most `max` of them). Every other one held is
   * let go of when the user pauses, or now if it left the page (a card the region let go of).
   */
  sync(ids: ReadonlySet<string>, elements: CardElements): void {
    const wanted = new Map<string, HTMLElement>();
    if (ids.size > 0 && ids.size <= this.max) {
      // A card held and still in the page is not looked for (a look-up walks the map's
      // elements: about a millisecond on a 1,000-person map, at every drop).
      const missing = new Set<string>();
      for (const id of ids) {
        const element = this.byId.get(id);
        if (element?.isConnected && element.dataset['id'] === id) wanted.set(id, element);
        else missing.add(id);
      }
      if (missing.size > 0)
        for (const element of elements(missing)) {
          const id = element.dataset['id'];
          if (id !== undefined && missing.has(id)) wanted.set(id, element);
        }
    }
    this.byId = wanted;
    this.update(new Set(wanted.values()));
  }

  /** Lets go of every element (the canvas unmounted). */
  clear(): void {
    this.stopWaiting();
    for (const release of this.held.values()) release();
    this.held.clear();
    this.leaving.clear();
    this.byId.clear();
  }

  /** Holds those of `wanted` not held yet; the others held leave at the pause, or now if out of the page. */
  private update(wanted: ReadonlySet<Element>): void {
    for (const element of this.held.keys()) {
      if (wanted.has(element)) this.leaving.delete(element);
      else if (element.isConnected) this.leaving.add(element);
      else this.release(element);
    }
    for (const element of wanted) if (!this.held.has(element)) this.held.set(element, this.hold(element));
    if (this.leaving.size > 0) this.waitForPause();
    else this.stopWaiting();
  }

  private waitForPause(): void {
    this.stopWaiting();
    this.cancelWait = this.letGo.pause(() => {
      this.cancelWait = null;
      if (this.letGo.moving()) return;
      for (const element of [...this.leaving]) this.release(element);
    });
  }

  private release(element: Element): void {
    this.held.get(element)?.();
    this.held.delete(element);
    this.leaving.delete(element);
  }

  private stopWaiting(): void {
    this.cancelWait?.();
    this.cancelWait = null;
  }
}

/**
 * The attribute that paints a held card where a selected card is painted (canvas.css: at React
 * Flow's z-index for a selected card, its `elevateNodesOnSelect`), whatever z-index React Flow
 * writes on the element meanwhile.
 */
export const RAISED_ATTRIBUTE = 'data-pm-raised';

/**
 * Holds a card's transform (holdTransform) and paints it where a selected card is painted, above
 * the resting cards, until the returned function is called.
 *
 * Why: a held card is a compositing layer of its own, and Chromium cannot know where a layer
 * with an animated transform will be, so every card painted after it that might overlap it
 * gets a layer too: a card held at its resting place in the paint order (the card the pointer
 * rests on, keptLift.ts) split the map's layer into a layer per row of cards after it (eight,
 * traced at 50% on a 1,000-person map), and its selection at the drag's start (React Flow
 * raising it) merged them again, in the drag's first frames. A selected card is raised
 * already, so for it nothing changes; a card let go of by the selection stays where it was
 * painted while it is still held (HeldCards). By an attribute and a rule, not the inline
 * z-index: React Flow writes that one whenever the card's selection changes.
 */
export function holdAndRaise(hold: Hold): Hold {
  return (element) => {
    const release = hold(element);
    element.setAttribute(RAISED_ATTRIBUTE, '');
    return () => {
      release();
      element.removeAttribute(RAISED_ATTRIBUTE);
    };
  };
}
