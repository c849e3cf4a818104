/**
 * The map's geometry (who is where, which line joins whom) kept as the same arrays while only
 * something else changed: the selection, a highlight, a mark (issue 9 §4, a drag's start).
 *
 * Why: selecting a card gives the canvas new node and edge arrays (toFlow.ts maps the flipped
 * ones again), and what depends only on places was computed again from them: the places by
 * id and the region's wanted people and lines (useMountedRegion.ts, wantedRegion.ts; the line
 * layer shares the places), and the mount queue told the region changed. At a drag's start,
 * which selects the dragged card, that was a few ms of its first move. Compared here in one
 * walk, with nothing built; or only the items replaced, when the mapping says which
 * (arrayChanges.ts).
 */
import { knownChanges } from './arrayChanges';
import type { Flow, LineEdge, PersonNode } from './flowTypes';

/** True when both hold, in order, the same objects or ones `alike` says are the same. */
function sameEach<T extends object>(a: readonly T[], b: readonly T[], alike: (x: T, y: T) => boolean): boolean {
  if (a === b) return true;
  // Made from `a` by replacing a few items (a drop, a click): only those are compared.
  const known = knownChanges(a, b);
  if (known) return known.every((i) => alike(a[i]!, b[i]!));
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    // Two names, not a destructured pair: cold code (a drop's) would build an array an item.
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y && !alike(x, y)) return false;
  }
  return true;
}

/** True when both hold the same people, in order, at the same places. */
export function samePlaces(a: readonly PersonNode[], b: readonly PersonNode[]): boolean {
  return sameEach(a, b, (x, y) => x.id === y.id && x.position.x === y.position.x && x.position.y === y.position.y);
}

/** True when both hold the same lines, in order, between the same people. */
export function sameEnds(a: readonly LineEdge[], b: readonly LineEdge[]): boolean {
  return sameEach(a, b, (x, y) => x.id === y.id && x.source === y.source && x.target === y.target);
}

/** The indices at which `nodes` hold other objects than `before`; null when they are not the same people in the same order. */
export function changedAt(before: readonly PersonNode[], nodes: readonly PersonNode[]): number[] | null {
  const known = knownChanges(before, nodes);
  if (known) return known;
  if (before.length !== nodes.length) return null;
  const changed: number[] = [];
  for (let i = 0; i < nodes.length; i++) {
    if (before[i] === nodes[i]) continue;
    if (before[i]!.id !== nodes[i]!.id) return null;
    changed.push(i);
  }
  return changed;
}

/** Gives back the last flow's arrays for as long as their geometry does not change. */
export class SameGeometry {
  private last: Flow | null = null;

  /** `flow`'s geometry: its own arrays, or the last ones given when the places and ends are the same. */
  of(flow: Flow): Flow {
    const last = this.last;
    const nodes = last && samePlaces(last.nodes, flow.nodes) ? last.nodes : flow.nodes;
    const edges = last && sameEnds(last.edges, flow.edges) ? last.edges : flow.edges;
    this.last = last && nodes === last.nodes && edges === last.edges ? last : { nodes, edges };
    return this.last;
  }
}
