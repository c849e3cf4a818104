/**
 * Where a line runs: pure geometry, tested on its own (test/shared/mapLayout/lineRoute.test.ts). The
 * canvas, the SVG drawing and the deck all run their lines by this rule.
 *
 * - A line leaves and enters each card where the straight line between the two cards'
 *   centres crosses the card's border (a floating end), so it never seems to start at a
 *   card it only passes.
 * - Two cards touching, overlapping or too close for that line to show (MIN_LINE_GAP) are
 *   joined by a bracket outside them both instead (closeRoute), so a line never vanishes.
 * - When that straight line would pass under other cards, it bends around them: the
 *   shortest path through the corners of the cards in the way (grown by a margin), found
 *   on their visibility graph. Only the few cards near the line are considered; a line
 *   with too many in its way is left straight, so a map of thousands stays quick.
 */

import { ARROW, ROUTE } from '../mapStyle/tokens';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export type BorderSide = 'top' | 'right' | 'bottom' | 'left';

/** Room kept between a bent line and the cards it goes round, in flow units. */
export const ROUTE_MARGIN = ROUTE.margin;
/** A line with more cards than this near its straight path is left straight. */
export const MAX_OBSTACLES = 10;

const centre = (box: Box): Point => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

/** Where the ray from the box's centre towards `towards` leaves the box, and by which side. */
export function borderPoint(box: Box, towards: Point): Point & { side: BorderSide } {
  const c = centre(box);
  const dx = towards.x - c.x;
  const dy = towards.y - c.y;
  if (dx === 0 && dy === 0) return { x: c.x, y: box.y + box.height, side: 'bottom' };
  const hw = box.width / 2;
  const hh = box.height / 2;
  // Scale the direction to the border: whichever of the two sides it reaches first.
  const tx = dx === 0 ? Infinity : hw / Math.abs(dx);
  const ty = dy === 0 ? Infinity : hh / Math.abs(dy);
  const t = Math.min(tx, ty);
  const side: BorderSide = tx < ty ? (dx > 0 ? 'right' : 'left') : dy > 0 ? 'bottom' : 'top';
  return { x: c.x + dx * t, y: c.y + dy * t, side };
}

/**
 * The shortest straight line between two cards that is still drawn as one: enough for its
 * arrow head and as much again. Cards closer than this (touching, or one over the other) are
 * joined by a bracket (closeRoute): the straight line between their borders would be a few
 * units long, or none, or run backwards under the cards.
 */
export const MIN_LINE_GAP = 2 * ARROW.length;

/**
 * The line between two cards when nothing is in its way: from border to border along the
 * line between their centres (borderPoint), or, for cards too close for that (MIN_LINE_GAP),
 * their bracket (closeRoute). The canvas draws a dragged card's lines by it.
 */
export function directRoute(from: Box, to: Box): Point[] {
  const a = borderPoint(from, centre(to));
  const b = borderPoint(to, centre(from));
  return tooClose(from, to, a, b) ? closeRoute(from, to) : [a, b];
}

/** Whether the line from `a` to `b` (borderPoint's ends) runs less than MIN_LINE_GAP the way from one centre to the other. */
function tooClose(from: Box, to: Box, a: Point, b: Point): boolean {
  const cf = centre(from);
  const ct = centre(to);
  const distance = Math.hypot(ct.x - cf.x, ct.y - cf.y);
  if (distance === 0) return true;
  // Along the centres' direction: negative when the ends crossed (the cards overlap).
  const along = ((b.x - a.x) * (ct.x - cf.x) + (b.y - a.y) * (ct.y - cf.y)) / distance;
  return along < MIN_LINE_GAP;
}

/**
 * Two close cards' bracket: out of the side both share, round the outside of the pair
 * ROUTE_MARGIN away, and into the other card by the same side. Cards side by side are
 * joined over their tops (as an org chart joins colleagues), cards one above the other
 * round their right sides; two cards at the same centre from a quarter of the way along
 * each top, so the bracket still shows.
 */
export function closeRoute(from: Box, to: Box): (Point & { side: BorderSide })[] {
  const cf = centre(from);
  const ct = centre(to);
  if (Math.abs(ct.x - cf.x) >= Math.abs(ct.y - cf.y)) {
    const top = Math.min(from.y, to.y) - ROUTE_MARGIN;
    const same = ct.x === cf.x;
    const x1 = same ? cf.x - from.width / 4 : cf.x;
    const x2 = same ? ct.x + to.width / 4 : ct.x;
    return [
      { x: x1, y: from.y, side: 'top' },
      { x: x1, y: top, side: 'top' },
      { x: x2, y: top, side: 'top' },
      { x: x2, y: to.y, side: 'top' },
    ];
  }
  const right = Math.max(from.x + from.width, to.x + to.width) + ROUTE_MARGIN;
  return [
    { x: from.x + from.width, y: cf.y, side: 'right' },
    { x: right, y: cf.y, side: 'right' },
    { x: right, y: ct.y, side: 'right' },
    { x: to.x + to.width, y: ct.y, side: 'right' },
  ];
}

/** Whether the segment a–b passes through the inside of the box (touching its border does not count). */
export function segmentHitsBox(a: Point, b: Point, box: Box): boolean {
  // A box wholly to one side of the segment's box is missed, as the clipping below would
  // find (its steps round monotonically), without the clipping: most cards near a line.
  if (
    box.x + box.width <= Math.min(a.x, b.x) ||
    box.x >= Math.max(a.x, b.x) ||
    box.y + box.height <= Math.min(a.y, b.y) ||
    box.y >= Math.max(a.y, b.y)
  )
    return false;
  // Liang–Barsky clipping against the open box.
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  // The four sides as (p, q) pairs, without an array each: a route tests hundreds of cards.
  for (let side = 0; side < 4; side++) {
    const p = side === 0 ? -dx : side === 1 ? dx : side === 2 ? -dy : dy;
    const q =
      side === 0
        ? a.x - box.x
        : side === 1
          ? box.x + box.width - a.x
          : side === 2
            ? a.y - box.y
            : box.y + box.height - a.y;
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) {
      if (r > t1) return false;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return false;
      if (r < t1) t1 = r;
    }
  }
  // Something of the segment inside, and not a mere touch of a corner.
  return t1 - t0 > 1e-9;
}

const grow = (box: Box, by: number): Box => ({
  x: box.x - by,
  y: box.y - by,
  width: box.width + 2 * by,
  height: box.height + 2 * by,
});

const inside = (p: Point, box: Box) =>
  p.x > box.x && p.x < box.x + box.width && p.y > box.y && p.y < box.y + box.height;

/**
 * The line from card `from` to card `to` as a polyline (at least its two ends), going round
 * the `others` cards in its way. `others` may hold any cards (the two ends are ignored if
 * present); only those near the straight line are used.
 */
export function routeLine(from: Box, to: Box, others: readonly Box[]): Point[] {
  return routeAround(from, to, others).points;
}

/** A line's route, and how many cards it met: enough for a caller to keep it while cards move (lineRoutes.ts). */
export interface FoundRoute {
  readonly points: Point[];
  /**
   * The cards crossing the straight line between the two cards' borders. With none, the
   * route is that line (it is clear), and stays so while its cards stay and no card comes
   * to cross it: a card crossing it is always among those looked at.
   */
  readonly blocking: number;
  /**
   * With some blocking: the cards near the line (nearArea) among those looked at. Over
   * MAX_OBSTACLES the route is that straight line too, and stays so while they stay over it
   * and some still block. 0 when none blocks.
   */
  readonly near: number;
}

function routeAround(from: Box, to: Box, others: readonly Box[]): FoundRoute {
  const direct = directRoute(from, to);
  // A bracket depends on its two cards alone: it is not routed round others.
  if (direct.length !== 2) return { points: direct, blocking: 0, near: 0 };
  const [a, b] = direct as [Point, Point];
  const blocking = others.filter((box) => box !== from && box !== to && segmentHitsBox(a, b, box));
  if (blocking.length === 0) return { points: [a, b], blocking: 0, near: 0 };
  const area = nearArea(from, to, a, b);
  const near = others.filter((box) => box !== from && box !== to && isNear(box, area));
  return { points: bentRoute(from, to, near, a, b), blocking: blocking.length, near: near.length };
}

/** Where routeLine looks for the cards near the straight line from `a` to `b`: its box, grown by a card's size. */
export interface NearArea {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export function nearArea(from: Box, to: Box, a: Point, b: Point): NearArea {
  const reach = Math.max(from.width, from.height, to.width, to.height);
  return {
    left: Math.min(a.x, b.x) - reach,
    right: Math.max(a.x, b.x) + reach,
    top: Math.min(a.y, b.y) - reach,
    bottom: Math.max(a.y, b.y) + reach,
  };
}

/** Whether a card counts as near a line (nearArea). */
export function isNear(box: Box, { left, right, top, bottom }: NearArea): boolean {
  return box.x < right && box.x + box.width > left && box.y < bottom && box.y + box.height > top;
}

/** routeLine's route when some cards cross the straight line from `a` to `b`, going round those `near` it. */
function bentRoute(from: Box, to: Box, near: readonly Box[], a: Point, b: Point): Point[] {
  if (near.length > MAX_OBSTACLES) return [a, b];
  const path = shortestPath(from, to, near);
  if (!path) return [a, b];
  // Re-anchor the ends towards the first and last bends, so the line leaves its card facing its way.
  const first = path[0]!;
  const last = path[path.length - 1]!;
  return [borderPoint(from, first), ...path, borderPoint(to, last)];
}

/**
 * Lines longer than this (about six cards) are left straight: across a large map they pass
 * too many cards to go round, and looking costs time on every move.
 */
export const MAX_ROUTED_LENGTH = 1600;

/**
 * The route of a line between two cards on a map: round the `others` in its way (routeLine),
 * or straight when the cards are more than MAX_ROUTED_LENGTH apart (`others` is then not
 * looked at, nor called when it is a function). The canvas and the
 * exports route every line through here.
 */
export function routeBetween(from: Box, to: Box, others: readonly Box[] | (() => readonly Box[])): Point[] {
  return findRoute(from, to, others).points;
}

/** routeBetween's route, and whether it is clear (FoundRoute): for a caller that keeps routes between moves. */
export function findRoute(from: Box, to: Box, others: readonly Box[] | (() => readonly Box[])): FoundRoute {
  if (isLongLine(from, to)) return routeAround(from, to, []);
  return routeAround(from, to, typeof others === 'function' ? others() : others);
}

/**
 * True when a line between these cards is left straight (MAX_ROUTED_LENGTH). routeBetween
 * then never asks for the cards in its way: a caller may pass a function that finds them,
 * and a long line costs no look-up.
 */
export function isLongLine(from: Box, to: Box): boolean {
  return Math.hypot(to.x - from.x, to.y - from.y) > MAX_ROUTED_LENGTH;
}

/**
 * Where the cards that can change the route between two cards lie (routeBetween): a card
 * wholly outside this area is neither in the line's way nor near it (routeLine looks only
 * within the line's box grown by a card's size; this is the two cards' box grown by as
 * much and a unit more, so rounding never puts a card it looks at outside), so a card moved
 * from there or to there leaves the route as it is. Null for a line left straight
 * (isLongLine): its route depends on its two cards alone. A caller that keeps routes finds
 * again only those of lines with a moved end, or with a moved card (where it was or where
 * it went) that `meets` the area.
 */
export function routeReach(from: Box, to: Box): Box | null {
  if (isLongLine(from, to)) return null;
  const reach = Math.max(from.width, from.height, to.width, to.height) + 1;
  const x = Math.min(from.x, to.x) - reach;
  const y = Math.min(from.y, to.y) - reach;
  const right = Math.max(from.x + from.width, to.x + to.width) + reach;
  const bottom = Math.max(from.y + from.height, to.y + to.height) + reach;
  return { x, y, width: right - x, height: bottom - y };
}

/** Whether two boxes overlap (touching edges do not count), as routeLine tells a card near a line. */
export function meets(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && a.x + a.width > b.x && a.y < b.y + b.height && a.y + a.height > b.y;
}

/** The bends of the shortest way round `obstacles` from one card's centre to the other's, or null. */
function shortestPath(from: Box, to: Box, obstacles: readonly Box[]): Point[] | null {
  const grown = obstacles.map((box) => grow(box, ROUTE_MARGIN));
  // Tested slightly smaller than the corners are placed, so a path may run along a grown border.
  const solid = obstacles.map((box) => grow(box, ROUTE_MARGIN - 1));
  const ends = [from, to].map((box) => grow(box, -1));
  const start = centre(from);
  const goal = centre(to);
  const corners: Point[] = [];
  for (const box of grown) {
    for (const corner of [
      { x: box.x, y: box.y },
      { x: box.x + box.width, y: box.y },
      { x: box.x, y: box.y + box.height },
      { x: box.x + box.width, y: box.y + box.height },
    ]) {
      if (!solid.some((s) => inside(corner, s)) && !ends.some((s) => inside(corner, s))) corners.push(corner);
    }
  }
  const nodes = [start, goal, ...corners];
  // From a card's centre the path may cross its own card (the line starts at its border).
  const clear = (i: number, j: number) => {
    const p = nodes[i]!;
    const q = nodes[j]!;
    if (solid.some((box) => segmentHitsBox(p, q, box))) return false;
    if (i !== 0 && j !== 0 && segmentHitsBox(p, q, ends[0]!)) return false;
    if (i !== 1 && j !== 1 && segmentHitsBox(p, q, ends[1]!)) return false;
    return true;
  };
  // A* over the visibility graph, edges tested lazily.
  const distance = nodes.map(() => Infinity);
  const previous = nodes.map(() => -1);
  const done = nodes.map(() => false);
  const h = (i: number) => Math.hypot(nodes[i]!.x - goal.x, nodes[i]!.y - goal.y);
  distance[0] = 0;
  for (;;) {
    let current = -1;
    let best = Infinity;
    for (let i = 0; i < nodes.length; i++) {
      if (!done[i] && distance[i]! + h(i) < best) {
        best = distance[i]! + h(i);
        current = i;
      }
    }
    if (current === -1) return null;
    if (current === 1) break;
    done[current] = true;
    for (let next = 1; next < nodes.length; next++) {
      if (done[next] || next === current) continue;
      const length = Math.hypot(nodes[next]!.x - nodes[current]!.x, nodes[next]!.y - nodes[current]!.y);
      if (distance[current]! + length >= distance[next]!) continue;
      if (!clear(current, next)) continue;
      distance[next] = distance[current]! + length;
      previous[next] = current;
    }
  }
  const bends: Point[] = [];
  for (let i = previous[1]!; i > 0; i = previous[i]!) bends.unshift(nodes[i]!);
  return bends.length > 0 ? bends : null;
}

/**
 * The polyline as an SVG path with its bends rounded (radius up to `radius`, less where
 * the segments are short), coordinates rounded to whole units.
 */
export function roundedPath(points: readonly Point[], radius: number = ROUTE.bendRadius): string {
  const r = (n: number) => Math.round(n);
  if (points.length < 2) return '';
  let d = `M${r(points[0]!.x)},${r(points[0]!.y)}`;
  for (let i = 1; i < points.length - 1; i++) {
    const p = points[i - 1]!;
    const c = points[i]!;
    const n = points[i + 1]!;
    const inLength = Math.hypot(c.x - p.x, c.y - p.y);
    const outLength = Math.hypot(n.x - c.x, n.y - c.y);
    const k = Math.min(radius, inLength / 2, outLength / 2);
    if (k < 1) {
      d += ` L${r(c.x)},${r(c.y)}`;
      continue;
    }
    const before = { x: c.x - ((c.x - p.x) / inLength) * k, y: c.y - ((c.y - p.y) / inLength) * k };
    const after = { x: c.x + ((n.x - c.x) / outLength) * k, y: c.y + ((n.y - c.y) / outLength) * k };
    d += ` L${r(before.x)},${r(before.y)} Q${r(c.x)},${r(c.y)} ${r(after.x)},${r(after.y)}`;
  }
  const end = points[points.length - 1]!;
  return `${d} L${r(end.x)},${r(end.y)}`;
}

/** The length of a polyline. */
export function polylineLength(points: readonly Point[]): number {
  let length = 0;
  for (let i = 1; i < points.length; i++)
    length += Math.hypot(points[i]!.x - points[i - 1]!.x, points[i]!.y - points[i - 1]!.y);
  return length;
}

/** The arrow head (a closed triangle path) at `tip`, pointing along the segment from `from`. */
export function arrowAlong(
  from: Point,
  tip: Point,
  length: number = ARROW.length,
  halfWidth: number = ARROW.halfWidth,
): string {
  const d = Math.hypot(tip.x - from.x, tip.y - from.y) || 1;
  const ux = (tip.x - from.x) / d;
  const uy = (tip.y - from.y) / d;
  const bx = tip.x - ux * length;
  const by = tip.y - uy * length;
  const r = (n: number) => Math.round(n * 100) / 100;
  return `M${r(tip.x)},${r(tip.y)} L${r(bx - uy * halfWidth)},${r(by + ux * halfWidth)} L${r(bx + uy * halfWidth)},${r(by - ux * halfWidth)} Z`;
}
