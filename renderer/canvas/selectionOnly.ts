/** The canvas's mapping when only the selection changed (toFlow.ts): a click, the start of a drag. */
import type { PowermapDocument } from '../../shared/document';
import { madeFrom } from './arrayChanges';
import { tellTouching } from './edgesTouching';
import type { FlowCache } from './flowCache';
import type { Flow, FlowView } from './flowTypes';
import { edgeFor } from './lineEdge';
import { nodeFor } from './personNode';

/**
 * The flow for the last call's document and view with only the selection changed (a click,
 * the start of a drag): only the nodes and edges whose selection flips are mapped again, the
 * rest are the last call's, without walking the people and lines (a drag's first frame,
 * issue 9). Null when anything else changed: the caller then maps everything.
 */
export function selectionOnly(doc: PowermapDocument, view: FlowView, cache: FlowCache): Flow | null {
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
    madeFrom(
      nodes,
      cache.lastNodes,
      [...people.keys()].map((id) => last.nodeAt.get(id)!),
    );
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
    madeFrom(
      edges,
      cache.lastEdges,
      [...lines.keys()].map((id) => last.edgeAt.get(id)!),
    );
    tellTouching(edges, last.touching);
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
