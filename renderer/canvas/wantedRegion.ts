/**
 * The places of the people by id, and what the region wants mounted (mounting.ts,
 * wantedIn), kept between renders and worked out again only where cards moved.
 *
 * Why: a drop moves one card, or a few, and the canvas worked out both again from every
 * person and line (issue 9 §4: about a fifth of the drop's script, cold code walking 1,000
 * cards and 1,500 lines and making an object for each). Now the people are compared with
 * the last ones by object (the mapping, toFlow.ts, keeps every unchanged node), and only the
 * moved people and the lines touching them are placed again; what comes out is what
 * wantedIn gives (the property tests in test/renderer/canvas/wantedRegion.test.ts).
 */
import type { XYPosition } from '@xyflow/react';
import { cardBox, gapToView, lineBox, withBoxes, type Placed, type Wanted } from './mounting';
import { touchingOf } from './edgesTouching';
import { lineMeets, type Rect } from './region';
import { changedAt } from './sameGeometry';
import type { LineEdge, PersonNode } from './toFlow';

/** The people's places by id, as `new Map(nodes.map(...))` gives them, kept while nobody moves. */
export class PlacesById {
  private last: { readonly nodes: readonly PersonNode[]; readonly places: ReadonlyMap<string, XYPosition> } | null =
    null;

  of(nodes: readonly PersonNode[]): ReadonlyMap<string, XYPosition> {
    const last = this.last;
    const changed = last && changedAt(last.nodes, nodes);
    let places: ReadonlyMap<string, XYPosition>;
    if (!last || !changed) places = new Map(nodes.map((node) => [node.id, node.position]));
    else if (changed.every((i) => last.places.get(nodes[i]!.id) === nodes[i]!.position)) places = last.places;
    else {
      const next = new Map(last.places);
      for (const i of changed) next.set(nodes[i]!.id, nodes[i]!.position);
      places = next;
    }
    this.last = { nodes, places };
    return places;
  }
}

/** What the region wants, with the index (in the nodes, in the edges) of each wanted person and line. */
interface Kept {
  readonly nodes: readonly PersonNode[];
  readonly edges: readonly LineEdge[];
  readonly positions: ReadonlyMap<string, XYPosition>;
  readonly region: Rect | null;
  readonly people: readonly Placed[];
  readonly peopleAt: readonly number[];
  readonly lines: readonly Placed[];
  readonly linesAt: readonly number[];
  readonly sources: ReadonlyMap<string, LineEdge>;
  readonly wanted: Wanted;
}

/** `wantedIn`, kept: after a move of a few cards, only they and their lines are placed again. */
export class WantedRegion {
  private last: Kept | null = null;

  of(
    nodes: readonly PersonNode[],
    edges: readonly LineEdge[],
    positions: ReadonlyMap<string, XYPosition>,
    region: Rect | null,
  ): Wanted {
    const last = this.last;
    const changed =
      last && region !== null && last.region === region && last.edges === edges ? changedAt(last.nodes, nodes) : null;
    const kept = last && changed ? moved(last, nodes, positions, changed) : afresh(nodes, edges, positions, region);
    this.last = kept;
    return kept.wanted;
  }
}

const personIn = (nodes: readonly PersonNode[], region: Rect) => (i: number) => {
  const box = cardBox(nodes[i]!.position);
  return gapToView(box, region) === 0 ? { id: nodes[i]!.id, box } : null;
};

const lineIn =
  (edges: readonly LineEdge[], positions: ReadonlyMap<string, XYPosition>, region: Rect) => (j: number) => {
    const edge = edges[j]!;
    const [from, to] = [positions.get(edge.source), positions.get(edge.target)];
    return lineMeets(from, to, region) ? { id: edge.id, box: lineBox(from!, to!) } : null;
  };

function afresh(
  nodes: readonly PersonNode[],
  edges: readonly LineEdge[],
  positions: ReadonlyMap<string, XYPosition>,
  region: Rect | null,
): Kept {
  const [people, peopleAt, lines, linesAt]: [Placed[], number[], Placed[], number[]] = [[], [], [], []];
  if (region) {
    const person = personIn(nodes, region);
    const line = lineIn(edges, positions, region);
    for (let i = 0; i < nodes.length; i++) push(people, peopleAt, person(i), i);
    for (let j = 0; j < edges.length; j++) push(lines, linesAt, line(j), j);
  }
  const sources = new Map(edges.map((edge) => [edge.id, edge]));
  const wanted = withBoxes(people, lines, positions, sources);
  return { nodes, edges, positions, region, people, peopleAt, lines, linesAt, sources, wanted };
}

/** The last result with the people at `changed` (indices in `nodes`) and the lines touching them placed again. */
function moved(
  last: Kept,
  nodes: readonly PersonNode[],
  positions: ReadonlyMap<string, XYPosition>,
  changed: number[],
): Kept {
  const region = last.region!;
  const touched = touchedBy(
    last.edges,
    changed.map((i) => nodes[i]!.id),
  );
  const person = personIn(nodes, region);
  const line = lineIn(last.edges, positions, region);
  const [people, peopleAt] =
    replaced(last.people, last.peopleAt, changed, person) ?? merged(last.people, last.peopleAt, changed, person);
  const [lines, linesAt] =
    replaced(last.lines, last.linesAt, touched, line) ?? merged(last.lines, last.linesAt, touched, line);
  const wanted = withBoxes(people, lines, positions, last.sources);
  return { ...last, nodes, positions, people, peopleAt, lines, linesAt, wanted };
}

/** The indices, ascending, of the edges touching one of `ids`: told by the mapping (edgesTouching.ts), else walked. */
function touchedBy(edges: readonly LineEdge[], ids: readonly string[]): number[] {
  const touching = touchingOf(edges);
  if (touching) {
    const at = new Set<number>();
    for (const id of ids) for (const j of touching(id)) at.add(j);
    return [...at].sort((a, b) => a - b);
  }
  const wanted = new Set(ids);
  const touched: number[] = [];
  for (let j = 0; j < edges.length; j++) {
    const edge = edges[j]!;
    if (wanted.has(edge.source) || wanted.has(edge.target)) touched.push(j);
  }
  return touched;
}

/**
 * The list with the items at `changed` placed again, when none of them comes in or goes
 * out (a drop within the region): a copy with those replaced, found by their index; else
 * null (merged then).
 */
function replaced(
  list: readonly Placed[],
  at: readonly number[],
  changed: readonly number[],
  place: (index: number) => Placed | null,
): [readonly Placed[], readonly number[]] | null {
  let out = list;
  for (const index of changed) {
    const slot = lowerBound(at, index);
    const item = place(index);
    if ((item !== null) !== (at[slot] === index)) return null;
    if (!item) continue;
    if (out === list) out = [...list];
    (out as Placed[])[slot] = item;
  }
  return [out, at];
}

/** The first position in an ascending list whose value is at least `value`. */
function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function push(list: Placed[], at: number[], item: Placed | null, index: number): void {
  if (!item) return;
  list.push(item);
  at.push(index);
}

/**
 * A list in index order with the items at `changed` (ascending indices) placed again by
 * `place` (null: not wanted), the others kept.
 */
function merged(
  list: readonly Placed[],
  at: readonly number[],
  changed: readonly number[],
  place: (index: number) => Placed | null,
): [Placed[], number[]] {
  const [out, outAt]: [Placed[], number[]] = [[], []];
  let k = 0;
  for (let m = 0; m < list.length; m++) {
    const index = at[m]!;
    for (; k < changed.length && changed[k]! < index; k++) push(out, outAt, place(changed[k]!), changed[k]!);
    if (k < changed.length && changed[k] === index) push(out, outAt, place(changed[k++]!), index);
    else push(out, outAt, list[m]!, index);
  }
  for (; k < changed.length; k++) push(out, outAt, place(changed[k]!), changed[k]!);
  return [out, outAt];
}
