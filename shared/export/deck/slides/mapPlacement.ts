/**
 * Where the map slide's parts go: the legend at the right, the map area beside it, and each
 * card from drawMap's `layoutMap` scaled to fit that area, so a map of any size stays on one slide.
 */
import type { PowermapDocument } from '../../../document/schema';
import { layoutMap } from '../../drawMap';
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

/** The cards of `doc`'s map scaled to fit `area` and centred in it. */
export function placeCards(doc: PowermapDocument, area: Box): PlacedCards {
  const layout = layoutMap(doc);
  const map = layout.map;
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
