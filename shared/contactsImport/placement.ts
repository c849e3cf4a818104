/** Where imported people are put on the map: below everything already there. */
import type { PowermapDocument } from '../document/schema';
import { CARD_HEIGHT, CARD_WIDTH } from '../export/geometry';

/** Room between imported cards, and between the map and the first imported row. */
const GRID_GAP_X = 40;
const GRID_GAP_Y = 56;
const GRID_TOP_GAP = 80;

/** Positions for `count` new cards: a grid, left-aligned with the map, below everything on it. */
export function gridBelow(doc: PowermapDocument, count: number): { x: number; y: number }[] {
  const people = doc.stakeholders;
  const left = people.length === 0 ? 0 : Math.min(...people.map((p) => p.position.x));
  const top = people.length === 0 ? 0 : Math.max(...people.map((p) => p.position.y)) + CARD_HEIGHT + GRID_TOP_GAP;
  const columns = Math.max(1, Math.min(6, Math.ceil(Math.sqrt(count))));
  return Array.from({ length: count }, (_, i) => ({
    x: left + (i % columns) * (CARD_WIDTH + GRID_GAP_X),
    y: top + Math.floor(i / columns) * (CARD_HEIGHT + GRID_GAP_Y),
  }));
}
