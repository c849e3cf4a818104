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

/**
 * The overview's viewBox, the mask (everything but the view, darkened) and its scale (flow
 * units per overview pixel), for the people's bounds and the view at an overview size.
 */
export function overviewFrame(
  bounds: Rect | null,
  view: Rect,
  size: { width: number; height: number },
): { viewBox: string; mask: string; scale: number } {
  const all = bounds ? union(bounds, view) : view;
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
