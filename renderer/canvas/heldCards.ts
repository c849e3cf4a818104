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
 * More than `max` cards selected are not held (each held card is a layer: a box selection of
 * hundreds would cost more than it saves); a drag of them moves them as before.
 */

/** Holds one element's transform as animated until the returned function is called (holdTransform). */
export type Hold = (element: Element) => () => void;

/**
 * Where the cards' elements are (`.react-flow__node[data-id]` under the root): at least those
 * of `ids` that are in the page (cardElements.ts finds only those).
 */
export type CardElements = (ids: ReadonlySet<string>) => Iterable<HTMLElement>;

export class HeldCards {
  private readonly held = new Map<Element, () => void>();
  /** The held elements by card id. */
  private byId = new Map<string, HTMLElement>();

  constructor(
    private readonly hold: Hold,
    private readonly max: number,
  ) {}

  /** The elements held now (for tests and for the drag: it holds nothing twice). */
  get size(): number {
    return this.held.size;
  }

  /**
   * Holds the elements of `ids` (if there are at most `max` of them) and lets go of every
   * other one held (among them one no longer in the page: a card the region let go of).
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
    this.release(new Set(wanted.values()));
  }

  /** Lets go of every held element not in `wanted`, and holds those of `wanted` not held yet. */
  private release(wanted: ReadonlySet<Element>): void {
    for (const [element, release] of this.held) {
      if (!wanted.has(element)) {
        release();
        this.held.delete(element);
      }
    }
    for (const element of wanted) if (!this.held.has(element)) this.held.set(element, this.hold(element));
  }

  /** Lets go of every element (the canvas unmounted). */
  clear(): void {
    for (const release of this.held.values()) release();
    this.held.clear();
    this.byId.clear();
  }
}

/**
 * React Flow's z-index for a selected card (its `elevateNodesOnSelect`): every held card is
 * painted at it, above the resting ones.
 */
export const HELD_CARD_Z = '1000';

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
 * already, so for it nothing changes. On release the card gets back the z-index it had,
 * unless React Flow set another meanwhile (it selected or let go of the card).
 */
export function holdAndRaise(hold: Hold): Hold {
  return (element) => {
    const release = hold(element);
    const { style } = element as Partial<ElementCSSInlineStyle>;
    if (!style) return release;
    const before = style.zIndex;
    style.zIndex = HELD_CARD_Z;
    return () => {
      release();
      if (style.zIndex === HELD_CARD_Z && !element.classList.contains('selected')) style.zIndex = before;
    };
  };
}
