/**
 * The card elements (React Flow's `.react-flow__node[data-id]`) of some people, found under
 * the canvas's root: for the cards whose transforms are held (heldCards.ts) and those a drag
 * moves (draggedElements.ts).
 *
 * Why not one walk over every card reading its id: with the region ahead (ahead.ts) 600 and
 * more cards are mounted, and the walk, at a drag's start (the first read of each card's
 * `dataset`), took 3 to 6 ms of the first move (measured in the page, 625 cards mounted); a
 * few ids found by the browser's own selector matching take about 0.1 ms. Many ids (a box
 * selection) are still found in one walk, reading the attribute rather than the dataset.
 */

/** More ids than this are found in one walk over the cards, not one look-up each. */
export const LOOK_UP_MAX = 32;

const CARD = '.react-flow__node';

/** `id` as a CSS string's content (between double quotes). */
export function cssString(id: string): string {
  return id.replace(/[\\"]/g, '\\$&').replace(/\n/g, '\\a ');
}

/** The elements of the cards `ids` under `root` (those it holds; no element twice). */
export function cardElementsOf(root: ParentNode, ids: Iterable<string>): HTMLElement[] {
  const wanted = new Set(ids);
  const found: HTMLElement[] = [];
  if (wanted.size === 0) return found;
  if (wanted.size > LOOK_UP_MAX) {
    for (const element of root.querySelectorAll<HTMLElement>(CARD)) {
      const id = element.getAttribute('data-id');
      if (id !== null && wanted.has(id)) found.push(element);
    }
    return found;
  }
  for (const id of wanted) {
    const element = root.querySelector<HTMLElement>(`${CARD}[data-id="${cssString(id)}"]`);
    if (element) found.push(element);
  }
  return found;
}
