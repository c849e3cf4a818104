/**
 * The overview's drawing (Overview.tsx), as pure functions: the people's boxes as one path
 * per colour, and the frame (viewBox and the mask around the part in view) computed as
 * React Flow's MiniMap computes it, so the overview looks and pans as before.
 */
import { CARD_HEIGHT, CARD_WIDTH, type PersonNode } from './toFlow';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The space kept round the drawing, in overview pixels (React Flow's `offsetScale`). */
const OFFSET_PX = 5;

const r = (n: number) => Math.round(n * 10) / 10;

/** One path per colour with every person's box, in the order the colours first appear; and the boxes' bounds. */
export function overviewBoxes(
  nodes: readonly PersonNode[],
  colour: (node: PersonNode) => string,
): { paths: { colour: string; d: string }[]; bounds: Rect | null } {
  const byColour = new Map<string, string[]>();
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const node of nodes) {
    if (node.hidden) continue;
    const { x, y } = node.position;
    const key = colour(node);
    let parts = byColour.get(key);
    if (!parts) byColour.set(key, (parts = []));
    parts.push(`M${r(x)},${r(y)}h${CARD_WIDTH}v${CARD_HEIGHT}h${-CARD_WIDTH}z`);
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x + CARD_WIDTH);
    maxY = Math.max(maxY, y + CARD_HEIGHT);
  }
  const paths = [...byColour].map(([key, parts]) => ({ colour: key, d: parts.join('') }));
  const bounds = minX === Infinity ? null : { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
  return { paths, bounds };
}

/**
 * Whether two node lists draw the same boxes (overviewBoxes): the same people in the same
 * order, at the same position objects, shown alike and in the same colours. A change of
 * selection re-creates the selected nodes but moves nobody: the overview keeps its drawing.
 */
export function sameBoxes(
  a: readonly PersonNode[],
  b: readonly PersonNode[],
  colour: (node: PersonNode) => string,
): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const [x, y] = [a[i]!, b[i]!];
    if (x === y) continue;
    if (x.position !== y.position || Boolean(x.hidden) !== Boolean(y.hidden) || colour(x) !== colour(y)) return false;
  }
  return true;
}

function union(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

const holds = (outer: Rect, inner: Rect) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

/** What the overview shows: the people and the view (React Flow's MiniMap). */
export function overviewArea(bounds: Rect | null, view: Rect): Rect {
  return bounds ? union(bounds, view) : view;
}

/** While the view moves, the area shown grows by this share of its size when it must grow. */
export const HELD_GROWTH = 0.25;

/**
 * The area shown while the view moves: `held` (the same object) while it holds `wanted`,
 * else the two together and a HELD_GROWTH margin. Why: a new viewBox is a new transform of
 * the overview's drawing, and every such change makes Chromium lay out the page's
 * compositing layers again (heldTransform.ts); zoomed out, where the view reaches past the
 * people, React Flow's frame changed on every mouse move of a pan.
 */
export function heldArea(held: Rect | null, wanted: Rect): Rect {
  if (!held) return wanted;
  if (holds(held, wanted)) return held;
  const dx = wanted.width * HELD_GROWTH;
  const dy = wanted.height * HELD_GROWTH;
  return union(held, {
    x: wanted.x - dx,
    y: wanted.y - dy,
    width: wanted.width + 2 * dx,
    height: wanted.height + 2 * dy,
  });
}

/**
 * The overview's viewBox, the mask (everything but the view, darkened) and its scale (flow
 * units per overview pixel), for the people's bounds and the view at an overview size;
 * `area` is what to show, if not the people and the view (overviewArea).
 */
export function overviewFrame(
  bounds: Rect | null,
  view: Rect,
  size: { width: number; height: number },
  area: Rect = overviewArea(bounds, view),
): { viewBox: string; mask: string; scale: number } {
  const all = area;
  const scale = Math.max(all.width / size.width, all.height / size.height);
  const viewWidth = scale * size.width;
  const viewHeight = scale * size.height;
  const offset = OFFSET_PX * scale;
  const x = all.x - (viewWidth - all.width) / 2 - offset;
  const y = all.y - (viewHeight - all.height) / 2 - offset;
  const width = viewWidth + offset * 2;
  const height = viewHeight + offset * 2;
  const mask =
    `M${x - offset},${y - offset}h${width + offset * 2}v${height + offset * 2}h${-width - offset * 2}z` +
    `M${view.x},${view.y}h${view.width}v${view.height}h${-view.width}z`;
  return { viewBox: `${x} ${y} ${width} ${height}`, mask, scale };
}
