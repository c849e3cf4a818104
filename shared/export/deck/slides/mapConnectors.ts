/**
 * The map slide's lines: every relationship a connector glued to the two people's shapes
 * (`a:stCxn` / `a:endCxn`), so moving a card in PowerPoint drags its lines along.
 *
 * The deck approximates the shared line shape (shared/mapLayout/lineShape.ts) with one
 * straight glued connector per line: the canvas's bends round cards and the right angles of
 * reports-to are not drawn. A glued end must sit on a connection site (the middle of a
 * side), and PowerPoint re-routes a glued connector as soon as a card moves, so a drawn
 * polyline would not survive the first edit, while keeping the lines glued is what makes
 * the deck editable. The sides are chosen by the canvas's rule (lineRoute's borderPoint:
 * the side the line between the centres leaves by); a second line between the same two
 * people uses the other pair of sides, so parallel lines stay apart. Two cards too close
 * for a straight line (touching, or overlapping) are joined by the canvas's bracket
 * (lineRoute's closeRoute), a freeform line drawn as it is, not glued (shapes.ts, polyline,
 * says why): a straight connector there would have no length, and nothing would show that the
 * two are related.
 */
import type { Relationship } from '../../../document/schema';
import { borderPoint, directRoute, type Point } from '../../../mapLayout/lineRoute';
import type { DeckContext } from '../context';
import { connector, polyline, type Box, type Glue, type ShapeIds } from '../shapes';
import type { CardGeometry } from './card';
import { deckLineLook } from './lineStyle';

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

/**
 * The canvas's bracket between two cards too close for a straight line (lineRoute's
 * directRoute), on the slide, or null: worked out at the map's own scale, so the deck draws
 * a bracket exactly where the canvas does, with its margin scaled like the cards.
 */
export function slideBracket(from: Box, to: Box, scale: number): Point[] | null {
  const atMapScale = (box: Box): Box => ({
    x: box.x / scale,
    y: box.y / scale,
    width: box.width / scale,
    height: box.height / scale,
  });
  const route = directRoute(atMapScale(from), atMapScale(to));
  return route.length > 2 ? route.map((point) => ({ x: point.x * scale, y: point.y * scale })) : null;
}

/** The people's cards on the slide by person, with the shape id each card gets. */
export interface PeopleShapes {
  readonly shapeIds: ReadonlyMap<string, number>;
  readonly boxes: ReadonlyMap<string, CardGeometry>;
}

/** Ids for the people first, so connectors (drawn below the cards) can name them. */
export function peopleShapes(ids: ShapeIds, cards: readonly CardGeometry[]): PeopleShapes {
  const shapeIds = new Map<string, number>();
  const boxes = new Map<string, CardGeometry>();
  for (const c of cards) {
    if (!shapeIds.has(c.person.id)) shapeIds.set(c.person.id, ids.next());
    boxes.set(c.person.id, c);
  }
  return { shapeIds, boxes };
}

/** A key for the unordered pair of people a relationship joins. */
function pairKey(relationship: Relationship): string {
  return relationship.from < relationship.to
    ? `${relationship.from}\u0000${relationship.to}`
    : `${relationship.to}\u0000${relationship.from}`;
}

/** What every connector of the slide is drawn with. */
interface ConnectorDrawing {
  readonly ids: ShapeIds;
  readonly people: PeopleShapes;
  /** The people's names by id, for the lines' labels. */
  readonly names: ReadonlyMap<string, string>;
  readonly scale: number;
  readonly context: DeckContext;
}

/** One relationship's connector between its two people's cards, on the other pair of sides when `alternate`. */
function relationshipConnector(relationship: Relationship, alternate: boolean, drawing: ConnectorDrawing): string {
  const { people, names, ids, scale } = drawing;
  const { t } = drawing.context;
  const from = people.boxes.get(relationship.from)!;
  const to = people.boxes.get(relationship.to)!;
  const label = t(`canvas.line.${relationship.kind}`, {
    from: names.get(relationship.from) ?? relationship.from,
    to: names.get(relationship.to) ?? relationship.to,
    strength: t(`canvas.strength.${relationship.strength}`),
  });
  const name = t('deck.shape.line', { label });
  const look = deckLineLook(relationship.kind, relationship.strength, scale);
  const bracket = slideBracket(from, to, scale);
  if (bracket) return polyline({ id: ids.next(), name, descr: label, points: bracket, ...look });
  const [startSite, endSite] = sites(from, to, alternate);
  const start = site(from, startSite);
  const end = site(to, endSite);
  const startGlue: Glue = { id: people.shapeIds.get(relationship.from)!, site: startSite };
  const endGlue: Glue = { id: people.shapeIds.get(relationship.to)!, site: endSite };
  return connector({
    id: ids.next(),
    name,
    descr: label,
    x1: start.x,
    y1: start.y,
    x2: end.x,
    y2: end.y,
    ...look,
    start: startGlue,
    end: endGlue,
  });
}

/** The connectors of every relationship whose two people are both on the slide, in the document's order. */
export function mapConnectors(ids: ShapeIds, people: PeopleShapes, scale: number, context: DeckContext): string[] {
  const { doc } = context;
  const names = new Map(doc.stakeholders.map((person) => [person.id, person.name]));
  const drawing: ConnectorDrawing = { ids, people, names, scale, context };
  const seenPairs = new Map<string, number>();
  const connectors: string[] = [];
  for (const relationship of doc.relationships) {
    if (!people.boxes.has(relationship.from) || !people.boxes.has(relationship.to)) continue;
    const pair = pairKey(relationship);
    const nth = seenPairs.get(pair) ?? 0;
    seenPairs.set(pair, nth + 1);
    connectors.push(relationshipConnector(relationship, nth % 2 === 1, drawing));
  }
  return connectors;
}
