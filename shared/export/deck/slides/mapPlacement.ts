/**
 * Where the map slide's parts go: the legend at the right, the map area beside it, and each
 * card from drawMap's `layoutMap` scaled to fit that area, so a map of any size stays on one slide.
 */
import type { PowermapDocument } from '../../../document/schema';
import { directRoute } from '../../../mapLayout/lineRoute';
import { layoutMap } from '../../drawMap';
import type { MapLayout } from '../../svgMap/frame';
import type { DeckContext } from '../context';
import type { Box } from '../shapes';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../xml';
import { cardDetail, type CardDetail, type CardGeometry } from './card';
import { CONTENT_TOP } from './frame';
import { legendHeight } from './legend';

const SIDE = 20;
const LEGEND_WIDTH = 176;
const GAP = 14;
export const BOTTOM = 22;
/** A small map is not blown up beyond this (points per map unit: 1 is a third larger than the canvas). */
const MAX_SCALE = 1;

export interface MapSlideAreas {
  readonly legend: Box;
  readonly map: Box;
}

/** The legend's box at the right (no taller than the room) and the map area in the rest. */
export function mapSlideAreas(context: DeckContext): MapSlideAreas {
  const legend: Box = {
    x: SLIDE_WIDTH - SIDE - LEGEND_WIDTH,
    y: CONTENT_TOP,
    width: LEGEND_WIDTH,
    height: Math.min(legendHeight(context, LEGEND_WIDTH), SLIDE_HEIGHT - CONTENT_TOP - BOTTOM),
  };
  const map: Box = {
    x: SIDE,
    y: CONTENT_TOP,
    width: legend.x - GAP - SIDE,
    height: SLIDE_HEIGHT - CONTENT_TOP - BOTTOM,
  };
  return { legend, map };
}

export interface PlacedCards {
  readonly cards: readonly CardGeometry[];
  /** Points per map unit. */
  readonly scale: number;
  readonly detail: CardDetail;
}

/**
 * What the map slide must show of the map, in map units: the cards' bounds, and the brackets
 * that join cards too close for a straight line, which run outside the pair (lineRoute's
 * directRoute) and at the map's edge would fall outside the area.
 */
function shownBounds(doc: PowermapDocument, layout: MapLayout): Box {
  const byId = new Map(layout.cards.map((card) => [card.person.id, card]));
  let { x: left, y: top } = layout.map;
  let right = left + layout.map.width;
  let bottom = top + layout.map.height;
  for (const relationship of doc.relationships) {
    const from = byId.get(relationship.from);
    const to = byId.get(relationship.to);
    if (!from || !to) continue;
    const route = directRoute(from, to);
    if (route.length <= 2) continue;
    for (const point of route) {
      left = Math.min(left, point.x);
      top = Math.min(top, point.y);
      right = Math.max(right, point.x);
      bottom = Math.max(bottom, point.y);
    }
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** The cards of `doc`'s map scaled to fit `area` and centred in it. */
export function placeCards(doc: PowermapDocument, area: Box): PlacedCards {
  const layout = layoutMap(doc);
  const map = shownBounds(doc, layout);
  const scale = Math.min(MAX_SCALE, area.width / Math.max(1, map.width), area.height / Math.max(1, map.height));
  const offsetX = area.x + (area.width - map.width * scale) / 2;
  const offsetY = area.y + (area.height - map.height * scale) / 2;
  const cards: CardGeometry[] = layout.cards.map((c) => ({
    person: c.person,
    x: offsetX + (c.x - map.x) * scale,
    y: offsetY + (c.y - map.y) * scale,
    width: c.width * scale,
    height: c.height * scale,
  }));
  return { cards, scale, detail: cardDetail(scale) };
}
