/**
 * Where a line runs on the canvas, from its two cards' top-left corners: the route toFlow
 * found (shared/mapLayout/lineRoute.ts) while the cards are where it was found for, else
 * (while a card is dragged elsewhere) the straight line between the two cards' borders, or the
 * bracket that joins two cards too close for one (lineRoute's directRoute).
 */
import { directRoute, type Box, type Point } from '../../shared/mapLayout/lineRoute';
import { CARD_HEIGHT, CARD_WIDTH, type LineData } from './toFlow';

const box = (p: Point): Box => ({ x: p.x, y: p.y, width: CARD_WIDTH, height: CARD_HEIGHT });
/** A dragged card's position is fractional; a route stays while its cards are within a unit of where it was found. */
const near = (a: Point, b: Point) => Math.abs(a.x - b.x) <= 1 && Math.abs(a.y - b.y) <= 1;

/** The line's points, in flow units, for cards at `from` and `to`. */
export function linePoints(route: LineData['route'], from: Point, to: Point): readonly Point[] {
  if (route && near(route.from, from) && near(route.to, to)) return route.points;
  return directRoute(box(from), box(to));
}
