/**
 * Automatic org-chart layout: managers above the people who report to them, computed by
 * ELK's layered algorithm. ELK is large, so it is loaded only when the user asks for a
 * layout. People with no reporting line are laid out too, beside the chart.
 */
import type { PowermapDocument } from '../../shared/document';

/** The footprint of a card on the canvas, with room between cards. */
export const CARD_WIDTH = 220;
export const CARD_HEIGHT = 120;

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

/** The graph ELK lays out: edges from manager to subordinate, so managers come first. */
export function orgChartGraph(doc: PowermapDocument): ElkGraph {
  const ids = new Set(doc.stakeholders.map((p) => p.id));
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
    children: doc.stakeholders.map((p) => ({ id: p.id, width: CARD_WIDTH, height: CARD_HEIGHT })),
    edges: doc.relationships
      .filter((r) => r.kind === 'reports-to' && ids.has(r.from) && ids.has(r.to))
      .map((r) => ({ id: r.id, sources: [r.to], targets: [r.from] })),
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
  const laid = await (await engine()).layout(orgChartGraph(doc));
  const positions = new Map<string, { x: number; y: number }>();
  for (const node of laid.children ?? []) positions.set(node.id, { x: node.x ?? 0, y: node.y ?? 0 });
  return positions;
}
