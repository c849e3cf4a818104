/**
 * The drawing's frame: where the title block, the map (the people's bounding box, moved
 * into the drawing) and the legend go, each card's place, and each line's route by the
 * shared rule (shared/mapLayout/lineRoute.ts), so the exported lines run as on the canvas.
 */
import type { PowermapDocument, Relationship } from '../../document/schema';
import type { Box } from '../../mapLayout/cardLayout';
import { routeBetween, type Point } from '../../mapLayout/lineRoute';
import { CARD } from '../../mapStyle/tokens';
import type { PlacedCard } from './card';

export const MARGIN = 32;
/** The tinted map area reaches this far beyond the cards. */
export const MAP_PAD = 16;
const TITLE_HEIGHT = 64;
const TITLE_GAP = 24;
const LEGEND_GAP = 48;
export const LEGEND_MIN_WIDTH = 200;
const EMPTY_MAP = { width: 360, height: 120 };

export interface LineLayout {
  readonly line: Relationship;
  /** The route: from the `from` card's border to the `to` card's border, with its bends round cards. */
  readonly points: readonly Point[];
}

export interface MapLayout {
  readonly width: number;
  readonly height: number;
  readonly title: Box;
  /** Where the people are drawn (their bounding box, moved into the drawing). */
  readonly map: Box;
  readonly legend: Box;
  readonly cards: readonly PlacedCard[];
  readonly lines: readonly LineLayout[];
}

/**
 * The card sizes and positions, the line routes and the frame of a drawing of `doc`;
 * without `titled`, the title box is empty and the map starts at the top margin.
 */
export function layoutMap(
  doc: PowermapDocument,
  legendWidth = LEGEND_MIN_WIDTH,
  legendHeight = 0,
  titled = true,
): MapLayout {
  const people = doc.stakeholders;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const person of people) {
    minX = Math.min(minX, person.position.x);
    minY = Math.min(minY, person.position.y);
    maxX = Math.max(maxX, person.position.x + CARD.width);
    maxY = Math.max(maxY, person.position.y + CARD.height);
  }
  const empty = people.length === 0;
  const mapWidth = empty ? EMPTY_MAP.width : maxX - minX;
  const mapHeight = empty ? EMPTY_MAP.height : maxY - minY;
  const map: Box = {
    x: MARGIN + MAP_PAD,
    y: MARGIN + (titled ? TITLE_HEIGHT + TITLE_GAP : 0) + MAP_PAD,
    width: mapWidth,
    height: mapHeight,
  };
  const dx = empty ? 0 : map.x - minX;
  const dy = empty ? 0 : map.y - minY;

  const cards: PlacedCard[] = people.map((person) => ({
    person,
    x: person.position.x + dx,
    y: person.position.y + dy,
    width: CARD.width,
    height: CARD.height,
  }));
  const byId = new Map(cards.map((card) => [card.person.id, card]));
  const lines: LineLayout[] = [];
  for (const line of doc.relationships) {
    const from = byId.get(line.from);
    const to = byId.get(line.to);
    if (!from || !to) continue;
    lines.push({ line, points: routeBetween(from, to, cards) });
  }

  const legend: Box = {
    x: map.x + mapWidth + MAP_PAD + LEGEND_GAP,
    y: map.y - MAP_PAD,
    width: legendWidth,
    height: legendHeight,
  };
  const width = legend.x + legend.width + MARGIN;
  const height = Math.max(map.y + mapHeight + MAP_PAD, legend.y + legendHeight) + MARGIN;
  return {
    width,
    height,
    title: { x: MARGIN, y: MARGIN, width: width - 2 * MARGIN, height: titled ? TITLE_HEIGHT : 0 },
    map,
    legend,
    cards,
    lines,
  };
}
