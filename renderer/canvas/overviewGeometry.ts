/**
 * The overview's drawing (Overview.tsx), as pure functions: the people's boxes as one path
 * per colour, and the frame (viewBox and the mask around the part in view) computed as
 * React Flow's MiniMap computes it, so the overview looks and pans as before.
 */
import { knownChanges } from './arrayChanges';
import { changedAt } from './sameGeometry';
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

/** A person's box in the overview's paths. */
const boxPart = ({ x, y }: PersonNode['position']) => `M${r(x)},${r(y)}h${CARD_WIDTH}v${CARD_HEIGHT}h${-CARD_WIDTH}z`;

export interface OverviewBoxes {
  readonly paths: { colour: string; d: string }[];
  readonly bounds: Rect | null;
}

/** One path per colour with every person's box, in the order the colours first appear; and the boxes' bounds. */
export function overviewBoxes(nodes: readonly PersonNode[], colour: (node: PersonNode) => string): OverviewBoxes {
  return drawn(nodes, colour).boxes;
}

/** overviewBoxes, with each colour's parts and where each person's box is among them (-1: hidden). */
function drawn(nodes: readonly PersonNode[], colour: (node: PersonNode) => string) {
  const byColour = new Map<string, string[]>();
  const colours: string[] = [];
  const slots: number[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const key = colour(node);
    colours.push(key);
    if (node.hidden) {
      slots.push(-1);
      continue;
    }
    let parts = byColour.get(key);
    if (!parts) byColour.set(key, (parts = []));
    slots.push(parts.length);
    parts.push(boxPart(node.position));
  }
  const paths = [...byColour].map(([key, parts]) => ({ colour: key, d: parts.join('') }));
  const extent = extentOf(nodes);
  return { boxes: { paths, bounds: boundsOf(extent) }, byColour, colours, slots, extent };
}

/** The extremes of the shown people's boxes (what boundsOf spans), or null when none is shown. */
interface Extent {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

function extentOf(nodes: readonly PersonNode[]): Extent | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.hidden) continue;
    const { x, y } = node.position;
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x + CARD_WIDTH);
    maxY = Math.max(maxY, y + CARD_HEIGHT);
  }
  return minX === Infinity ? null : { minX, minY, maxX, maxY };
}

const boundsOf = (extent: Extent | null): Rect | null =>
  extent && { x: extent.minX, y: extent.minY, width: extent.maxX - extent.minX, height: extent.maxY - extent.minY };

/**
 * The extent after shown people moved from `before` to `after` (indices `moved`): widened to
 * their new places, or null when one of them held an edge of it (then measured again).
 */
function extentAfter(
  extent: Extent,
  before: readonly PersonNode[],
  after: readonly PersonNode[],
  moved: readonly number[],
): Extent | null {
  let { minX, minY, maxX, maxY } = extent;
  for (const i of moved) {
    const was = before[i]!.position;
    if (was.x === extent.minX || was.y === extent.minY) return null;
    if (was.x + CARD_WIDTH === extent.maxX || was.y + CARD_HEIGHT === extent.maxY) return null;
    const { x, y } = after[i]!.position;
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x + CARD_WIDTH);
    maxY = Math.max(maxY, y + CARD_HEIGHT);
  }
  return { minX, minY, maxX, maxY };
}

/**
 * overviewBoxes kept between drawings: when the same people, in the same order, shown alike
 * and in the same colours, come again with some moved (a drop), only their boxes are
 * written again and only their colours' paths joined again; the others keep their objects.
 */
export class KeptBoxes {
  private last:
    (ReturnType<typeof drawn> & { nodes: readonly PersonNode[]; colour: (node: PersonNode) => string }) | null = null;

  of(nodes: readonly PersonNode[], colour: (node: PersonNode) => string): OverviewBoxes {
    const last = this.last;
    const changed = last && last.colour === colour ? changedAt(last.nodes, nodes) : null;
    if (!last || !changed || !changed.every((i) => alike(last.nodes[i]!, nodes[i]!, last.colours[i]!, colour))) {
      this.last = { ...drawn(nodes, colour), nodes, colour };
      return this.last.boxes;
    }
    const dirty = new Set<string>();
    const shown: number[] = [];
    for (const i of changed) {
      if (last.slots[i] === -1) continue;
      last.byColour.get(last.colours[i]!)![last.slots[i]!] = boxPart(nodes[i]!.position);
      dirty.add(last.colours[i]!);
      shown.push(i);
    }
    const paths = last.boxes.paths.map((path) =>
      dirty.has(path.colour) ? { colour: path.colour, d: last.byColour.get(path.colour)!.join('') } : path,
    );
    // Widened to the moved boxes, or measured again when one of them held an edge.
    const extent = (last.extent && extentAfter(last.extent, last.nodes, nodes, shown)) ?? extentOf(nodes);
    this.last = { ...last, nodes, extent, boxes: { paths, bounds: boundsOf(extent) } };
    return this.last.boxes;
  }
}

/** Whether a person's node, made anew, is shown as before and in the same colour. */
const alike = (before: PersonNode, now: PersonNode, colourBefore: string, colour: (node: PersonNode) => string) =>
  Boolean(before.hidden) === Boolean(now.hidden) && colour(now) === colourBefore;

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
  const known = knownChanges(a, b);
  if (known) return known.every((i) => sameBox(a[i]!, b[i]!, colour));
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameBox(a[i]!, b[i]!, colour)) return false;
  return true;
}

/** Whether two nodes draw the same box: the same object, or at the same position object, shown alike, in the same colour. */
function sameBox(x: PersonNode, y: PersonNode, colour: (node: PersonNode) => string): boolean {
  return x === y || (x.position === y.position && Boolean(x.hidden) === Boolean(y.hidden) && colour(x) === colour(y));
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
