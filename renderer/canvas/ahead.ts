/**
 * How far the region reaches at rest (issue 9 §4): as far as a budget of people allows.
 *
 * A pan that leaves the mounted region mounts a strip mid-gesture (mounting.ts,
 * GESTURE_LIMITS): at 1,000 people about 100 ms of main thread (half of it React adding
 * 100 cards and 200 lines) and 160–175 ms of raster, one frame of a quarter of a second.
 * A small margin at rest (0.2 of the view each side) could not avoid it: a drag across the
 * pane moves the view by up to the pane's size, a trackpad or wheel pan further still. So
 * between gestures the region takes in, in idle batches nearest first (IDLE_LIMITS), the
 * people nearest the view up to AHEAD_PEOPLE, so a pan usually finds everything already
 * mounted. The bounded strip mount remains for the pan that goes further, or that starts
 * before the idle batches are done.
 *
 * Why a budget of people and not a margin: what a mounted card costs does not depend on the
 * zoom, and at 20% zoom a margin of one view on each side would mount every one of 3,000
 * people and 4,500 lines. And why not the whole of a small map: every mounted card costs
 * every frame of every gesture. Traced on a pan at 50% with all of a 1,000-person map
 * mounted, the main thread's CPU was 2,864 ms against 1,576 with 290 cards (React Flow's
 * per-node store selectors and ResizeObserver, two re-layerings of the page of 90 ms each,
 * a press's hit tests twice as long): more than the strip mount it saved. The margin never
 * falls below REGION_MARGIN, the margin the region had before it reached ahead.
 */
import type { XYPosition } from '@xyflow/react';
import { REGION_MARGIN, type Rect } from './region';
import { knownChanges } from './arrayChanges';
import { CARD_HEIGHT, CARD_WIDTH, type PersonNode } from './toFlow';

/**
 * The most people the region at rest reaches out to (unless the view and the least margin
 * alone hold more). At 50% on the benchmark's maps, about half a view beyond each side:
 * main-thread CPU over a pan about as on main (1,861 against 1,784 ms, under load) with no
 * strip mounted, and half the raster (docs/CANVAS.md).
 */
export const AHEAD_PEOPLE = 600;

/** The share of the view's size the view must grow by on each side to meet a card at `at`. */
export function marginToMeet(at: XYPosition, view: Rect): number {
  const dx = Math.max(view.x - (at.x + CARD_WIDTH), at.x - (view.x + view.width), 0);
  const dy = Math.max(view.y - (at.y + CARD_HEIGHT), at.y - (view.y + view.height), 0);
  return Math.max(dx / view.width, dy / view.height);
}

/**
 * The margin of the region at rest: the largest with which the view, grown by it on each
 * side, meets at most `budget` cards (so the region, snapped outwards to its grid, holds
 * those and the few the snap takes in); every card when there are no more than `budget`;
 * never less than `least`. Linear in the people but for sorting their margins: run at rest
 * only, never on a gesture's moves.
 */
export function restMargin(
  positions: readonly XYPosition[],
  view: Rect,
  budget = AHEAD_PEOPLE,
  least = REGION_MARGIN,
): number {
  if (view.width <= 0 || view.height <= 0) return least;
  return marginWithin(sortedMargins(positions, view), budget, least);
}

/** Every card's margin to meet the view (marginToMeet), ascending. */
function sortedMargins(positions: readonly XYPosition[], view: Rect): Float64Array {
  // An indexed loop, not Float64Array.from's mapping: a drop's end runs it cold, over every card.
  const margins = new Float64Array(positions.length);
  for (let i = 0; i < positions.length; i++) margins[i] = marginToMeet(positions[i]!, view);
  return margins.sort();
}

/** restMargin from the cards' margins, ascending. */
function marginWithin(margins: Float64Array, budget: number, least: number): number {
  if (margins.length === 0) return least;
  if (margins.length <= budget) return Math.max(least, margins[margins.length - 1]!);
  // The cards at the budget's edge tie (a row of a grid): none of them, rather than too many.
  const edge = margins[budget]!;
  let last = budget - 1;
  while (last >= 0 && margins[last] === edge) last -= 1;
  return last < 0 ? least : Math.max(least, margins[last]!);
}

/**
 * restMargin over the nodes' places, kept between calls: when the view is the same and the
 * nodes were made from the last ones by replacing a few (arrayChanges.ts: a drop), only
 * their margins are taken out of the sorted list and put back in, instead of measuring and
 * sorting every card again.
 */
export class KeptMargins {
  private last: { readonly nodes: readonly PersonNode[]; readonly view: Rect; readonly margins: Float64Array } | null =
    null;

  of(nodes: readonly PersonNode[], view: Rect, budget = AHEAD_PEOPLE, least = REGION_MARGIN): number {
    if (view.width <= 0 || view.height <= 0) return least;
    const last = this.last;
    const changed = last && sameRect(last.view, view) ? knownChanges(last.nodes, nodes) : null;
    let margins = last && changed ? last.margins : null;
    for (const i of changed ?? []) {
      const out = marginToMeet(last!.nodes[i]!.position, view);
      if (margins && !replaceSorted(margins, out, marginToMeet(nodes[i]!.position, view))) margins = null;
    }
    if (!margins) {
      const positions: XYPosition[] = [];
      for (let i = 0; i < nodes.length; i++) positions.push(nodes[i]!.position);
      margins = sortedMargins(positions, view);
    }
    this.last = { nodes, view, margins };
    return marginWithin(margins, budget, least);
  }
}

const sameRect = (a: Rect, b: Rect) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/** The first index whose value is at least `value` in an ascending list. */
function lowerBound(sorted: Float64Array, value: number): number {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Replaces one `out` in an ascending list by `into`, keeping it ascending; false when `out` is not in it. */
function replaceSorted(sorted: Float64Array, out: number, into: number): boolean {
  const i = lowerBound(sorted, out);
  if (sorted[i] !== out) return false;
  const j = lowerBound(sorted, into);
  if (j > i) {
    sorted.copyWithin(i, i + 1, j);
    sorted[j - 1] = into;
  } else {
    sorted.copyWithin(j + 1, j, i);
    sorted[j] = into;
  }
  return true;
}
