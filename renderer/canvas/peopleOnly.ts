/**
 * The canvas's mapping when only a few people changed (toFlow.ts): a drop of dragged cards,
 * an edit of one card. Only their nodes, the lines touching them and the lines whose route
 * their move changed (lineRoutes.ts) are mapped again; the rest are the last call's, and
 * neither the people nor the lines are walked to build anything (the drop's script, issue
 * 9 §4: the whole mapping was about a quarter of it).
 */
import type { PowermapDocument, Relationship, Stakeholder } from '../../shared/document';
import { madeFrom } from './arrayChanges';
import { tellTouching } from './edgesTouching';
import type { FlowCache, LastCall } from './flowCache';
import type { CanvasSelection, Flow, FlowView, LineEdge } from './flowTypes';
import { edgeFor } from './lineEdge';
import type { Move } from './lineRoutes';
import { nodeFor } from './personNode';

/** With more people changed than this, the whole mapping is as quick. */
const MAX_CHANGED = 64;

/**
 * The flow for a document that differs from the last call's only in a few people (the same
 * people, by id, in the same order; the same lines and team), with the same view. Null when
 * anything else changed: the caller then maps everything.
 */
export function peopleOnly(doc: PowermapDocument, view: FlowView, cache: FlowCache): Flow | null {
  const last = cache.last;
  if (!last || last.doc === doc || !sameInputs(last, doc, view)) return null;
  const changed = changedPeople(last.doc.stakeholders, doc.stakeholders);
  if (!changed) return null;
  const person = (id: string): Stakeholder | undefined => {
    const at = last.nodeAt.get(id);
    return at === undefined ? undefined : doc.stakeholders[at];
  };
  const index = cache.lineIndexOf(doc.relationships);
  // Ids are unique in a document; a list that repeats one is mapped whole, as it always was.
  if (index.byId.size !== doc.relationships.length || last.nodeAt.size !== doc.stakeholders.length) return null;
  const moves: Move[] = [];
  const lines = new Set<Relationship>();
  for (const at of changed) {
    const [before, now] = [last.doc.stakeholders[at]!, doc.stakeholders[at]!];
    if (before.position !== now.position) moves.push({ id: now.id, before: before.position, after: now.position });
    for (const line of index.byPerson.get(now.id) ?? []) lines.add(line);
  }
  const linesOf = (id: string) => (index.byPerson.get(id) ?? []).map((line) => line.id);
  for (const id of cache.routes.afterMoves(doc, moves, linesOf, person)) lines.add(index.byId.get(id)!);

  const nodes = changed.length > 0 ? [...cache.lastNodes] : cache.lastNodes;
  const team = new Map(doc.team.map((member) => [member.id, member]));
  const selectedPeople = new Set(view.selection.people);
  const highlighted = new Set(view.highlight);
  const replaced: number[] = [];
  for (const at of changed) {
    const now = doc.stakeholders[at]!;
    const node = last.nodeAt.get(now.id)!;
    nodes[node] = nodeFor(now, selectedPeople.has(now.id), highlighted.has(now.id), team, view, cache);
    replaced.push(node);
  }
  madeFrom(nodes, cache.lastNodes, replaced);
  const edges = edgesAgain(lines, person, view, last, cache);
  cache.lastNodes = nodes;
  cache.lastEdges = edges;
  cache.last = { ...last, doc, view };
  return { nodes, edges };
}

/** The last call's edges with those of `lines` mapped again: the same array when none is another object. */
function edgesAgain(
  lines: ReadonlySet<Relationship>,
  person: (id: string) => Stakeholder | undefined,
  view: FlowView,
  last: LastCall,
  cache: FlowCache,
): LineEdge[] {
  let edges = cache.lastEdges;
  const selected = new Set(view.selection.lines);
  const replaced: number[] = [];
  for (const line of lines) {
    const at = last.edgeAt.get(line.id);
    if (at === undefined) continue;
    const edge = edgeFor(
      line,
      person(line.from)!,
      person(line.to)!,
      selected.has(line.id),
      cache.routes.route(line.id),
      view,
      cache,
    );
    if (edge === edges[at]) continue;
    if (edges === cache.lastEdges) edges = [...edges];
    edges[at] = edge;
    replaced.push(at);
  }
  madeFrom(edges, cache.lastEdges, replaced);
  if (edges !== cache.lastEdges) tellTouching(edges, last.touching);
  return edges;
}

/** The same lines, team and view as the last call (the selection may be another object with the same ids). */
function sameInputs(last: LastCall, doc: PowermapDocument, view: FlowView): boolean {
  return (
    doc.relationships === last.doc.relationships &&
    doc.team === last.doc.team &&
    view.highlight === last.view.highlight &&
    view.marks === last.view.marks &&
    view.peers === last.view.peers &&
    sameIds(view.selection, last.view.selection)
  );
}

function sameIds(a: CanvasSelection, b: CanvasSelection): boolean {
  const same = (x: readonly string[], y: readonly string[]) =>
    x === y || (x.length === y.length && x.every((id, i) => id === y[i]));
  return same(a.people, b.people) && same(a.lines, b.lines);
}

/** Where the people differ (as objects), when the lists hold the same ids in the same order and few differ; else null. */
function changedPeople(before: readonly Stakeholder[], now: readonly Stakeholder[]): number[] | null {
  if (before.length !== now.length) return null;
  const changed: number[] = [];
  for (let i = 0; i < now.length; i++) {
    if (before[i] === now[i]) continue;
    if (before[i]!.id !== now[i]!.id || changed.length === MAX_CHANGED) return null;
    changed.push(i);
  }
  return changed;
}
