/** A line as a React Flow edge, reused while the line, its ends and its route are the same. */
import type { Relationship, Stakeholder } from '../../shared/document';
import type { Translator } from '../../shared/i18n';
import { facingSides } from './cardGeometry';
import type { FlowCache } from './flowCache';
import { withMark } from './flowLabels';
import type { FlowView, LineData, LineEdge, Side } from './flowTypes';
import { lineClassName, LINE_TYPE } from './lineStyle';
import type { LineMark } from './marks';

/** A line's edge: the cached one while the line, its ends' sides and names, and its route are the same. */
export function edgeFor(
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
