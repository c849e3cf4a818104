/** Where each line runs between its cards (shared/mapLayout/lineRoute.ts), found again only near what moved. */
import type { PowermapDocument, Stakeholder } from '../../shared/document';
import { CARD_HEIGHT, CARD_WIDTH } from '../../shared/export/geometry';
import { routeBetween, type Box, type Point } from '../../shared/mapLayout/lineRoute';
import type { FlowCache } from './flowCache';
import type { LineData } from './flowTypes';

/** The grid the routing looks cards up in, in flow units. */
const ROUTE_CELL = 480;
const cellKey = (cx: number, cy: number) => cx * 1_000_003 + cy;

/**
 * Every line's route (lineRoute.ts), by line id. A line keeps its route while its cards
 * stay and no moved card (where it was or where it went) comes near it; a line looks only
 * at the cards in the grid cells along its way.
 */
export function routesFor(
  doc: PowermapDocument,
  people: ReadonlyMap<string, Stakeholder>,
  cache: FlowCache,
): ReadonlyMap<string, LineData['route']> {
  const { movedBoxes, positions } = movedSince(doc, cache.lastPositions);
  const touchedByMove = (from: Stakeholder['position'], to: Stakeholder['position']) => {
    const left = Math.min(from.x, to.x) - CARD_WIDTH;
    const right = Math.max(from.x, to.x) + 2 * CARD_WIDTH;
    const top = Math.min(from.y, to.y) - CARD_HEIGHT;
    const bottom = Math.max(from.y, to.y) + 2 * CARD_HEIGHT;
    return movedBoxes.some((b) => b.x < right && b.x + b.width > left && b.y < bottom && b.y + b.height > top);
  };
  let cards: CardGrid | null = null;
  const routes = new Map<string, LineData['route']>();
  for (const line of doc.relationships) {
    const from = people.get(line.from);
    const to = people.get(line.to);
    if (!from || !to || from === to) continue;
    const known = cache.routes.get(line.id);
    if (
      known &&
      known.from === from.position &&
      known.to === to.position &&
      !touchedByMove(from.position, to.position)
    ) {
      routes.set(line.id, known);
      continue;
    }
    // Laid out only when a line needs a new route: most calls keep every route.
    cards ??= cardGrid(doc);
    const fromBox = cards.boxes.get(from.id)!;
    const toBox = cards.boxes.get(to.id)!;
    const cells = cards.grid;
    const points = routeBetween(fromBox, toBox, () => cardsAlong(fromBox, toBox, cells));
    // The same route as before keeps its object, so the line keeps its edge and is not redrawn.
    const same = known && known.from === from.position && known.to === to.position && samePoints(known.points, points);
    routes.set(line.id, same ? known : { from: from.position, to: to.position, points });
  }
  cache.lastPositions = positions;
  cache.routes = routes;
  return routes;
}

/** The boxes of the cards that moved since the last call, where they were and where they are; and where every card is now. */
function movedSince(
  doc: PowermapDocument,
  lastPositions: ReadonlyMap<string, Stakeholder['position']>,
): { movedBoxes: Box[]; positions: Map<string, Stakeholder['position']> } {
  const movedBoxes: Box[] = [];
  const positions = new Map<string, Stakeholder['position']>();
  for (const person of doc.stakeholders) {
    positions.set(person.id, person.position);
    const before = lastPositions.get(person.id);
    if (before === person.position) continue;
    if (before) movedBoxes.push({ x: before.x, y: before.y, width: CARD_WIDTH, height: CARD_HEIGHT });
    movedBoxes.push({ x: person.position.x, y: person.position.y, width: CARD_WIDTH, height: CARD_HEIGHT });
  }
  for (const [id, before] of lastPositions)
    if (!positions.has(id)) movedBoxes.push({ x: before.x, y: before.y, width: CARD_WIDTH, height: CARD_HEIGHT });
  return { movedBoxes, positions };
}

/** Every card's box, by person id, and the boxes in each grid cell (by `cellKey`). */
interface CardGrid {
  readonly boxes: ReadonlyMap<string, Box>;
  readonly grid: ReadonlyMap<number, Box[]>;
}

function cardGrid(doc: PowermapDocument): CardGrid {
  const boxes = new Map<string, Box>();
  const grid = new Map<number, Box[]>();
  for (const person of doc.stakeholders) {
    const box = { x: person.position.x, y: person.position.y, width: CARD_WIDTH, height: CARD_HEIGHT };
    boxes.set(person.id, box);
    const x0 = Math.floor(box.x / ROUTE_CELL);
    const x1 = Math.floor((box.x + box.width) / ROUTE_CELL);
    const y0 = Math.floor(box.y / ROUTE_CELL);
    const y1 = Math.floor((box.y + box.height) / ROUTE_CELL);
    for (let cx = x0; cx <= x1; cx++)
      for (let cy = y0; cy <= y1; cy++) {
        const key = cellKey(cx, cy);
        const cell = grid.get(key);
        if (cell) cell.push(box);
        else grid.set(key, [box]);
      }
  }
  return { boxes, grid };
}

function samePoints(a: readonly Point[], b: readonly Point[]): boolean {
  return a.length === b.length && a.every((p, i) => p.x === b[i]!.x && p.y === b[i]!.y);
}

/** The cards in the grid cells along the line between two cards' centres, and the cells beside them. */
function cardsAlong(from: Box, to: Box, grid: ReadonlyMap<number, Box[]>): Box[] {
  const ax = from.x + from.width / 2;
  const ay = from.y + from.height / 2;
  const bx = to.x + to.width / 2;
  const by = to.y + to.height / 2;
  const steps = Math.max(1, Math.ceil(Math.hypot(bx - ax, by - ay) / (ROUTE_CELL / 2)));
  const cells = new Set<number>();
  for (let i = 0; i <= steps; i++) {
    const cx = Math.floor((ax + ((bx - ax) * i) / steps) / ROUTE_CELL);
    const cy = Math.floor((ay + ((by - ay) * i) / steps) / ROUTE_CELL);
    for (let dx = -1; dx <= 1; dx++) for (let dy = -1; dy <= 1; dy++) cells.add(cellKey(cx + dx, cy + dy));
  }
  const found = new Set<Box>();
  for (const key of cells) for (const box of grid.get(key) ?? []) found.add(box);
  return [...found];
}
