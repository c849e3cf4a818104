/**
 * A page's compositing layers over the DevTools protocol (CDP's LayerTree domain): each layer's
 * bounds, paint count, the element it is for and Chromium's reasons for it. Used by the layer
 * dump of a gesture (layers.ts) and by the end-to-end test of a drag's paint order
 * (test/e2e/canvas.spec.ts).
 */
import type { CDPSession } from '@playwright/test';

/** One compositing layer as the dump reports it. */
export interface LayerInfo {
  readonly id: string;
  /** The layer's offset and size in its own transform's space (not the page's). */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly drawsContent: boolean;
  readonly paintCount: number;
  /** The element the layer is for ("div.react-flow__node data-id=p-12"), or '' when none is named. */
  readonly node: string;
  readonly reasons: readonly string[];
}

/** A CDP session's current layer tree, as the last `LayerTree.layerTreeDidChange` gave it. */
interface CdpLayer {
  readonly layerId: string;
  readonly backendNodeId?: number;
  readonly offsetX: number;
  readonly offsetY: number;
  readonly width: number;
  readonly height: number;
  readonly drawsContent: boolean;
  readonly paintCount: number;
}

/**
 * Listens to a page's layer tree over `session` (CDP's LayerTree domain). `snapshot()` waits
 * for the next frame's tree and describes every layer in it.
 */
export async function layerDump(session: CDPSession): Promise<{ snapshot(): Promise<LayerInfo[]> }> {
  let latest: readonly CdpLayer[] = [];
  let waiting: (() => void) | null = null;
  session.on('LayerTree.layerTreeDidChange', (event) => {
    if (event.layers) latest = event.layers;
    waiting?.();
  });
  await session.send('DOM.enable');
  await session.send('LayerTree.enable');
  const describe = async (layer: CdpLayer): Promise<LayerInfo> => {
    const { compositingReasons = [] } = await session
      .send('LayerTree.compositingReasons', { layerId: layer.layerId })
      .catch(() => ({ compositingReasons: ['(layer gone)'] }));
    return {
      id: layer.layerId,
      x: Math.round(layer.offsetX),
      y: Math.round(layer.offsetY),
      width: Math.round(layer.width),
      height: Math.round(layer.height),
      drawsContent: layer.drawsContent,
      paintCount: layer.paintCount,
      node: layer.backendNodeId ? await nodeName(session, layer.backendNodeId) : '',
      reasons: compositingReasons,
    };
  };
  return {
    async snapshot() {
      // The tree is sent when it changes; a frame later it is the page's current one.
      await new Promise<void>((done) => {
        waiting = done;
        setTimeout(done, 250);
      });
      waiting = null;
      return Promise.all(latest.map(describe));
    },
  };
}

async function nodeName(session: CDPSession, backendNodeId: number): Promise<string> {
  try {
    const { node } = await session.send('DOM.describeNode', { backendNodeId });
    const attrs = node.attributes ?? [];
    // Names and values alternate: look only at the names.
    const attr = (name: string) => {
      const at = attrs.findIndex((value, index) => index % 2 === 0 && value === name);
      return at >= 0 ? (attrs[at + 1] ?? '') : '';
    };
    const cls = attr('class').split(/\s+/).filter(Boolean).slice(0, 2).join('.');
    const id = attr('data-id');
    return `${node.localName || node.nodeName}${cls ? '.' + cls : ''}${id ? ` data-id=${id}` : ''}`;
  } catch {
    return '(node gone)';
  }
}

/** One line per layer, in the tree's order (the order they are drawn in); only those drawing content unless `all`. */
export function describeLayers(layers: readonly LayerInfo[], all = false): string {
  const shown = layers.filter((layer) => all || layer.drawsContent);
  const rows = shown.map(
    (l) =>
      `  ${l.id.padStart(5)}  ${`${l.width}x${l.height}`.padStart(11)} at ${`${l.x},${l.y}`.padEnd(13)} paints ${String(l.paintCount).padStart(3)}  ${l.node || '-'}  [${l.reasons.join(', ')}]`,
  );
  return [`${shown.length} layers${all ? '' : ' drawing content'} (of ${layers.length}):`, ...rows].join('\n');
}
