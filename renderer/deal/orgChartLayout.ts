/**
 * Automatic org-chart layout: managers above the people who report to them, computed by
 * ELK's layered algorithm from the reporting lines only. ELK is large, so it is loaded only
 * when the user asks for a layout. People with no reporting line (an adviser who only
 * sways the general manager) go in rows below the chart: ELK would pack each of them as a
 * chart of its own, often above the real one, as if they ranked above its head.
 */
import type { PowermapDocument } from '../../shared/document';
import { CARD } from '../../shared/mapStyle/tokens';

/** The footprint of a card on the canvas (208 × 104), with room between cards: 220 × 120. */
export const CARD_WIDTH = CARD.width + CARD.layoutRoom.x;
export const CARD_HEIGHT = CARD.height + CARD.layoutRoom.y;

interface ElkNode {
  id: string;
  width: number;
  height: number;
  x?: number;
  y?: number;
}
interface ElkGraph {
  id: string;
  layoutOptions: Record<string, string>;
  children: ElkNode[];
  edges: { id: string; sources: string[]; targets: string[] }[];
}
interface ElkLike {
  layout(graph: ElkGraph): Promise<{ children?: ElkNode[] }>;
}

/** The space between the chart and the rows of people outside it, and between cards in those rows. */
const ROWS_GAP = 60;
const ROW_SPACING = 30;

function reportingLines(doc: PowermapDocument) {
  const ids = new Set(doc.stakeholders.map((p) => p.id));
  return doc.relationships.filter(
    (r) => r.kind === 'reports-to' && ids.has(r.from) && ids.has(r.to) && r.from !== r.to,
  );
}

/**
 * The graph ELK lays out: the people in a reporting line, with edges from manager to
 * subordinate, so managers come first.
 */
export function orgChartGraph(doc: PowermapDocument): ElkGraph {
  const lines = reportingLines(doc);
  const inChart = new Set(lines.flatMap((r) => [r.from, r.to]));
  return {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.layered.spacing.nodeNodeBetweenLayers': '60',
      'elk.spacing.nodeNode': '30',
      'elk.spacing.componentComponent': '60',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      'elk.separateConnectedComponents': 'true',
    },
    children: doc.stakeholders
      .filter((p) => inChart.has(p.id))
      .map((p) => ({ id: p.id, width: CARD_WIDTH, height: CARD_HEIGHT })),
    edges: lines.map((r) => ({ id: r.id, sources: [r.to], targets: [r.from] })),
  };
}

let elk: Promise<ElkLike> | null = null;

function loadElk(): Promise<ElkLike> {
  elk ??= import('elkjs/lib/elk.bundled.js').then((module) => {
    const ELK = (module as unknown as { default: new () => ElkLike }).default;
    return new ELK();
  });
  return elk;
}

/** New positions for every person, keyed by id. */
export async function orgChartLayout(
  doc: PowermapDocument,
  engine: () => Promise<ElkLike> = loadElk,
): Promise<Map<string, { x: number; y: number }>> {
  const graph = orgChartGraph(doc);
  const positions = new Map<string, { x: number; y: number }>();
  if (graph.children.length > 0) {
    const laid = await (await engine()).layout(graph);
    for (const node of laid.children ?? []) positions.set(node.id, { x: node.x ?? 0, y: node.y ?? 0 });
  }
  const others = doc.stakeholders.filter((p) => !positions.has(p.id));
  if (others.length === 0) return positions;
  // The rows below the chart: as wide as the chart, or a square block when there is none.
  let left = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const { x, y } of positions.values()) {
    left = Math.min(left, x);
    right = Math.max(right, x + CARD_WIDTH);
    bottom = Math.max(bottom, y + CARD_HEIGHT);
  }
  const chart = positions.size > 0;
  const top = chart ? bottom + ROWS_GAP : 0;
  const x0 = chart ? left : 0;
  const step = CARD_WIDTH + ROW_SPACING;
  const columns = chart
    ? Math.max(1, Math.floor((right - left + ROW_SPACING) / step))
    : Math.ceil(Math.sqrt(others.length));
  others.forEach((person, i) => {
    positions.set(person.id, {
      x: x0 + (i % columns) * step,
      y: top + Math.floor(i / columns) * (CARD_HEIGHT + ROW_SPACING),
    });
  });
  return positions;
}
