/**
 * The canvas API over the whole map: React Flow holds only the drawn region's people, so
 * fitting, centring and revealing must read every person from the canvas's own list.
 */
import type { Viewport } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { createCanvasApi } from '../../../renderer/canvas/canvasApi';
import { CARD_HEIGHT, CARD_WIDTH, type PersonNode } from '../../../renderer/canvas/toFlow';
import { wholeMapControls, type ViewControls } from '../../../renderer/canvas/wholeMap';

const node = (id: string, x: number, y: number) =>
  ({ id, type: 'person', position: { x, y }, data: { person: { id } } }) as unknown as PersonNode;

/** A React Flow stand-in that knows nothing of the people (as when they are outside the region). */
function fakeView(viewport: Viewport) {
  const calls: { name: string; args: unknown[] }[] = [];
  const record =
    (name: string) =>
    (...args: unknown[]) => {
      calls.push({ name, args });
      return Promise.resolve(true);
    };
  const view: ViewControls = {
    zoomIn: record('zoomIn'),
    zoomOut: record('zoomOut'),
    setCenter: record('setCenter'),
    setViewport: record('setViewport'),
    getViewport: () => viewport,
  };
  return { view, calls };
}

const SIZE = { width: 1000, height: 800 };
const LIMITS = { minZoom: 0.1, maxZoom: 2 };
const people = [node('a', 0, 0), node('b', 9000, 6000), node('c', 200, 100)];

describe('wholeMapControls', () => {
  it('sees every person, not just those React Flow holds', () => {
    const { view } = fakeView({ x: 0, y: 0, zoom: 1 });
    const whole = wholeMapControls(
      view,
      () => people,
      () => SIZE,
      LIMITS,
    );
    expect(whole.getNodes().map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect(whole.getInternalNode('b')).toBe(people[1]);
    expect(whole.getInternalNode('nobody')).toBeUndefined();
    expect(whole.getNodesBounds(['a', 'b'])).toEqual({
      x: 0,
      y: 0,
      width: 9000 + CARD_WIDTH,
      height: 6000 + CARD_HEIGHT,
    });
  });

  it('centres on a person far outside the view, whom React Flow does not hold', () => {
    const { view, calls } = fakeView({ x: 0, y: 0, zoom: 1 });
    const api = createCanvasApi(
      wholeMapControls(
        view,
        () => people,
        () => SIZE,
        LIMITS,
      ),
      () => SIZE,
    );
    api.centerOn(['b']);
    expect(calls).toEqual([
      { name: 'setCenter', args: [9000 + CARD_WIDTH / 2, 6000 + CARD_HEIGHT / 2, { zoom: 1, duration: 200 }] },
    ]);
  });

  it('fits people too far apart to show at this zoom, through a viewport that shows them all', async () => {
    const { view, calls } = fakeView({ x: 0, y: 0, zoom: 1 });
    const whole = wholeMapControls(
      view,
      () => people,
      () => SIZE,
      LIMITS,
    );
    await whole.fitView({ nodes: [{ id: 'a' }, { id: 'b' }], padding: 0.15, duration: 0 });
    expect(calls).toHaveLength(1);
    const [viewport] = calls[0]!.args as [Viewport];
    const left = viewport.x;
    const right = (9000 + CARD_WIDTH) * viewport.zoom + viewport.x;
    const bottom = (6000 + CARD_HEIGHT) * viewport.zoom + viewport.y;
    expect(left).toBeGreaterThanOrEqual(0);
    expect(right).toBeLessThanOrEqual(SIZE.width);
    expect(bottom).toBeLessThanOrEqual(SIZE.height);
    expect(calls[0]!.args[1]).toEqual({ duration: 0 });
  });

  it('fits nothing on an empty map', async () => {
    const { view, calls } = fakeView({ x: 0, y: 0, zoom: 1 });
    const whole = wholeMapControls(
      view,
      () => [],
      () => SIZE,
      LIMITS,
    );
    expect(await whole.fitView()).toBe(false);
    expect(calls).toEqual([]);
  });
});
