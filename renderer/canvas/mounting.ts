/**
 * Mounting the drawn region in batches (issue 9 §4). When a pan grows the region (region.ts)
 * hundreds of cards and lines come into it at once; mounted in one frame they made a frame
 * of a hundred milliseconds or more at 3,000 people. Here what React Flow and the line
 * layer hold (the mounted people and lines) follows the region a bounded batch at a time,
 * nearest to the view first. During a gesture only what the view comes near is mounted, a
 * wide strip at once (GESTURE_LIMITS); between gestures what the view shows comes in the
 * frame it is needed, the rest of the region in idle time, and what left the region is let
 * go the same way, farthest first: a gesture never loses a card. mountQueue.ts says when.
 *
 * Why not small batches all the time: every batch, whatever its size, makes the browser lay
 * out the page's compositing layers again, so small idle batches during a pan (the first
 * version: 16 cards and 32 lines each 100 ms) made a long frame every few frames; at 1,000
 * people a pan's mean frame grew. Mounting only what the view nears, in one strip, mounts
 * less in all than the grown region (view and twice the margin, most of it never seen in
 * the gesture) and re-layers about once a pan.
 *
 * What it gave (main before, this after, alternated in one run on the 2-core machine with a
 * load average of 12 to 27, so wall-clock frames are mostly waiting for a core; see
 * MapCanvas.tsx for the figures and how they were taken): the main thread's CPU time a
 * frame of a pan at 50% (profile.ts, busy time) from 5.6 to 4.0 ms at 1,000 people and
 * from 5.6 to 4.3 at 3,000; its layout time from about 100 to 40 ms a pan. Ending a pan at
 * 3,000 people (gestureEnd.ts) was one frame of two tasks of about 45 ms of CPU each (the
 * region falling back and letting go of hundreds of cards at once, then painting and
 * re-layering); now the longest task is about 17 to 24 ms.
 *
 * The plan is pure (planBatch): each batch is computed afresh from what is mounted, what
 * the region wants and where the view is now, so a view that moves again, or a region that
 * grows again, simply changes the next batch: there is no queue to cancel or merge.
 */
import type { XYPosition } from '@xyflow/react';
import { edgesMeeting, type Rect } from './region';
import { CARD_HEIGHT, CARD_WIDTH, type LineEdge, type PersonNode } from './toFlow';

/** Something that can be mounted, with the box it may draw in (flow coordinates). */
export interface Placed {
  readonly id: string;
  readonly box: Rect;
}

/** The most a batch mounts, and lets go, of each kind. */
export interface BatchLimits {
  readonly mount: number;
  readonly unmount: number;
  /**
   * Mount only what meets the view grown by this share of its size on each side (a frame's
   * batch: what the view shows or is about to; the rest of the region waits for idle time).
   * Absent: anything the region wants.
   */
  readonly reach?: number;
}

/** One kind's (people's or lines') step. */
export interface KindBatch {
  /** What is mounted after this batch. */
  readonly mounted: ReadonlySet<string>;
  /** The ids mounted by this batch, nearest to the view first. */
  readonly added: readonly string[];
  /** The ids let go by this batch, farthest from the view first. */
  readonly removed: readonly string[];
  /** Wanted things within reach of the view (or in it, without a reach) still not mounted after this batch. */
  readonly viewMissing: number;
  /** True when nothing is left to mount (or, if unmounting was allowed, to let go). */
  readonly done: boolean;
}

/** The gap between a box and the view, in flow units: 0 when they meet. */
export function gapToView(box: Rect, view: Rect): number {
  const dx = Math.max(view.x - (box.x + box.width), box.x - (view.x + view.width), 0);
  const dy = Math.max(view.y - (box.y + box.height), box.y - (view.y + view.height), 0);
  return Math.hypot(dx, dy);
}

/** `view` grown by `share` of its size on each side. */
export function around(view: Rect, share: number): Rect {
  const dx = view.width * share;
  const dy = view.height * share;
  return { x: view.x - dx, y: view.y - dy, width: view.width + 2 * dx, height: view.height + 2 * dy };
}

/** The distance from a box's centre to the view's, to order things that both meet the view. */
function centreDistance(box: Rect, view: Rect): number {
  return Math.hypot(
    box.x + box.width / 2 - (view.x + view.width / 2),
    box.y + box.height / 2 - (view.y + view.height / 2),
  );
}

function nearestFirst(items: Placed[], view: Rect): Placed[] {
  const keyed = items.map((item) => ({ item, gap: gapToView(item.box, view), centre: centreDistance(item.box, view) }));
  keyed.sort((a, b) => a.gap - b.gap || a.centre - b.centre);
  return keyed.map(({ item }) => item);
}

/** Where a mounted thing draws now, or undefined if it is gone (a deleted person or line). */
export type BoxOf = (id: string) => Rect | undefined;

/**
 * One batch of one kind: mounts up to `limits.mount` of the wanted things not yet mounted,
 * those in the view first and then by distance from it; and, when `mayUnmount`, lets go of
 * up to `limits.unmount` mounted things no longer wanted (their boxes from `boxOf`, the
 * farthest first; one gone from the map goes first). Returns the same `mounted` set when
 * nothing changes.
 */
export function planKind(
  wanted: readonly Placed[],
  mounted: ReadonlySet<string>,
  view: Rect,
  limits: BatchLimits,
  mayUnmount: boolean,
  boxOf: BoxOf = () => undefined,
): KindBatch {
  const missing = wanted.filter((item) => !mounted.has(item.id));
  const near = around(view, limits.reach ?? 0);
  const candidates = limits.reach === undefined ? missing : missing.filter((item) => gapToView(item.box, near) === 0);
  const added = nearestFirst(candidates, view)
    .slice(0, Math.max(0, limits.mount))
    .map((item) => item.id);
  // Nothing mounted is unwanted when every mounted thing is among the wanted ones found
  // mounted (ids are unique): most batches, and a drop's, without a set of every wanted id.
  const extra = wanted.length - missing.length === mounted.size ? [] : unwanted(wanted, mounted);
  const removed = mayUnmount ? farthestFirst(extra, boxOf, view).slice(0, Math.max(0, limits.unmount)) : [];
  const addedSet = new Set(added);
  const viewMissing = missing.filter((item) => !addedSet.has(item.id) && gapToView(item.box, near) === 0).length;
  const done = missing.length === added.length && (!mayUnmount || extra.length === removed.length);
  if (added.length === 0 && removed.length === 0) return { mounted, added, removed, viewMissing, done };
  const next = new Set(mounted);
  for (const id of added) next.add(id);
  for (const id of removed) next.delete(id);
  return { mounted: next, added, removed, viewMissing, done };
}

/** The mounted ids that are not wanted. */
function unwanted(wanted: readonly Placed[], mounted: ReadonlySet<string>): string[] {
  const wantedIds = new Set(wanted.map((item) => item.id));
  return [...mounted].filter((id) => !wantedIds.has(id));
}

function farthestFirst(ids: string[], boxOf: BoxOf, view: Rect): string[] {
  const gap = (id: string) => {
    const box = boxOf(id);
    return box ? gapToView(box, view) : Infinity;
  };
  const keyed = ids.map((id) => ({ id, gap: gap(id) }));
  keyed.sort((a, b) => b.gap - a.gap);
  return keyed.map(({ id }) => id);
}

/** What the canvas holds: the people React Flow has cards for and the lines the line layer draws. */
export interface Mounted {
  readonly people: ReadonlySet<string>;
  readonly lines: ReadonlySet<string>;
}

export const NOTHING_MOUNTED: Mounted = { people: new Set(), lines: new Set() };

/** What the region wants mounted, and where everything on the map draws (to let go of the farthest first). */
export interface Wanted {
  readonly people: readonly Placed[];
  readonly lines: readonly Placed[];
  readonly personBox: BoxOf;
  readonly lineBox: BoxOf;
}

export interface Limits {
  readonly people: BatchLimits;
  readonly lines: BatchLimits;
}

/**
 * A frame's batch between gestures (the region or the map changed, the view jumped): what
 * the view shows, at most this many (a person has about 1.5 lines); the margin waits for
 * idle time, so the frame that ends a pan mounts nothing the view does not show.
 */
export const FRAME_LIMITS: Limits = {
  people: { mount: 100, unmount: 0, reach: 0 },
  lines: { mount: 200, unmount: 0, reach: 0 },
};
/**
 * A frame's batch during a gesture: what the view shows or will within a quarter of its
 * size, at most as many as FRAME_LIMITS. Every batch, whatever its size, makes the browser
 * lay out the page's compositing layers again (region.ts), so during a gesture a batch runs
 * only when the view comes near something missing (MOUNT_TRIGGER) and then takes in a wide
 * strip at once: a pan at 50% pays about one batch, not one every few frames. The bound
 * keeps a batch at 20% zoom on a large map (hundreds of cards a strip) to a few frames of
 * bounded length.
 */
export const GESTURE_LIMITS: Limits = {
  people: { ...FRAME_LIMITS.people, reach: 0.25 },
  lines: { ...FRAME_LIMITS.lines, reach: 0.25 },
};
/**
 * During a gesture a frame batch runs once something missing is within this share of the
 * view's size of the view (the view is about to show it).
 */
export const MOUNT_TRIGGER = 0.05;
/**
 * A batch of idle time, only between gestures: the rest of the region, nearest first, and
 * letting go of what left it (cheaper than mounting: nothing is laid out or painted). Each
 * batch is a task of its own with a re-layering after it, so a gesture that starts then
 * waits for one batch; but the region reaches far ahead at rest (ahead.ts), and batches of
 * 20 cards and 40 lines took 4 to 10 s to mount a 1,000-person map on the loaded 2-core
 * machine (most of that the fixed cost of each batch), so a pan a few seconds after opening
 * still met a missing strip. Batches of 60 and 120 mounted it in about 2.5 s, with frames of
 * 20 to 35 ms of main-thread CPU and a few over 100 (traced under a load average of 8 to 14).
 */
export const IDLE_LIMITS: Limits = {
  people: { mount: 60, unmount: 100 },
  lines: { mount: 120, unmount: 200 },
};
/** No bound: the opening view, drawn whole in its first frame. */
export const UNBOUNDED: Limits = {
  people: { mount: Infinity, unmount: Infinity },
  lines: { mount: Infinity, unmount: Infinity },
};

export interface Batch {
  /** The same object as the one given when the batch changes nothing. */
  readonly mounted: Mounted;
  /** Wanted people and lines in the view still missing after this batch. */
  readonly viewMissing: number;
  readonly done: boolean;
}

/** One batch of people and lines (planKind for each). */
export function planBatch(mounted: Mounted, wanted: Wanted, view: Rect, limits: Limits, mayUnmount: boolean): Batch {
  const people = planKind(wanted.people, mounted.people, view, limits.people, mayUnmount, wanted.personBox);
  const lines = planKind(wanted.lines, mounted.lines, view, limits.lines, mayUnmount, wanted.lineBox);
  const same = people.mounted === mounted.people && lines.mounted === mounted.lines;
  return {
    mounted: same ? mounted : { people: people.mounted, lines: lines.mounted },
    viewMissing: people.viewMissing + lines.viewMissing,
    done: people.done && lines.done,
  };
}

export const cardBox = (position: XYPosition): Rect => ({
  x: position.x,
  y: position.y,
  width: CARD_WIDTH,
  height: CARD_HEIGHT,
});

export function lineBox(from: XYPosition, to: XYPosition): Rect {
  const x = Math.min(from.x, to.x);
  const y = Math.min(from.y, to.y);
  return { x, y, width: Math.abs(from.x - to.x) + CARD_WIDTH, height: Math.abs(from.y - to.y) + CARD_HEIGHT };
}

/**
 * What `region` wants mounted: its people and the lines that can cross it (edgesMeeting),
 * by the document's positions, so a drag mounts and lets go of nothing.
 */
export function wantedIn(
  nodes: readonly PersonNode[],
  edges: LineEdge[],
  positions: ReadonlyMap<string, XYPosition>,
  region: Rect | null,
): Wanted {
  const people: Placed[] = [];
  const lines: Placed[] = [];
  if (region) {
    for (const node of nodes) {
      const box = cardBox(node.position);
      if (gapToView(box, region) === 0) people.push({ id: node.id, box });
    }
    for (const edge of edgesMeeting(edges, positions, region)) {
      lines.push({ id: edge.id, box: lineBox(positions.get(edge.source)!, positions.get(edge.target)!) });
    }
  }
  return withBoxes(people, lines, positions, new Map(edges.map((edge) => [edge.id, edge])));
}

/** The wanted lists with the boxes of everything on the map, looked up when asked. */
export function withBoxes(
  people: readonly Placed[],
  lines: readonly Placed[],
  positions: ReadonlyMap<string, XYPosition>,
  sources: ReadonlyMap<string, LineEdge>,
): Wanted {
  return {
    people,
    lines,
    personBox: (id) => {
      const at = positions.get(id);
      return at && cardBox(at);
    },
    lineBox: (id) => {
      const edge = sources.get(id);
      const from = edge && positions.get(edge.source);
      const to = edge && positions.get(edge.target);
      return from && to ? lineBox(from, to) : undefined;
    },
  };
}
