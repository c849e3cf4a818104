/**
 * A line as drawn, from its route (lineRoute.ts): the path, the arrow head and the dashes,
 * the same on the canvas, in the SVG drawing and in the deck. Reports-to reads as an org
 * chart: right angles with small rounded bends when nothing is in its way; a route round
 * cards keeps its bends, rounded; the other kinds run straight between the cards.
 */
import type { RelationshipKind } from '../document/vocabulary';
import { GHOST_DASHES, lineLook, MAX_DASH_PERIODS, ROUTE } from '../mapStyle/tokens';
import { arrowAlong, polylineLength, roundedPath, type BorderSide, type Point } from './lineRoute';

export interface LineShape {
  /** The polyline the line follows (its ends on the card borders). */
  readonly points: readonly Point[];
  /** The SVG path data, bends rounded, coordinates whole units. */
  readonly path: string;
  /** The arrow head as a closed path at the `to` end; null for kinds without one. */
  readonly arrow: string | null;
  /** The stroke-dasharray; undefined for solid lines. */
  readonly dash: string | undefined;
}

const sideOf = (p: Point): BorderSide | undefined =>
  'side' in p ? (p as Point & { side: BorderSide }).side : undefined;

/**
 * The right-angled way between two ends leaving by the sides they face: down (or up, or
 * across) to the middle, across, and on to the other end, as an org chart draws it.
 */
export function rightAngles(start: Point, end: Point, startSide: BorderSide): Point[] {
  if (startSide === 'top' || startSide === 'bottom') {
    const middle = (start.y + end.y) / 2;
    return [start, { x: start.x, y: middle }, { x: end.x, y: middle }, end];
  }
  const middle = (start.x + end.x) / 2;
  return [start, { x: middle, y: start.y }, { x: middle, y: end.y }, end];
}

/**
 * The stroke-dasharray of a line of about `length` map units: the kind's pattern (a ghost's
 * when the line was removed in a comparison), stretched on a very long line so that it never
 * has more than MAX_DASH_PERIODS periods. Dashing is the costliest thing a software
 * rasteriser does with a path: an unbounded dash count on a line across a large map costs
 * whole frames.
 */
export function dashArray(kind: RelationshipKind, length: number, removed = false): string | undefined {
  const pattern = removed ? GHOST_DASHES : lineLook(kind, 2).dash;
  if (!pattern) return undefined;
  const period = pattern.reduce((sum, part) => sum + part, 0);
  const stretch = Math.max(1, length / (period * MAX_DASH_PERIODS));
  // Rounded up to a tenth: rounding down could shorten the period enough to add a period past the cap.
  return pattern.map((part) => Math.ceil(part * stretch * 10 - 1e-9) / 10).join(' ');
}

/** The shape of a line of `kind` along its route `points` (see the module comment). */
export function lineShape(kind: RelationshipKind, route: readonly Point[], removed = false): LineShape {
  const start = route[0]!;
  const end = route[route.length - 1]!;
  const startSide = sideOf(start);
  const orthogonal = kind === 'reports-to' && route.length === 2 && startSide !== undefined;
  const points = orthogonal ? rightAngles(start, end, startSide) : route;
  const path = roundedPath(points, orthogonal ? ROUTE.stepRadius : ROUTE.bendRadius);
  const look = lineLook(kind, 2);
  return {
    points,
    path,
    arrow: look.arrow ? arrowAlong(points[points.length - 2]!, end) : null,
    dash: dashArray(kind, polylineLength(points) * 1.2, removed),
  };
}
