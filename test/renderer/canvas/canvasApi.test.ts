/** The API the app drives the canvas with, against a fake React Flow instance. */
import type { Rect, Viewport } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  createCanvasApi,
  FIT_OPTIONS,
  fitAvoiding,
  minimapCorner,
  type FlowControls,
} from '../../../renderer/canvas/canvasApi';
import { CARD_HEIGHT, CARD_WIDTH } from '../../../renderer/canvas/toFlow';

function fakeFlow(viewport: Viewport, nodes: Record<string, Rect>) {
  const calls: { name: string; args: unknown[] }[] = [];
  const record =
    (name: string) =>
    (...args: unknown[]) => {
      calls.push({ name, args });
      return Promise.resolve(true);
    };
  const flow: FlowControls = {
    fitView: record('fitView'),
    zoomIn: record('zoomIn'),
    zoomOut: record('zoomOut'),
    setCenter: record('setCenter'),
    getViewport: () => viewport,
    getNodesBounds: (ids) => {
      const rects = ids.map((id) => nodes[id]!);
      const x = Math.min(...rects.map((r) => r.x));
      const y = Math.min(...rects.map((r) => r.y));
      return {
        x,
        y,
        width: Math.max(...rects.map((r) => r.x + r.width)) - x,
        height: Math.max(...rects.map((r) => r.y + r.height)) - y,
      };
    },
    getInternalNode: (id) => nodes[id],
    getNodes: () => Object.keys(nodes).map((id) => ({ id })),
    setViewport: record('setViewport'),
  };
  return { flow, calls };
}

const size = () => ({ width: 1000, height: 600 });
const NODES = {
  a: { x: 0, y: 0, width: 200, height: 100 },
  b: { x: 300, y: 200, width: 200, height: 100 },
  far: { x: 5000, y: 4000, width: 200, height: 100 },
};

describe('createCanvasApi', () => {
  it('fits, zooms in and out, animated unless the user prefers reduced motion', () => {
    const { flow, calls } = fakeFlow({ x: 0, y: 0, zoom: 1 }, NODES);
    const api = createCanvasApi(flow, size);
    api.zoomToFit();
    api.zoomIn();
    api.zoomOut();
    expect(calls.map((c) => c.name)).toEqual(['setViewport', 'zoomIn', 'zoomOut']);
    expect(calls[0]!.args[1]).toMatchObject({ duration: 200 });
    const still = fakeFlow({ x: 0, y: 0, zoom: 1 }, NODES);
    createCanvasApi(still.flow, size, () => true).zoomToFit();
    expect(still.calls[0]!.args[1]).toMatchObject({ duration: 0 });
    expect(FIT_OPTIONS.maxZoom).toBe(1);
  });

  it('centres on people that fit at the current zoom without changing it', () => {
    const { flow, calls } = fakeFlow({ x: 0, y: 0, zoom: 0.8 }, NODES);
    createCanvasApi(flow, size).centerOn(['a', 'b', 'nobody']);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.name).toBe('setCenter');
    expect(calls[0]!.args.slice(0, 2)).toEqual([250, 150]);
    expect(calls[0]!.args[2]).toMatchObject({ zoom: 0.8 });
  });

  it('zooms out to fit people who do not fit, and ignores ids it does not know', () => {
    const { flow, calls } = fakeFlow({ x: 0, y: 0, zoom: 1 }, NODES);
    const api = createCanvasApi(flow, size);
    api.centerOn(['nobody']);
    expect(calls).toHaveLength(0);
    api.centerOn(['a', 'far']);
    expect(calls[0]!.name).toBe('fitView');
    expect(calls[0]!.args[0]).toMatchObject({ nodes: [{ id: 'a' }, { id: 'far' }] });
  });

  it('fits the whole map clear of the minimap, beside or above it, whichever shows it larger (property)', () => {
    const rect = fc.record({
      x: fc.integer({ min: -5000, max: 5000 }),
      y: fc.integer({ min: -5000, max: 5000 }),
      width: fc.integer({ min: CARD_WIDTH, max: 4000 }),
      height: fc.integer({ min: CARD_HEIGHT, max: 4000 }),
    });
    const pane = fc.record({ width: fc.integer({ min: 500, max: 2000 }), height: fc.integer({ min: 400, max: 1200 }) });
    fc.assert(
      fc.property(rect, pane, (bounds, size) => {
        const corner = minimapCorner(true)!;
        const view = fitAvoiding(bounds, size, { padding: 0.08, maxZoom: 1, minZoom: 0.1 }, corner);
        if (view.zoom <= 0.1) return; // Too large to fit at all: the minimap can be hidden.
        const left = bounds.x * view.zoom + view.x;
        const top = bounds.y * view.zoom + view.y;
        const right = left + bounds.width * view.zoom;
        const bottom = top + bounds.height * view.zoom;
        expect(left).toBeGreaterThanOrEqual(-1);
        expect(top).toBeGreaterThanOrEqual(-1);
        expect(right).toBeLessThanOrEqual(size.width + 1);
        expect(bottom).toBeLessThanOrEqual(size.height + 1);
        const clear = right <= size.width - corner.width + 1 || bottom <= size.height - corner.height + 1;
        expect(clear).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('fits with the plain padding when the minimap is hidden', () => {
    const bounds = { x: 0, y: 0, width: 2000, height: 1000 };
    const hidden = fitAvoiding(bounds, { width: 1000, height: 600 }, { padding: 0.08, maxZoom: 1 }, null);
    const shown = fitAvoiding(bounds, { width: 1000, height: 600 }, { padding: 0.08, maxZoom: 1 }, minimapCorner(true));
    expect(hidden.zoom).toBeGreaterThan(shown.zoom);
  });

  it('reveals people only when they are not wholly in view', () => {
    const inView = fakeFlow({ x: 0, y: 0, zoom: 1 }, NODES);
    createCanvasApi(inView.flow, size).reveal(['a', 'b']);
    expect(inView.calls).toEqual([]);
    const out = fakeFlow({ x: 0, y: 0, zoom: 1 }, NODES);
    createCanvasApi(out.flow, size).reveal(['far']);
    expect(out.calls.map((c) => c.name)).toEqual(['setCenter']);
    expect(out.calls[0]!.args.slice(0, 2)).toEqual([5100, 4050]);
  });

  it('reports the middle of the view in flow coordinates', () => {
    const { flow } = fakeFlow({ x: -200, y: 100, zoom: 0.5 }, NODES);
    expect(createCanvasApi(flow, size).viewportCenter()).toEqual({ x: 1400, y: 400 });
  });
});
