/**
 * The map slide: every person a native card (card.ts) and every relationship a connector
 * glued to the two people's shapes (`a:stCxn` / `a:endCxn`), so moving a card in
 * PowerPoint drags its lines along. Card positions come from drawMap's `layoutMap`, scaled
 * to fit the slide beside the legend; a map of any size stays on one slide.
 *
 * The deck approximates the shared line shape (shared/mapLayout/lineShape.ts) with one
 * straight glued connector per line: the canvas's bends round cards and the right angles of
 * reports-to are not drawn. A glued end must sit on a connection site (the middle of a
 * side), and PowerPoint re-routes a glued connector as soon as a card moves, so a drawn
 * polyline would not survive the first edit, while keeping the lines glued is what makes
 * the deck editable. The sides are chosen by the canvas's rule (lineRoute's borderPoint:
 * the side the line between the centres leaves by); a second line between the same two
 * people uses the other pair of sides, so parallel lines stay apart.
 */
import { MIN_FONT, THEME, type DeckContext } from '../context';
import { borderPoint } from '../../../mapLayout/lineRoute';
import { layoutMap } from '../../drawMap';
import { connector, shape, slideXml, ShapeIds, type Box, type Glue } from '../shapes';
import { line } from '../text';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../xml';
import { card, cardDetail, type CardGeometry } from './card';
import { CONTENT_TOP, heading } from './frame';
import { legend, legendHeight } from './legend';
import { deckLineLook } from './lineStyle';

const SIDE = 20;
const LEGEND_WIDTH = 176;
const GAP = 14;
const BOTTOM = 22;
/** A small map is not blown up beyond this (points per map unit: 1 is a third larger than the canvas). */
const MAX_SCALE = 1;

/** Connection sites of a rectangle, as PowerPoint numbers them. */
const TOP = 0;
const LEFT = 1;
const BOTTOM_SITE = 2;
const RIGHT = 3;

function site(box: Box, index: number): { x: number; y: number } {
  switch (index) {
    case TOP:
      return { x: box.x + box.width / 2, y: box.y };
    case LEFT:
      return { x: box.x, y: box.y + box.height / 2 };
    case BOTTOM_SITE:
      return { x: box.x + box.width / 2, y: box.y + box.height };
    default:
      return { x: box.x + box.width, y: box.y + box.height / 2 };
  }
}

/**
 * The sites a line from `a` to `b` leaves and enters by: the sides the canvas's line leaves
 * and enters by (lineRoute's borderPoint, towards the other card's centre), or, for a second
 * line between the same two people, the other pair of facing sides.
 */
function sites(a: Box, b: Box, alternate: boolean): [number, number] {
  const dx = b.x + b.width / 2 - (a.x + a.width / 2);
  const dy = b.y + b.height / 2 - (a.y + a.height / 2);
  const side = borderPoint(a, { x: a.x + a.width / 2 + dx, y: a.y + a.height / 2 + dy }).side;
  let horizontal = side === 'left' || side === 'right';
  if (alternate) horizontal = !horizontal;
  if (horizontal) return dx >= 0 ? [RIGHT, LEFT] : [LEFT, RIGHT];
  return dy >= 0 ? [BOTTOM_SITE, TOP] : [TOP, BOTTOM_SITE];
}

/** The map slide's XML. */
export function mapSlide(context: DeckContext): string {
  const { doc, t, lang } = context;
  const ids = new ShapeIds();
  const parts: string[] = [heading(ids, t('deck.map.heading', { deal: doc.deal.name }), context)];

  const legendBox: Box = {
    x: SLIDE_WIDTH - SIDE - LEGEND_WIDTH,
    y: CONTENT_TOP,
    width: LEGEND_WIDTH,
    height: Math.min(legendHeight(context, LEGEND_WIDTH), SLIDE_HEIGHT - CONTENT_TOP - BOTTOM),
  };
  const area: Box = {
    x: SIDE,
    y: CONTENT_TOP,
    width: legendBox.x - GAP - SIDE,
    height: SLIDE_HEIGHT - CONTENT_TOP - BOTTOM,
  };
  const layout = layoutMap(doc);
  const map = layout.map;
  const scale = Math.min(MAX_SCALE, area.width / Math.max(1, map.width), area.height / Math.max(1, map.height));
  const offsetX = area.x + (area.width - map.width * scale) / 2;
  const offsetY = area.y + (area.height - map.height * scale) / 2;
  const detail = cardDetail(scale);

  // The map area, tinted as in the drawing.
  parts.push(
    shape({
      id: ids.next(),
      name: t('export.map.label', { deal: doc.deal.name }),
      ...area,
      geometry: 'roundRect',
      radius: 6,
      fill: THEME.bg,
    }),
  );

  const cards: CardGeometry[] = layout.cards.map((c) => ({
    person: c.person,
    x: offsetX + (c.x - map.x) * scale,
    y: offsetY + (c.y - map.y) * scale,
    width: c.width * scale,
    height: c.height * scale,
  }));
  // Ids for the people first, so connectors (drawn below the cards) can name them.
  const personShapes = new Map<string, number>();
  const boxes = new Map<string, CardGeometry>();
  for (const c of cards) {
    if (!personShapes.has(c.person.id)) personShapes.set(c.person.id, ids.next());
    boxes.set(c.person.id, c);
  }

  const names = new Map(doc.stakeholders.map((person) => [person.id, person.name]));
  const seenPairs = new Map<string, number>();
  for (const relationship of doc.relationships) {
    const from = boxes.get(relationship.from);
    const to = boxes.get(relationship.to);
    if (!from || !to) continue;
    const pair =
      relationship.from < relationship.to
        ? `${relationship.from}\u0000${relationship.to}`
        : `${relationship.to}\u0000${relationship.from}`;
    const nth = seenPairs.get(pair) ?? 0;
    seenPairs.set(pair, nth + 1);
    const [startSite, endSite] = sites(from, to, nth % 2 === 1);
    const start = site(from, startSite);
    const end = site(to, endSite);
    const label = t(`canvas.line.${relationship.kind}`, {
      from: names.get(relationship.from) ?? relationship.from,
      to: names.get(relationship.to) ?? relationship.to,
      strength: t(`canvas.strength.${relationship.strength}`),
    });
    const startGlue: Glue = { id: personShapes.get(relationship.from)!, site: startSite };
    const endGlue: Glue = { id: personShapes.get(relationship.to)!, site: endSite };
    parts.push(
      connector({
        id: ids.next(),
        name: t('deck.shape.line', { label }),
        descr: label,
        x1: start.x,
        y1: start.y,
        x2: end.x,
        y2: end.y,
        ...deckLineLook(relationship.kind, relationship.strength, scale),
        start: startGlue,
        end: endGlue,
      }),
    );
  }

  for (const c of cards) parts.push(card(ids, personShapes.get(c.person.id)!, c, scale, detail, context));

  const note = (text: string, y: number) =>
    shape({
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
  if (cards.length === 0) parts.push(note(t('export.map.empty'), area.y + area.height / 2 - 8));
  else if (detail === 'compact') parts.push(note(t('deck.map.small', { count: cards.length }), SLIDE_HEIGHT - BOTTOM));

  parts.push(legend(ids, legendBox, context));
  return slideXml(parts.join(''), THEME.surface);
}
