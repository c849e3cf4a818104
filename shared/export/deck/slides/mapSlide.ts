/**
 * The map slide: every person a native card (card.ts) and every relationship a connector
 * glued to the two people's shapes (`a:stCxn` / `a:endCxn`), so moving a card in
 * PowerPoint drags its lines along (mapConnectors.ts). Card positions come from drawMap's
 * `layoutMap`, scaled to fit the slide beside the legend; a map of any size stays on one slide
 * (mapPlacement.ts).
 */
import { MIN_FONT, THEME, type DeckContext } from '../context';
import { shape, slideXml, ShapeIds, type Box } from '../shapes';
import { line } from '../text';
import { SLIDE_HEIGHT } from '../xml';
import { card, type CardDetail } from './card';
import { heading } from './frame';
import { legend } from './legend';
import { mapConnectors, peopleShapes } from './mapConnectors';
import { BOTTOM, mapSlideAreas, placeCards } from './mapPlacement';

/** The map area, tinted as in the drawing. */
function mapBackground(ids: ShapeIds, area: Box, { t, doc }: DeckContext): string {
  return shape({
    id: ids.next(),
    name: t('export.map.label', { deal: doc.deal.name }),
    ...area,
    geometry: 'roundRect',
    radius: 6,
    fill: THEME.bg,
  });
}

/** A line of muted italic text across the map area at `y`. */
function mapNote(ids: ShapeIds, area: Box, text: string, y: number, { t, lang }: DeckContext): string {
  return shape({
    id: ids.next(),
    name: t('deck.shape.text'),
    x: area.x,
    y,
    width: area.width,
    height: 16,
    textBox: true,
    text: {
      paragraphs: line(text, { size: Math.max(MIN_FONT, 9), italic: true, color: THEME.textMuted }, lang, {
        align: 'ctr',
      }),
      body: { anchor: 'ctr', autofit: 'shrink' },
    },
  });
}

/** What the map area says under the cards: that the map is empty, or that the cards are drawn small; or nothing. */
function mapNotes(ids: ShapeIds, area: Box, count: number, detail: CardDetail, context: DeckContext): string[] {
  const { t } = context;
  if (count === 0) return [mapNote(ids, area, t('export.map.empty'), area.y + area.height / 2 - 8, context)];
  if (detail === 'compact') return [mapNote(ids, area, t('deck.map.small', { count }), SLIDE_HEIGHT - BOTTOM, context)];
  return [];
}

/** The map slide's XML. */
export function mapSlide(context: DeckContext): string {
  const { doc, t } = context;
  const ids = new ShapeIds();
  const parts: string[] = [heading(ids, t('deck.map.heading', { deal: doc.deal.name }), context)];
  const areas = mapSlideAreas(context);
  const { cards, scale, detail } = placeCards(doc, areas.map);
  parts.push(mapBackground(ids, areas.map, context));
  const people = peopleShapes(ids, cards);
  parts.push(...mapConnectors(ids, people, scale, context));
  for (const c of cards) parts.push(card(ids, people.shapeIds.get(c.person.id)!, c, scale, detail, context));
  parts.push(...mapNotes(ids, areas.map, cards.length, detail, context));
  parts.push(legend(ids, areas.legend, context));
  return slideXml(parts.join(''), THEME.surface);
}
