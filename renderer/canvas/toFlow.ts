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
 *
 * The parts: a card's node (personNode.ts) and its size and handles (cardGeometry.ts), a
 * line's edge (lineEdge.ts), its route (lineRoutes.ts) and its look (lineStyle.ts), the
 * aria labels (flowLabels.ts), the memo (flowCache.ts), a change of selection alone
 * (selectionOnly.ts) or of a few people alone (peopleOnly.ts), and the types (flowTypes.ts).
 */
import type { PowermapDocument, Stakeholder } from '../../shared/document';
import { CARD_HEIGHT, CARD_WIDTH } from '../../shared/export/geometry';
import { initials, subtitleOf } from '../../shared/mapLayout/cardText';
import type { FlowCache } from './flowCache';
import type { Flow, FlowView, LineEdge, PersonNode } from './flowTypes';
import { edgesTouching, tellTouching } from './edgesTouching';
import { edgeFor } from './lineEdge';
import { peopleOnly } from './peopleOnly';
import { nodeFor } from './personNode';
import { selectionOnly } from './selectionOnly';

// One card size and one way of making initials for the canvas and every export.
export { CARD_HEIGHT, CARD_WIDTH, initials, subtitleOf };
// The mapping's parts, where the canvas has always found them.
export type {
  CanvasSelection,
  Flow,
  FlowView,
  LineData,
  LineEdge,
  OwnerLabel,
  PersonData,
  PersonNode,
  Side,
} from './flowTypes';
export { CARD_HANDLES, facingSides, HANDLE_SIZE, influenceStep } from './cardGeometry';
export {
  ARROW_HALF_WIDTH,
  ARROW_LENGTH,
  arrowHead,
  dashArray,
  GHOST_DASHES,
  LINE_ARROWS,
  LINE_DASHES,
  LINE_TYPE,
  lineClassName,
  MAX_DASH_PERIODS,
} from './lineStyle';
export { FlowCache } from './flowCache';

/**
 * Maps a document to nodes and edges. Returns the same node (edge) object as the previous
 * call for every person (line) whose object and view flags are unchanged, and the same
 * arrays when nothing at all changed. Lines whose ends are missing are left out.
 */
export function toFlow(doc: PowermapDocument, view: FlowView, cache: FlowCache): Flow {
  const quick = selectionOnly(doc, view, cache) ?? peopleOnly(doc, view, cache);
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

  const routes = cache.routes.all(doc, people);
  const edges: LineEdge[] = [];
  const edgeAt = new Map<string, number>();
  for (const line of doc.relationships) {
    const from = people.get(line.from);
    const to = people.get(line.to);
    if (!from || !to || from === to) continue;
    edgeAt.set(line.id, edges.length);
    edges.push(edgeFor(line, from, to, selectedLines.has(line.id), routes.get(line.id), view, cache));
  }

  const touching = edgesTouching(cache.lineIndexOf(doc.relationships), edgeAt);
  const flow = { nodes: sameItems(cache.lastNodes, nodes), edges: sameItems(cache.lastEdges, edges) };
  tellTouching(flow.edges, touching);
  cache.lastNodes = flow.nodes;
  cache.lastEdges = flow.edges;
  cache.last = { doc, view, nodeAt, edgeAt, touching };
  return flow;
}

/** `previous` when it holds the same items in the same order (React Flow then skips its work), else `next`. */
export function sameItems<T>(previous: T[], next: T[]): T[] {
  if (previous.length !== next.length) return next;
  for (let i = 0; i < next.length; i++) if (previous[i] !== next[i]) return next;
  return previous;
}
