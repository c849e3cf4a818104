/** The layer dump (build/bench/canvas/layerDump.ts): what it reads from CDP's LayerTree domain and how it prints it. */
import type { CDPSession } from '@playwright/test';
import { describe, expect, it } from 'vitest';
import { describeLayers, layerDump, type LayerInfo } from '../../build/bench/canvas/layerDump';

type Listener = (event: { layers?: unknown[] }) => void;

/** A stand-in for a CDP session: a fixed DOM and reasons, and a layer tree the test sends. */
function fakeSession() {
  const listeners: Listener[] = [];
  const sent: string[] = [];
  const nodes: Record<number, { localName: string; nodeName: string; attributes: string[] }> = {
    7: {
      localName: 'div',
      nodeName: 'DIV',
      attributes: ['class', 'react-flow__node selected extra', 'data-id', 'p-1'],
    },
    // An attribute whose value is the word "class" must not be read as the class attribute.
    8: { localName: 'svg', nodeName: 'svg', attributes: ['title', 'class', 'class', 'pm-lines pm-lines--lifted'] },
  };
  const session = {
    on(name: string, listener: Listener) {
      if (name === 'LayerTree.layerTreeDidChange') listeners.push(listener);
    },
    send(method: string, params?: { layerId?: string; backendNodeId?: number }) {
      sent.push(method);
      if (method === 'LayerTree.compositingReasons') {
        if (params?.layerId === 'gone') return Promise.reject(new Error('no layer'));
        return Promise.resolve({ compositingReasons: [`reason of ${params?.layerId}`] });
      }
      if (method === 'DOM.describeNode') {
        const node = nodes[params?.backendNodeId ?? 0];
        return node ? Promise.resolve({ node }) : Promise.reject(new Error('no node'));
      }
      return Promise.resolve({});
    },
  };
  const change = (layers: unknown[]) => listeners.forEach((listener) => listener({ layers }));
  return { session: session as unknown as CDPSession, sent, change };
}

const layer = (layerId: string, backendNodeId?: number, drawsContent = true) => ({
  layerId,
  ...(backendNodeId === undefined ? {} : { backendNodeId }),
  offsetX: 1.4,
  offsetY: 2.6,
  width: 100.2,
  height: 50.7,
  drawsContent,
  paintCount: 3,
});

describe('layerDump', () => {
  it('describes the latest tree: rounded bounds, the element by kind, classes and data-id, and the reasons', async () => {
    const { session, sent, change } = fakeSession();
    const dump = await layerDump(session);
    expect(sent).toEqual(['DOM.enable', 'LayerTree.enable']);
    change([layer('1')]);
    change([layer('2', 7), layer('3', 8), layer('4', 99), layer('gone')]);
    const layers = await dump.snapshot();
    expect(layers.map((l) => l.node)).toEqual([
      'div.react-flow__node.selected data-id=p-1',
      'svg.pm-lines.pm-lines--lifted',
      '(node gone)',
      '',
    ]);
    expect(layers[0]).toMatchObject({ id: '2', x: 1, y: 3, width: 100, height: 51, paintCount: 3, drawsContent: true });
    expect(layers.map((l) => l.reasons)).toEqual([['reason of 2'], ['reason of 3'], ['reason of 4'], ['(layer gone)']]);
  });

  it('answers with the tree as it is when no change comes', async () => {
    const { session, change } = fakeSession();
    const dump = await layerDump(session);
    change([layer('5')]);
    expect((await dump.snapshot()).map((l) => l.id)).toEqual(['5']);
    expect((await dump.snapshot()).map((l) => l.id)).toEqual(['5']);
  });
});

describe('describeLayers', () => {
  const info = (id: string, drawsContent: boolean, node = ''): LayerInfo => ({
    id,
    x: 0,
    y: 8,
    width: 20,
    height: 10,
    drawsContent,
    paintCount: 2,
    node,
    reasons: ['Overlaps other composited content.', 'Other.'],
  });

  it('lists the layers drawing content in order, with every layer counted, or every layer when asked', () => {
    const layers = [info('9', true, 'div.a'), info('10', false), info('11', true)];
    const text = describeLayers(layers);
    expect(text.split('\n')).toEqual([
      '2 layers drawing content (of 3):',
      '      9        20x10 at 0,8           paints   2  div.a  [Overlaps other composited content., Other.]',
      '     11        20x10 at 0,8           paints   2  -  [Overlaps other composited content., Other.]',
    ]);
    expect(describeLayers(layers, true).split('\n')[0]).toBe('3 layers (of 3):');
    expect(describeLayers(layers, true).split('\n')).toHaveLength(4);
  });
});
