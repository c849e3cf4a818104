/**
 * The outermost resting cards: the first card (in the order React Flow paints them) at each of
 * the four extremes of the resting cards, which keep their handles painted at rest
 * (canvas.css) while every other resting card paints none.
 *
 * Why: the map's compositing layer is as large as what is painted in it, and a resting
 * handle, transparent as it is, counts: its grab area reaches 5 px outside the card. Chromium
 * lays out the layer's content one paint chunk after another, in paint order, and merges each
 * into the layer unless that would grow it by much more than the chunk's own area; then the
 * chunk starts a layer of its own, and the cards after it that fit there join it (a row of
 * cards on the map's edge). With no handle painted, the layer would be 5 px smaller where the
 * outermost cards' handles grew it, its lines rasterised from another origin, and thousands
 * of pixels of a screenshot different where see-through lines cross (docs/CANVAS.md). With
 * the handles of the first card at each extreme painted, each edge is met as before: by the
 * same chunk, at the same point of the paint order, with the same bounds.
 *
 * Selected cards are left out: a selected card paints its handles anyway, in a layer of its
 * own when its transform is held (heldCards.ts), in the map's otherwise; as on the map
 * before, the outermost card of the rest is what bounds the map's layer. Far nodes
 * (region.ts) are not painted at all.
 */
import { FAR_CLASS } from './region';
import type { PersonNode } from './toFlow';

/** The class of an outermost card's node (canvas.css paints its handles at rest). */
export const OUTERMOST_CLASS = 'pm-outermost';

/** The ids of the first resting card at each extreme (left, top, right, bottom), in `nodes`' order. */
export function outermostCards(nodes: readonly PersonNode[]): ReadonlySet<string> {
  let left: PersonNode | null = null;
  let top: PersonNode | null = null;
  let right: PersonNode | null = null;
  let bottom: PersonNode | null = null;
  for (const node of nodes) {
    if (node.selected || node.className === FAR_CLASS) continue;
    const { x, y } = node.position;
    // Strictly beyond: of cards at the same extreme, the first keeps it.
    if (!left || x < left.position.x) left = node;
    if (!top || y < top.position.y) top = node;
    if (!right || x > right.position.x) right = node;
    if (!bottom || y > bottom.position.y) bottom = node;
  }
  return new Set([left, top, right, bottom].flatMap((node) => (node ? [node.id] : [])));
}

/**
 * `nodes` with the outermost cards marked (OUTERMOST_CLASS); a marked node is cached per node
 * object, so it keeps its identity (React Flow re-renders no card) while it stays outermost.
 */
export function markOutermost(nodes: PersonNode[], cache: WeakMap<PersonNode, PersonNode>): PersonNode[] {
  const outermost = outermostCards(nodes);
  if (outermost.size === 0) return nodes;
  return nodes.map((node) => {
    if (!outermost.has(node.id)) return node;
    let marked = cache.get(node);
    if (!marked) {
      marked = { ...node, className: OUTERMOST_CLASS };
      cache.set(node, marked);
    }
    return marked;
  });
}
