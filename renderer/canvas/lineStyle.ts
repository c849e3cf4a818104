/**
 * How a line looks on the canvas (shared/mapStyle's rules): its arrow head, its dashes and
 * the CSS classes that give its colour and width (canvas.css).
 */
import type { Position } from '@xyflow/react';
import type { RelationshipKind } from '../../shared/document';
import { RELATIONSHIP_KINDS } from '../../shared/document';
import { dashArray as sharedDashArray } from '../../shared/mapLayout/lineShape';
import { ARROW, GHOST_DASHES, lineLook, MAX_DASH_PERIODS } from '../../shared/mapStyle/tokens';
import type { LineMark } from './marks';

/** Which kinds end in an arrow head: reports-to (at the manager) and influences (at the one swayed). */
export const LINE_ARROWS: Readonly<Record<RelationshipKind, boolean>> = Object.fromEntries(
  RELATIONSHIP_KINDS.map((kind) => [kind, lineLook(kind, 2).arrow]),
) as Record<RelationshipKind, boolean>;

/** The arrow head's length and half-width, in flow units (shared/mapStyle). */
export const ARROW_LENGTH = ARROW.length;
export const ARROW_HALF_WIDTH = ARROW.halfWidth;

/**
 * The arrow head at a line's end, as a closed path: a triangle with its tip at the end
 * point, pointing into the card across the side the line enters by. Drawn as a small path
 * of its own rather than an SVG marker, which the browser repaints with the whole line on
 * every tile the line crosses.
 */
export function arrowHead(x: number, y: number, side: `${Position}`): string {
  const [dx, dy] = side === 'top' ? [0, 1] : side === 'bottom' ? [0, -1] : side === 'left' ? [1, 0] : [-1, 0];
  const bx = x - dx * ARROW_LENGTH;
  const by = y - dy * ARROW_LENGTH;
  const px = -dy * ARROW_HALF_WIDTH;
  const py = dx * ARROW_HALF_WIDTH;
  const r = (n: number) => Math.round(n * 100) / 100;
  return `M${r(x)},${r(y)} L${r(bx + px)},${r(by + py)} L${r(bx - px)},${r(by - py)} Z`;
}

/** The edge type of every line (the canvas draws them itself: LineLayer, RelationLine). */
export const LINE_TYPE = 'line';

/** The dash patterns of the dashed kinds, in flow units (shared/mapStyle); the others are solid. */
export const LINE_DASHES: Readonly<Record<RelationshipKind, readonly number[] | undefined>> = Object.fromEntries(
  RELATIONSHIP_KINDS.map((kind) => [kind, lineLook(kind, 2).dash]),
) as Record<RelationshipKind, readonly number[] | undefined>;
export { GHOST_DASHES, MAX_DASH_PERIODS };

/** The stroke-dasharray of a line of about `length` flow units (shared/mapLayout/lineShape's rule, a comparison's ghost dashed its own way). */
export function dashArray(kind: RelationshipKind, length: number, mark?: LineMark): string | undefined {
  return sharedDashArray(kind, length, mark === 'removed');
}

/** The CSS classes that style a line (canvas.css): its kind and, for influence, its strength. */
export function lineClassName(kind: RelationshipKind, strength: 1 | 2 | 3): string {
  return kind === 'influences' ? `pm-line pm-line--influences pm-line--s${strength}` : `pm-line pm-line--${kind}`;
}
