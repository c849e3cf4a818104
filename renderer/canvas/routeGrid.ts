/**
 * The cards a line's routing looks at (lineRoutes.ts), by the grid cells they lie in.
 *
 * Each cell holds its cards in the document's order, as a grid built afresh from the
 * document would: the route of a line can depend on the order its obstacles come in (the
 * shortest path breaks ties by it), so a grid kept up to date through moves must hold them
 * in that same order. A card's box remembers its place in the document for that.
 */
import type { Stakeholder } from '../../shared/document';
import { CARD_HEIGHT, CARD_WIDTH } from '../../shared/export/geometry';
import type { Box } from '../../shared/mapLayout/lineRoute';

/** The grid the routing looks cards up in, in flow units. */
const ROUTE_CELL = 480;
const cellKey = (cx: number, cy: number) => cx * 1_000_003 + cy;

/** A card's box, with the person's place in the document's list of people. */
interface CardBox extends Box {
  readonly index: number;
}

const boxAt = (position: Stakeholder['position'], index: number): CardBox => ({
  x: position.x,
  y: position.y,
  width: CARD_WIDTH,
  height: CARD_HEIGHT,
  index,
});

/** The keys of the cells a box lies in. */
function cellsOf(box: Box): number[] {
  const keys: number[] = [];
  const x1 = Math.floor((box.x + box.width) / ROUTE_CELL);
  const y1 = Math.floor((box.y + box.height) / ROUTE_CELL);
  for (let cx = Math.floor(box.x / ROUTE_CELL); cx <= x1; cx++)
    for (let cy = Math.floor(box.y / ROUTE_CELL); cy <= y1; cy++) keys.push(cellKey(cx, cy));
  return keys;
}

export class RouteGrid {
  private readonly boxes = new Map<string, CardBox>();
  private readonly cells = new Map<number, CardBox[]>();

  /** Every person's card, in the document's order. */
  constructor(people: readonly Stakeholder[]) {
    people.forEach((person, index) => {
      const box = boxAt(person.position, index);
      this.boxes.set(person.id, box);
      for (const key of cellsOf(box)) {
        const cell = this.cells.get(key);
        if (cell) cell.push(box);
        else this.cells.set(key, [box]);
      }
    });
  }

  /** A person's card, by id. */
  box(id: string): Box | undefined {
    return this.boxes.get(id);
  }

  /** A person (at the same place in the document's list) moved: their card leaves its cells and enters the new ones, in order. */
  move(id: string, position: Stakeholder['position']): void {
    const old = this.boxes.get(id);
    if (!old) return;
    for (const key of cellsOf(old)) {
      const cell = this.cells.get(key)!;
      cell.splice(cell.indexOf(old), 1);
      if (cell.length === 0) this.cells.delete(key);
    }
    const box = boxAt(position, old.index);
    this.boxes.set(id, box);
    for (const key of cellsOf(box)) {
      const cell = this.cells.get(key);
      if (!cell) {
        this.cells.set(key, [box]);
        continue;
      }
      let at = cell.length;
      while (at > 0 && cell[at - 1]!.index > box.index) at--;
      cell.splice(at, 0, box);
    }
  }

  /** The cards in the grid cells along the line between two cards' centres, and the cells beside them. */
  cardsAlong(from: Box, to: Box): Box[] {
    const cells = new Set<number>();
    walk(from, to, (cx, cy) => {
      for (let dx = -1; dx <= 1; dx++) for (let dy = -1; dy <= 1; dy++) cells.add(cellKey(cx + dx, cy + dy));
    });
    const found = new Set<Box>();
    for (const key of cells) for (const box of this.cells.get(key) ?? []) found.add(box);
    return [...found];
  }
}

/**
 * The cells along the line between two cards' centres, a step of half a cell at a time
 * (with the cells beside each, these are the cells cardsAlong looks in).
 */
function walk(from: Box, to: Box, visit: (cx: number, cy: number) => void): void {
  const ax = from.x + from.width / 2;
  const ay = from.y + from.height / 2;
  const bx = to.x + to.width / 2;
  const by = to.y + to.height / 2;
  const steps = Math.max(1, Math.ceil(Math.hypot(bx - ax, by - ay) / (ROUTE_CELL / 2)));
  for (let i = 0; i <= steps; i++)
    visit(
      Math.floor((ax + ((bx - ax) * i) / steps) / ROUTE_CELL),
      Math.floor((ay + ((by - ay) * i) / steps) / ROUTE_CELL),
    );
}

/** Whether a card at `box` is among those cardsAlong(from, to) gives: one of its cells is looked in. */
export function looksAt(from: Box, to: Box, box: Box): boolean {
  const x0 = Math.floor(box.x / ROUTE_CELL);
  const x1 = Math.floor((box.x + box.width) / ROUTE_CELL);
  const y0 = Math.floor(box.y / ROUTE_CELL);
  const y1 = Math.floor((box.y + box.height) / ROUTE_CELL);
  let seen = false;
  walk(from, to, (cx, cy) => {
    // The cells looked in from this step are cx - 1 to cx + 1 by cy - 1 to cy + 1.
    if (cx + 1 >= x0 && cx - 1 <= x1 && cy + 1 >= y0 && cy - 1 <= y1) seen = true;
  });
  return seen;
}
