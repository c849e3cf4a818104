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
