/**
 * The document as React Flow nodes and edges: a pure mapping, memoised by object identity.
 *
 * The editor shares unchanged Stakeholder and Relationship objects between document
 * versions, so a cache keyed by those objects (plus the few view flags a card or line
 * shows) hands React Flow the very same node and edge objects for everything that did not
 * change: an edit of one person re-creates one node (and the lines touching it), not
 * 1,000. React Flow then skips unchanged nodes by identity as well.
 *
 * Cards have a fixed size and declared handles, so React Flow can place nodes, lines and
 * the minimap, and fit the view, without first measuring every card in the DOM.
 */
import { Position, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import type { PowermapDocument, Relationship, RelationshipKind, Stakeholder } from '../../shared/document';
import type { Translator } from '../../shared/i18n';
import type { CanvasMarks, LineMark, PeerMark, PersonMark } from './marks';
import { RELATIONSHIP_KINDS } from '../../shared/document';
import { initials, subtitleOf } from '../../shared/mapLayout/cardText';
import { CARD_HEIGHT, CARD_WIDTH } from '../../shared/export/geometry';
import { influenceShare } from '../../shared/mapLayout/cardLayout';
import { routeBetween, type Box, type Point } from '../../shared/mapLayout/lineRoute';
import { dashArray as sharedDashArray } from '../../shared/mapLayout/lineShape';
import { ARROW, GHOST_DASHES, lineLook, MAX_DASH_PERIODS } from '../../shared/mapStyle/tokens';

// One card size and one way of making initials for the canvas and every export.
export { CARD_HEIGHT, CARD_WIDTH, initials, subtitleOf };
/** The size of a handle's hit box, in flow units (canvas.css draws the same). */
export const HANDLE_SIZE = 10;

/** The words the mapping needs (aria labels); `translate` bound to a language. */

export interface CanvasSelection {
  readonly people: readonly string[];
  readonly lines: readonly string[];
}

export interface OwnerLabel {
  readonly name: string;
  readonly initials: string;
}

/** What a card shows. A type alias (not an interface) so it satisfies React Flow's `Record<string, unknown>`. */
export type PersonData = {
  readonly person: Stakeholder;
  /** Our team member covering this person; null when nobody does. */
  readonly owner: OwnerLabel | null;
  readonly highlighted: boolean;
  /** Outside the rendered region (region.ts): the card draws nothing. */
  readonly far?: boolean;
  /** How the person changed between two compared versions (marks.ts); absent when unchanged. */
  readonly mark?: PersonMark;
  /** Teammates who have this person selected (presence); absent when none. */
  readonly peer?: PeerMark;
};
export type PersonNode = Node<PersonData, 'person'>;

export type LineData = {
  readonly kind: RelationshipKind;
  readonly strength: 1 | 2 | 3;
  /** Added or removed between two compared versions (marks.ts); absent when unchanged. */
  readonly mark?: LineMark;
  /**
   * Where the line runs (lineRoute.ts), for the cards where they were: the top-left corners
   * of its two cards then, and the polyline. While a card is dragged elsewhere the line
   * drawer sees other corners and draws a straight line between the floating ends instead.
   */
  readonly route?: {
    readonly from: Point;
    readonly to: Point;
    readonly points: readonly Point[];
  };
};
export type LineEdge = Edge<LineData>;

export type Side = 't' | 'r' | 'b' | 'l';

const SIDE_HANDLES = [
  ['t', Position.Top, CARD_WIDTH / 2, 0],
  ['r', Position.Right, CARD_WIDTH, CARD_HEIGHT / 2],
  ['b', Position.Bottom, CARD_WIDTH / 2, CARD_HEIGHT],
  ['l', Position.Left, 0, CARD_HEIGHT / 2],
] as const;

/**
 * Every card's four handles, declared so lines can be drawn before a card is measured.
 * The card draws them as sources only (any handle starts or ends a line in loose mode),
 * but they are declared as targets too: React Flow draws the first frame before it has
 * taken our loose connection mode from the props, and in its default strict mode a line
 * ending at a source handle is refused ("Couldn't create edge for target handle id").
 */
export const CARD_HANDLES: NodeHandle[] = (['source', 'target'] as const).flatMap((type) =>
  SIDE_HANDLES.map(([id, position, cx, cy]) => ({
    id,
    type,
    position,
    x: cx - HANDLE_SIZE / 2,
    y: cy - HANDLE_SIZE / 2,
    width: HANDLE_SIZE,
    height: HANDLE_SIZE,
  })),
);

const MEASURED = { width: CARD_WIDTH, height: CARD_HEIGHT } as const;

/** Which kinds end in an arrow head: reports-to (at the manager) and influences (at the one swayed). */
export const LINE_ARROWS: Readonly<Record<RelationshipKind, boolean>> = Object.fromEntries(
  RELATIONSHIP_KINDS.map((kind) => [kind, lineLook(kind, 2).arrow]),
) as Record<RelationshipKind, boolean>;

/** The arrow head's length and half-width, in flow units (shared/mapStyle). */
export const ARROW_LENGTH = ARROW.length;
export const ARROW_HALF_WIDTH = ARROW.halfWidth;

/**
 * The arrow head at a line's end, as a closed path: a triangle with its tip at the end
 * point, pointing into the card across the side the line enters by. Drawn as a small path
 * of its own rather than an SVG marker, which the browser repaints with the whole line on
 * every tile the line crosses.
 */
export function arrowHead(x: number, y: number, side: `${Position}`): string {
  const [dx, dy] = side === 'top' ? [0, 1] : side === 'bottom' ? [0, -1] : side === 'left' ? [1, 0] : [-1, 0];
  const bx = x - dx * ARROW_LENGTH;
  const by = y - dy * ARROW_LENGTH;
  const px = -dy * ARROW_HALF_WIDTH;
  const py = dx * ARROW_HALF_WIDTH;
  const r = (n: number) => Math.round(n * 100) / 100;
  return `M${r(x)},${r(y)} L${r(bx + px)},${r(by + py)} L${r(bx - px)},${r(by - py)} Z`;
}

/** The edge type of every line (the canvas draws them itself: LineLayer, RelationLine). */
export const LINE_TYPE = 'line';

/** The dash patterns of the dashed kinds, in flow units (shared/mapStyle); the others are solid. */
export const LINE_DASHES: Readonly<Record<RelationshipKind, readonly number[] | undefined>> = Object.fromEntries(
  RELATIONSHIP_KINDS.map((kind) => [kind, lineLook(kind, 2).dash]),
) as Record<RelationshipKind, readonly number[] | undefined>;
export { GHOST_DASHES, MAX_DASH_PERIODS };

/** The stroke-dasharray of a line of about `length` flow units (shared/mapLayout/lineShape's rule, a comparison's ghost dashed its own way). */
export function dashArray(kind: RelationshipKind, length: number, mark?: LineMark): string | undefined {
  return sharedDashArray(kind, length, mark === 'removed');
}

/** The CSS classes that style a line (canvas.css): its kind and, for influence, its strength. */
export function lineClassName(kind: RelationshipKind, strength: 1 | 2 | 3): string {
  return kind === 'influences' ? `pm-line pm-line--influences pm-line--s${strength}` : `pm-line pm-line--${kind}`;
}

/**
 * Which sides of the two cards a line leaves and enters: top and bottom when one card lies
 * wholly above the other (an org chart reads vertically), else the sides facing each other.
 */
export function facingSides(from: Stakeholder['position'], to: Stakeholder['position']): readonly [Side, Side] {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  if (Math.abs(dy) > CARD_HEIGHT) return dy < 0 ? ['t', 'b'] : ['b', 't'];
  return dx < 0 ? ['l', 'r'] : ['r', 'l'];
}

interface NodeEntry {
  readonly selected: boolean;
  readonly highlighted: boolean;
  readonly ownerName: string | null;
  readonly mark: PersonMark | undefined;
  readonly peer: PeerMark | undefined;
  readonly node: PersonNode;
}

interface EdgeEntry {
  /** The line's two people (objects) when it was mapped: while they are the same, so are its ends. */
  readonly from: Stakeholder;
  readonly to: Stakeholder;
  readonly selected: boolean;
  /** What the edge shows of its ends: the sides it joins and the names in its label. */
  readonly ends: string;
  readonly mark: LineMark | undefined;
  readonly edge: LineEdge;
}

/**
 * The memo of one canvas: nodes keyed by Stakeholder object, edges by Relationship object.
 * Weak maps, so people and lines that left the document are forgotten with it. The words
 * are part of what a node is (its aria label), so a new language needs a new cache.
 */
export class FlowCache {
  readonly nodes = new WeakMap<Stakeholder, NodeEntry>();
  readonly edges = new WeakMap<Relationship, EdgeEntry>();
  /** The positions the routes were found for, by person (by object: an edit that moves nobody keeps them), and the routes. */
  lastPositions = new Map<string, Stakeholder['position']>();
  routes = new Map<string, LineData['route']>();
  lastNodes: PersonNode[] = [];
  lastEdges: LineEdge[] = [];
  /** What the last call mapped, for a change of selection alone (`selectionOnly`). */
  last: LastCall | null = null;
  constructor(readonly words: Translator) {}
}

/** The last call's inputs and where each person's node and each line's edge sits in its arrays. */
interface LastCall {
  readonly doc: PowermapDocument;
  readonly view: FlowView;
  readonly nodeAt: ReadonlyMap<string, number>;
  readonly edgeAt: ReadonlyMap<string, number>;
}

/** The arrays are React Flow's props: treat them as read-only (they are reused between calls). */
export interface Flow {
  readonly nodes: PersonNode[];
  readonly edges: LineEdge[];
}

export interface FlowView {
  readonly selection: CanvasSelection;
  readonly highlight: readonly string[];
  /** A comparison's marks; a mark is part of a node's (line's) identity, like its selection. */
  readonly marks?: CanvasMarks;
  /** Teammates' selections (presence), by person id; part of a node's identity too. */
  readonly peers?: ReadonlyMap<string, PeerMark>;
}

/**
 * Maps a document to nodes and edges. Returns the same node (edge) object as the previous
 * call for every person (line) whose object and view flags are unchanged, and the same
 * arrays when nothing at all changed. Lines whose ends are missing are left out.
 */
export function toFlow(doc: PowermapDocument, view: FlowView, cache: FlowCache): Flow {
  const quick = selectionOnly(doc, view, cache);
  if (quick) return quick;
  const selectedPeople = new Set(view.selection.people);
  const selectedLines = new Set(view.selection.lines);
  const highlighted = new Set(view.highlight);
  const team = new Map(doc.team.map((member) => [member.id, member]));

  const people = new Map<string, Stakeholder>();
  const nodes: PersonNode[] = [];
  const nodeAt = new Map<string, number>();
  for (const person of doc.stakeholders) {
    people.set(person.id, person);
    nodeAt.set(person.id, nodes.length);
    nodes.push(nodeFor(person, selectedPeople.has(person.id), highlighted.has(person.id), team, view, cache));
  }

  const routes = routesFor(doc, people, cache);
  const edges: LineEdge[] = [];
  const edgeAt = new Map<string, number>();
  for (const line of doc.relationships) {
    const from = people.get(line.from);
    const to = people.get(line.to);
    if (!from || !to || from === to) continue;
    edgeAt.set(line.id, edges.length);
    edges.push(edgeFor(line, from, to, selectedLines.has(line.id), routes.get(line.id), view, cache));
  }

  const flow = { nodes: sameItems(cache.lastNodes, nodes), edges: sameItems(cache.lastEdges, edges) };
  cache.lastNodes = flow.nodes;
  cache.lastEdges = flow.edges;
  cache.last = { doc, view, nodeAt, edgeAt };
  return flow;
}

/** A person's node: the cached one while the person object and what the card shows are the same. */
function nodeFor(
  person: Stakeholder,
  selected: boolean,
  isHighlighted: boolean,
  team: ReadonlyMap<string, PowermapDocument['team'][number]>,
  view: FlowView,
  cache: FlowCache,
): PersonNode {
  const words = cache.words;
  const mark = view.marks?.people.get(person.id);
  const peer = view.peers?.get(person.id);
  let ownerName: string | null = null;
  let missingOwner = false;
  if (person.ownerId !== null) {
    const member = team.get(person.ownerId);
    missingOwner = member === undefined;
    ownerName = member ? member.name.trim() || member.id : words('canvas.owner.missing');
  }
  const cached = cache.nodes.get(person);
  if (
    cached &&
    cached.selected === selected &&
    cached.highlighted === isHighlighted &&
    cached.ownerName === ownerName &&
    cached.mark === mark &&
    cached.peer === peer
  )
    return cached.node;
  const owner = ownerName === null ? null : { name: ownerName, initials: missingOwner ? '?' : initials(ownerName) };
  const node: PersonNode = {
    id: person.id,
    type: 'person',
    position: person.position,
    data: {
      person,
      owner,
      highlighted: isHighlighted,
      ...(mark ? { mark } : {}),
      ...(peer ? { peer } : {}),
    },
    selected,
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    measured: MEASURED,
    handles: CARD_HANDLES,
    ariaLabel: withPeer(withMark(personLabel(person, ownerName, words), mark, words), peer, words),
  };
  cache.nodes.set(person, { selected, highlighted: isHighlighted, ownerName, mark, peer, node });
  return node;
}

/** A line's edge: the cached one while the line, its ends' sides and names, and its route are the same. */
function edgeFor(
  line: Relationship,
  from: Stakeholder,
  to: Stakeholder,
  selected: boolean,
  route: LineData['route'],
  view: FlowView,
  cache: FlowCache,
): LineEdge {
  const mark = view.marks?.lines.get(line.id);
  const cached = cache.edges.get(line);
  const same = (ends: string | null) =>
    cached &&
    cached.selected === selected &&
    (ends === null || cached.ends === ends) &&
    cached.mark === mark &&
    cached.edge.data?.route === route;
  // The same two people: the same ends, without working them out (most lines, when one card moves).
  if (cached && cached.from === from && cached.to === to && same(null)) return cached.edge;
  const sides = facingSides(from.position, to.position);
  // A person's other fields (attitude, notes...) do not change the line: keep it.
  const ends = `${sides[0]}${sides[1]}\n${from.name}\n${to.name}`;
  if (cached && same(ends)) {
    cache.edges.set(line, { ...cached, from, to });
    return cached.edge;
  }
  const edge = toEdge(line, from, to, sides, selected, mark, route, cache.words);
  cache.edges.set(line, { from, to, selected, ends, mark, edge });
  return edge;
}

/**
 * The flow for the last call's document and view with only the selection changed (a click,
 * the start of a drag): only the nodes and edges whose selection flips are mapped again, the
 * rest are the last call's, without walking the people and lines (a drag's first frame,
 * issue 9). Null when anything else changed: the caller then maps everything.
 */
function selectionOnly(doc: PowermapDocument, view: FlowView, cache: FlowCache): Flow | null {
  const last = cache.last;
  if (
    !last ||
    last.doc !== doc ||
    last.view.highlight !== view.highlight ||
    last.view.marks !== view.marks ||
    last.view.peers !== view.peers
  )
    return null;
  const people = flipped(last.view.selection.people, view.selection.people, last.nodeAt);
  const lines = flipped(last.view.selection.lines, view.selection.lines, last.edgeAt);
  const nodes = people.size > 0 ? [...cache.lastNodes] : cache.lastNodes;
  const edges = lines.size > 0 ? [...cache.lastEdges] : cache.lastEdges;
  if (people.size > 0) {
    const team = new Map(doc.team.map((member) => [member.id, member]));
    const highlighted = new Set(view.highlight);
    for (const [id, selected] of people) {
      const at = last.nodeAt.get(id)!;
      nodes[at] = nodeFor(nodes[at]!.data.person, selected, highlighted.has(id), team, view, cache);
    }
  }
  if (lines.size > 0) {
    const byId = new Map(doc.stakeholders.map((person) => [person.id, person]));
    const lineById = new Map(doc.relationships.map((line) => [line.id, line]));
    for (const [id, selected] of lines) {
      const at = last.edgeAt.get(id)!;
      const edge = edges[at]!;
      const [line, from, to] = [lineById.get(id)!, byId.get(edge.source)!, byId.get(edge.target)!];
      edges[at] = edgeFor(line, from, to, selected, edge.data?.route, view, cache);
    }
  }
  cache.lastNodes = nodes;
  cache.lastEdges = edges;
  cache.last = { ...last, view };
  return { nodes, edges };
}

/** The ids (among those mapped, `at`) selected in one list and not the other, with their new flag. */
function flipped(
  before: readonly string[],
  after: readonly string[],
  at: ReadonlyMap<string, number>,
): Map<string, boolean> {
  const was = new Set(before);
  const now = new Set(after);
  const flips = new Map<string, boolean>();
  for (const id of now) if (!was.has(id) && at.has(id)) flips.set(id, true);
  for (const id of was) if (!now.has(id) && at.has(id)) flips.set(id, false);
  return flips;
}

function toEdge(
  line: Relationship,
  from: Stakeholder,
  to: Stakeholder,
  [sourceHandle, targetHandle]: readonly [Side, Side],
  selected: boolean,
  mark: LineMark | undefined,
  route: LineData['route'],
  words: Translator,
): LineEdge {
  const data: LineData = {
    kind: line.kind,
    strength: line.strength,
    ...(mark ? { mark } : {}),
    ...(route ? { route } : {}),
  };
  const edge: LineEdge = {
    id: line.id,
    source: line.from,
    target: line.to,
    sourceHandle,
    targetHandle,
    type: LINE_TYPE,
    className: lineClassName(line.kind, line.strength) + (mark ? ` pm-line--mark-${mark}` : ''),
    data,
    selected,
    ariaLabel: withMark(
      words(`canvas.line.${line.kind}`, {
        from: from.name,
        to: to.name,
        strength: words(`canvas.strength.${line.strength}`),
      }) + (mark ? '.' : ''),
      mark,
      words,
    ),
  };
  return edge;
}

/** The grid the routing looks cards up in, in flow units. */
const ROUTE_CELL = 480;
const cellKey = (cx: number, cy: number) => cx * 1_000_003 + cy;

/**
 * Every line's route (lineRoute.ts), by line id. A line keeps its route while its cards
 * stay and no moved card (where it was or where it went) comes near it; a line looks only
 * at the cards in the grid cells along its way.
 */
function routesFor(
  doc: PowermapDocument,
  people: ReadonlyMap<string, Stakeholder>,
  cache: FlowCache,
): ReadonlyMap<string, LineData['route']> {
  // The boxes of the cards that moved since the last call, where they were and where they are.
  const movedBoxes: Box[] = [];
  const positions = new Map<string, Stakeholder['position']>();
  for (const person of doc.stakeholders) {
    positions.set(person.id, person.position);
    const before = cache.lastPositions.get(person.id);
    if (before === person.position) continue;
    if (before) movedBoxes.push({ x: before.x, y: before.y, width: CARD_WIDTH, height: CARD_HEIGHT });
    movedBoxes.push({ x: person.position.x, y: person.position.y, width: CARD_WIDTH, height: CARD_HEIGHT });
  }
  for (const [id, before] of cache.lastPositions)
    if (!positions.has(id)) movedBoxes.push({ x: before.x, y: before.y, width: CARD_WIDTH, height: CARD_HEIGHT });
  const touchedByMove = (from: Stakeholder['position'], to: Stakeholder['position']) => {
    const left = Math.min(from.x, to.x) - CARD_WIDTH;
    const right = Math.max(from.x, to.x) + 2 * CARD_WIDTH;
    const top = Math.min(from.y, to.y) - CARD_HEIGHT;
    const bottom = Math.max(from.y, to.y) + 2 * CARD_HEIGHT;
    return movedBoxes.some((b) => b.x < right && b.x + b.width > left && b.y < bottom && b.y + b.height > top);
  };
  let boxes: Map<string, Box> | null = null;
  let grid: Map<number, Box[]> | null = null;
  const routes = new Map<string, LineData['route']>();
  for (const line of doc.relationships) {
    const from = people.get(line.from);
    const to = people.get(line.to);
    if (!from || !to || from === to) continue;
    const known = cache.routes.get(line.id);
    if (
      known &&
      known.from === from.position &&
      known.to === to.position &&
      !touchedByMove(from.position, to.position)
    ) {
      routes.set(line.id, known);
      continue;
    }
    if (!boxes || !grid) {
      boxes = new Map();
      grid = new Map();
      for (const person of doc.stakeholders) {
        const box = { x: person.position.x, y: person.position.y, width: CARD_WIDTH, height: CARD_HEIGHT };
        boxes.set(person.id, box);
        const x0 = Math.floor(box.x / ROUTE_CELL);
        const x1 = Math.floor((box.x + box.width) / ROUTE_CELL);
        const y0 = Math.floor(box.y / ROUTE_CELL);
        const y1 = Math.floor((box.y + box.height) / ROUTE_CELL);
        for (let cx = x0; cx <= x1; cx++)
          for (let cy = y0; cy <= y1; cy++) {
            const key = cellKey(cx, cy);
            const cell = grid.get(key);
            if (cell) cell.push(box);
            else grid.set(key, [box]);
          }
      }
    }
    const fromBox = boxes.get(from.id)!;
    const toBox = boxes.get(to.id)!;
    const cells = grid;
    const points = routeBetween(fromBox, toBox, () => cardsAlong(fromBox, toBox, cells));
    // The same route as before keeps its object, so the line keeps its edge and is not redrawn.
    const same = known && known.from === from.position && known.to === to.position && samePoints(known.points, points);
    routes.set(line.id, same ? known : { from: from.position, to: to.position, points });
  }
  cache.lastPositions = positions;
  cache.routes = routes;
  return routes;
}

function samePoints(a: readonly Point[], b: readonly Point[]): boolean {
  return a.length === b.length && a.every((p, i) => p.x === b[i]!.x && p.y === b[i]!.y);
}

/** The cards in the grid cells along the line between two cards' centres, and the cells beside them. */
function cardsAlong(from: Box, to: Box, grid: ReadonlyMap<number, Box[]>): Box[] {
  const ax = from.x + from.width / 2;
  const ay = from.y + from.height / 2;
  const bx = to.x + to.width / 2;
  const by = to.y + to.height / 2;
  const steps = Math.max(1, Math.ceil(Math.hypot(bx - ax, by - ay) / (ROUTE_CELL / 2)));
  const cells = new Set<number>();
  for (let i = 0; i <= steps; i++) {
    const cx = Math.floor((ax + ((bx - ax) * i) / steps) / ROUTE_CELL);
    const cy = Math.floor((ay + ((by - ay) * i) / steps) / ROUTE_CELL);
    for (let dx = -1; dx <= 1; dx++) for (let dy = -1; dy <= 1; dy++) cells.add(cellKey(cx + dx, cy + dy));
  }
  const found = new Set<Box>();
  for (const key of cells) for (const box of grid.get(key) ?? []) found.add(box);
  return [...found];
}

/** The influence bar's width class: steps of 5% (canvas.css has pm-w0 .. pm-w20), so no inline style. */
export function influenceStep(influence: number): number {
  return Math.round(influenceShare(influence) * 20);
}

function personLabel(person: Stakeholder, ownerName: string | null, words: Translator): string {
  const subtitle = subtitleOf(person);
  return words('canvas.person.aria', {
    name: person.name,
    title: subtitle === '' ? '' : words('canvas.person.title', { title: subtitle }),
    attitude: words(`attitude.${person.attitude}`),
    closeness: words(`closeness.${person.closeness}`),
    influence:
      person.influence === null
        ? words('canvas.influence.noneLong')
        : words('canvas.influence', { value: person.influence }),
    owner: ownerName === null ? words('canvas.owner.noneLong') : words('canvas.owner', { name: ownerName }),
  });
}

/** A label with the comparison's mark said after it, so a screen reader hears what the ring and badge show. */
function withMark(label: string, mark: PersonMark | undefined, words: Translator): string {
  return mark ? words('canvas.marked', { label, mark: words(`canvas.mark.${mark}`) }) : label;
}

function withPeer(label: string, peer: PeerMark | undefined, words: Translator): string {
  return peer ? words('canvas.peer.selected', { label, names: peer.names.join(', ') }) : label;
}

/** `previous` when it holds exactly the same items in the same order, else `next`. */
/** `previous` when it holds the same items in the same order (React Flow then skips its work), else `next`. */
export function sameItems<T>(previous: T[], next: T[]): T[] {
  if (previous.length !== next.length) return next;
  for (let i = 0; i < next.length; i++) if (previous[i] !== next[i]) return next;
  return previous;
}
