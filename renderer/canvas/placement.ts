/**
 * Where a new person goes: the free spot nearest to where the user looks (the view's
 * centre, the selected person, or a double-click), never on top of an existing card.
 * Pure, so the rule "never overlaps" is tested for all inputs (test/renderer/canvas).
 */
import { CARD_HEIGHT, CARD_WIDTH } from './toFlow';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** The space kept free around a new card, in flow units. */
export const PLACEMENT_GAP = 24;
/** The search grid's step, in flow units: fine enough to use gaps between cards. */
const STEP = 24;

/** Whether a card at `a` and a card at `b` come closer than `gap` (their boxes, grown by the gap, meet). */
export function cardsClash(a: Point, b: Point, gap = 0): boolean {
  return (
    a.x < b.x + CARD_WIDTH + gap &&
    b.x < a.x + CARD_WIDTH + gap &&
    a.y < b.y + CARD_HEIGHT + gap &&
    b.y < a.y + CARD_HEIGHT + gap
  );
}

/**
 * The top-left corner for a new card nearest to `wanted` (a top-left corner too) where it
 * keeps PLACEMENT_GAP from every card in `taken`. Candidates are tried ring by ring on a
 * grid around `wanted`, nearest first; past a bound, the spot right of all cards is free.
 */
export function freeSpot(taken: readonly Point[], wanted: Point): Point {
  const start = { x: Math.round(wanted.x), y: Math.round(wanted.y) };
  // Enough rings to step past a dense block of cards around the spot; beyond, the fallback.
  const maxRing = 40;
  // Only cards a candidate can touch are checked: a map of thousands stays quick.
  const nearby = taken.filter(
    (q) =>
      Math.abs(q.x - start.x) < CARD_WIDTH + PLACEMENT_GAP + maxRing * STEP &&
      Math.abs(q.y - start.y) < CARD_HEIGHT + PLACEMENT_GAP + maxRing * STEP,
  );
  const free = (p: Point) => !nearby.some((q) => cardsClash(p, q, PLACEMENT_GAP));
  if (free(start)) return start;
  for (let ring = 1; ring <= maxRing; ring++) {
    const candidates: Point[] = [];
    for (let i = -ring; i <= ring; i++) {
      candidates.push({ x: start.x + i * STEP, y: start.y - ring * STEP });
      candidates.push({ x: start.x + i * STEP, y: start.y + ring * STEP });
      if (i !== -ring && i !== ring) {
        candidates.push({ x: start.x - ring * STEP, y: start.y + i * STEP });
        candidates.push({ x: start.x + ring * STEP, y: start.y + i * STEP });
      }
    }
    // Nearest first; ties go to the spot below, then to the right (an org chart grows downwards).
    candidates.sort(
      (a, b) =>
        Math.hypot(a.x - start.x, a.y - start.y) - Math.hypot(b.x - start.x, b.y - start.y) || b.y - a.y || b.x - a.x,
    );
    const found = candidates.find(free);
    if (found) return found;
  }
  const right = Math.max(...taken.map((q) => q.x + CARD_WIDTH));
  return { x: right + PLACEMENT_GAP, y: start.y };
}

/** Where to look for room: just below the selected person, else centred on the view's middle. */
export function wantedSpot(viewCentre: Point, selected: Point | undefined): Point {
  if (selected) return { x: selected.x, y: selected.y + CARD_HEIGHT + PLACEMENT_GAP * 2 };
  return { x: viewCentre.x - CARD_WIDTH / 2, y: viewCentre.y - CARD_HEIGHT / 2 };
}
