/**
 * What is drawn is kept to what is visible (issue 9 §4): only people in a region around the
 * view get a card (at rest it reaches as far as a budget of people allows: ahead.ts), and
 * only lines that can cross that region are mounted.
 * React Flow itself holds only the people in the region (and the selected ones, so
 * selection, keyboard moves and deletion keep working on people panned out of view): every
 * node it holds runs its selector on every store update, and a drag re-adopts every node,
 * on each mouse move. The rest of the map lives in the canvas's own lists: the overview,
 * the lines' positions and the canvas API (wholeMap.ts) read every person.
 *
 * Why not React Flow's onlyRenderVisibleElements: it decides per frame for lines as well,
 * mounting and unmounting a line whenever its bounding box touches the edge of the view. A
 * line across a large map then invalidates most of the view and a software rasteriser
 * redraws every line there again: frames of hundreds of milliseconds while panning. Here the
 * region changes rarely and in large steps: at rest its edges snap to a grid of
 * REGION_STEP_PX screen pixels; during a pan it only grows, and only once the view nears its
 * edge (nextRegion), because every change to the cards or lines costs the browser a new
 * layering of the whole page, whatever the number added. Lines follow the region, not the
 * view: those meeting it are mounted (edgesMeeting), so a pan inside the region mounts none.
 * At 3,000 people keeping every line mounted (4,500, three paths each) made each repaint of
 * the lines' layer (a dragged card's lines) and each re-layering cost several ms.
 *
 * The region says what should be mounted; mounting.ts mounts it (and lets go of what left it)
 * in bounded batches, so a region that grows by hundreds of cards costs no single long frame.
 */
import type { Viewport, XYPosition } from '@xyflow/react';
import { knownChanges } from './arrayChanges';
import { CARD_HEIGHT, CARD_WIDTH, sameItems, type LineEdge, type PersonNode } from './toFlow';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The region reaches at least this share of the view's size beyond each side of the view
 * (at rest further, as far as the budget of ahead.ts allows); during a gesture it grows by it.
 */
export const REGION_MARGIN = 0.2;
/** The grid the region's edges snap to, in screen pixels. */
export const REGION_STEP_PX = 48;

/** The part of the flow the pane shows, in flow coordinates. */
export function viewRect(viewport: Viewport, size: { width: number; height: number }): Rect {
  return {
    x: -viewport.x / viewport.zoom,
    y: -viewport.y / viewport.zoom,
    width: size.width / viewport.zoom,
    height: size.height / viewport.zoom,
  };
}

/** The region for a view at a zoom: the view grown by `margin`, snapped outwards to the grid. */
export function regionFor(view: Rect, zoom: number, margin = REGION_MARGIN): Rect {
  const step = REGION_STEP_PX / zoom;
  const dx = view.width * margin;
  const dy = view.height * margin;
  const x0 = Math.floor((view.x - dx) / step) * step;
  const y0 = Math.floor((view.y - dy) / step) * step;
  const x1 = Math.ceil((view.x + view.width + dx) / step) * step;
  const y1 = Math.ceil((view.y + view.height + dy) / step) * step;
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

function sameRect(a: Rect, b: Rect): boolean {
  return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
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
 * The view's reserve during a gesture: the region stays put while it holds the view grown
 * by this share of the view's size on each side.
 */
export const GESTURE_RESERVE = 0.05;
/** During a gesture the region grows to this many times the margin at rest beyond the view. */
export const GESTURE_GROWTH = 2;

const grown = (rect: Rect, dx: number, dy: number): Rect => ({
  x: rect.x - dx,
  y: rect.y - dy,
  width: rect.width + 2 * dx,
  height: rect.height + 2 * dy,
});

/** True when `outer` holds all of `inner`. */
export function holds(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

/**
 * The region after the view moved: the current one (same object, so nothing re-renders)
 * while the view still maps to it, else the new one.
 *
 * While `growOnly` (a gesture is under way) the region only grows, so no card is taken away
 * until the gesture ends; and it grows rarely, in large steps: it stays the same object
 * while it holds the view and a reserve (GESTURE_RESERVE) around it, then takes in the view
 * and twice the margin around it (GESTURE_GROWTH). Any change to the cards makes the browser lay out the
 * page's compositing layers again (the profile: about 20 to 40 ms of one frame on a
 * 1,000-person map, whatever the number of cards added), so a pan pays that once every
 * third of a screen or so, not every few frames for a strip of a few cards.
 */
export function nextRegion(
  region: Rect | null,
  view: Rect,
  zoom: number,
  growOnly = false,
  margin = REGION_MARGIN,
): Rect {
  if (growOnly && region) {
    if (holds(region, grown(view, view.width * GESTURE_RESERVE, view.height * GESTURE_RESERVE))) return region;
    return union(region, regionFor(view, zoom, margin * GESTURE_GROWTH));
  }
  const fresh = regionFor(view, zoom, margin);
  return region && sameRect(region, fresh) ? region : fresh;
}

/** The class that keeps a far node out of layout and paint (canvas.css). */
export const FAR_CLASS = 'pm-far';

/**
 * The nodes React Flow holds: the mounted ones (those of the region, mounting.ts) as they
 * are, the selected ones not mounted marked far (same id, type, position and person,
 * `data.far` so the card renders nothing, FAR_CLASS so the node is not laid out), and no
 * others. A selected person panned out of view thus stays selected, moves with the arrow
 * keys and is deleted with the rest. Far versions are cached per node object, so a node
 * keeps its identity while it stays outside.
 */
export function nodesForFlow(
  nodes: readonly PersonNode[],
  mounted: ReadonlySet<string>,
  cache: WeakMap<PersonNode, PersonNode>,
): PersonNode[] {
  const held: PersonNode[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = heldNode(nodes[i]!, mounted, cache);
    if (node) held.push(node);
  }
  return held;
}

/** The node React Flow holds for a node (nodesForFlow), or null when it holds none. */
export function heldNode(
  node: PersonNode,
  mounted: ReadonlySet<string>,
  cache: WeakMap<PersonNode, PersonNode>,
): PersonNode | null {
  if (mounted.has(node.id)) return node;
  if (!node.selected) return null;
  let far = cache.get(node);
  if (!far) {
    far = { ...node, className: FAR_CLASS, data: { ...node.data, far: true } };
    cache.set(node, far);
  }
  return far;
}

/** The bounds of all cards, or null for an empty map. */
export function cardBounds(nodes: readonly PersonNode[]): Rect | null {
  if (nodes.length === 0) return null;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const { position } of nodes) {
    minX = Math.min(minX, position.x);
    minY = Math.min(minY, position.y);
    maxX = Math.max(maxX, position.x + CARD_WIDTH);
    maxY = Math.max(maxY, position.y + CARD_HEIGHT);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** The lines whose cards' bounding box meets `rect`: every line that can cross it. */
export function edgesMeeting(edges: LineEdge[], positions: ReadonlyMap<string, XYPosition>, rect: Rect): LineEdge[] {
  return edges.filter((edge) => lineMeets(positions.get(edge.source), positions.get(edge.target), rect));
}

/** Whether the bounding box of a line's two cards (at `from` and `to`, when both are placed) meets `rect`. */
export function lineMeets(from: XYPosition | undefined, to: XYPosition | undefined, rect: Rect): boolean {
  return (
    from !== undefined &&
    to !== undefined &&
    Math.max(from.x, to.x) + CARD_WIDTH >= rect.x &&
    Math.max(from.y, to.y) + CARD_HEIGHT >= rect.y &&
    Math.min(from.x, to.x) <= rect.x + rect.width &&
    Math.min(from.y, to.y) <= rect.y + rect.height
  );
}

/**
 * The order lines are handed to React Flow in: the order each line was first mounted, not
 * the document's. Lines mounted later (those off the view, after the first frame) then come
 * after the others in the page, never between them: a line slipped between others makes
 * the browser redraw every line painted after it.
 */
export class MountOrder {
  private readonly seen = new Map<string, number>();
  private last: LineEdge[] = [];
  /** When a line was first mounted, its place in the order, kept for the canvas's life (Lines.tsx chunks by it). */
  readonly rank = (id: string): number => this.seen.get(id) ?? this.seen.size;
  /** The last call's lines as given, and where each went in its order. */
  private given: readonly LineEdge[] = [];
  private slots: readonly number[] = [];

  /**
   * The lines in mounting order: the very array of the last call when nothing changed, so
   * an edit to a person leaves React Flow's edges alone (a new array makes it index every
   * line's connections again and re-run every line's position, ~15 ms at 3,000 lines).
   * The same lines as last time, some as new objects (a drop), take the same places
   * without sorting again.
   */
  order(edges: readonly LineEdge[]): LineEdge[] {
    // Made from the last lines by replacing a few (arrayChanges.ts), or the same ids: no sort.
    const known = knownChanges(this.given, edges);
    if (known || this.sameIds(edges)) {
      let ordered = this.last;
      const count = known ? known.length : edges.length;
      for (let k = 0; k < count; k++) {
        const i = known ? known[k]! : k;
        if (edges[i] === this.given[i]) continue;
        if (ordered === this.last) ordered = [...this.last];
        ordered[this.slots[i]!] = edges[i]!;
      }
      this.given = edges;
      this.last = ordered;
      return ordered;
    }
    for (const edge of edges) if (!this.seen.has(edge.id)) this.seen.set(edge.id, this.seen.size);
    const slots = edges.map((_, i) => i).sort((a, b) => this.seen.get(edges[a]!.id)! - this.seen.get(edges[b]!.id)!);
    const ordered = slots.map((i) => edges[i]!);
    this.given = edges;
    this.slots = inverse(slots);
    this.last = sameItems(this.last, ordered);
    return this.last;
  }

  /** Whether `edges` are the last call's lines, by id and in order (an indexed loop: a drop runs it cold). */
  private sameIds(edges: readonly LineEdge[]): boolean {
    if (edges.length !== this.given.length) return false;
    for (let i = 0; i < edges.length; i++) if (edges[i]!.id !== this.given[i]!.id) return false;
    return true;
  }
}

/** The permutation that undoes `order` (order[k] = i gives back[i] = k). */
function inverse(order: readonly number[]): number[] {
  const back: number[] = [];
  order.forEach((i, k) => (back[i] = k));
  return back;
}
