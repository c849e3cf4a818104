/** Mounting the region in batches: bounded batches, the view first, and in the end exactly the region. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  gapToView,
  planBatch,
  planKind,
  wantedIn,
  type Limits,
  type Mounted,
  type Placed,
  type Wanted,
} from '../../../renderer/canvas/mounting';
import type { Rect } from '../../../renderer/canvas/region';
import { CARD_HEIGHT, CARD_WIDTH, type LineEdge, type PersonNode } from '../../../renderer/canvas/toFlow';

const view: Rect = { x: 0, y: 0, width: 1000, height: 600 };
const box = (x: number, y: number): Rect => ({ x, y, width: CARD_WIDTH, height: CARD_HEIGHT });
const item = (id: string, x: number, y: number): Placed => ({ id, box: box(x, y) });

const coordinate = fc.integer({ min: -4000, max: 4000 });
const items = fc
  .array(fc.record({ x: coordinate, y: coordinate }), { maxLength: 60 })
  .map((points) => points.map((p, i) => item(`p-${i}`, p.x, p.y)));
const rect = fc.record({
  x: fc.integer({ min: -3000, max: 3000 }),
  y: fc.integer({ min: -3000, max: 3000 }),
  width: fc.integer({ min: 1, max: 3000 }),
  height: fc.integer({ min: 1, max: 3000 }),
});
const limits = fc.record({ mount: fc.integer({ min: 1, max: 12 }), unmount: fc.integer({ min: 1, max: 12 }) });

describe('gapToView', () => {
  it('is 0 for a box meeting the view and the straight distance otherwise', () => {
    expect(gapToView(box(10, 10), view)).toBe(0);
    expect(gapToView(box(1000, 600), view)).toBe(0);
    expect(gapToView(box(1030, 0), view)).toBe(30);
    expect(gapToView(box(1030, 640), view)).toBe(50);
    expect(gapToView(box(-CARD_WIDTH - 3, -CARD_HEIGHT - 4), view)).toBe(5);
  });
});

describe('planKind', () => {
  it('mounts what is in the view first, then the nearest, at most the bound a batch', () => {
    const wanted = [item('far', 3000, 0), item('near', 1100, 0), item('in', 500, 300), item('next', 1050, 0)];
    const first = planKind(wanted, new Set(), view, { mount: 2, unmount: 0 }, false);
    expect(first.added).toEqual(['in', 'next']);
    expect(first.viewMissing).toBe(0);
    expect(first.done).toBe(false);
    const second = planKind(wanted, first.mounted, view, { mount: 2, unmount: 0 }, false);
    expect(second.added).toEqual(['near', 'far']);
    expect(second.done).toBe(true);
  });

  it('mounts only what is within reach of the view in a frame batch, leaving the margin for idle time', () => {
    const wanted = [item('margin', 1300, 0), item('in', 500, 300), item('also-in', 900, 500), item('near', 1080, 0)];
    const inView = planKind(wanted, new Set(), view, { mount: 5, unmount: 0, reach: 0 }, false);
    expect(inView.added).toEqual(['in', 'also-in']);
    expect(inView.viewMissing).toBe(0);
    expect(inView.done).toBe(false);
    // A reach of a tenth of the view: 100 units either side of it.
    const reach = planKind(wanted, new Set(), view, { mount: 5, unmount: 0, reach: 0.1 }, false);
    expect(reach.added).toEqual(['in', 'also-in', 'near']);
    const bounded = planKind(wanted, new Set(), view, { mount: 1, unmount: 0, reach: 0.1 }, false);
    expect(bounded.viewMissing).toBe(2);
  });

  it('says how much of the view is still missing after a batch', () => {
    const wanted = [item('a', 0, 0), item('b', 400, 0), item('c', 800, 0)];
    const batch = planKind(wanted, new Set(), view, { mount: 1, unmount: 0 }, false);
    expect(batch.added).toEqual(['b']);
    expect(batch.viewMissing).toBe(2);
  });

  it('lets go of what left the region only when allowed, farthest and deleted first', () => {
    const where = new Map([
      ['gone-near', box(1100, 0)],
      ['gone-far', box(5000, 0)],
    ]);
    const mounted = new Set(['kept', 'gone-near', 'gone-far', 'deleted']);
    const wanted = [item('kept', 0, 0)];
    const held = planKind(wanted, mounted, view, { mount: 5, unmount: 2 }, false, (id) => where.get(id));
    expect(held.mounted).toBe(mounted);
    expect(held.removed).toEqual([]);
    expect(held.done).toBe(true);
    const first = planKind(wanted, mounted, view, { mount: 5, unmount: 2 }, true, (id) => where.get(id));
    expect(first.removed).toEqual(['deleted', 'gone-far']);
    expect(first.done).toBe(false);
    const second = planKind(wanted, first.mounted, view, { mount: 5, unmount: 2 }, true, (id) => where.get(id));
    expect([...second.mounted]).toEqual(['kept']);
    expect(second.done).toBe(true);
  });

  it('returns the same set when nothing changes', () => {
    const mounted = new Set(['a']);
    expect(planKind([item('a', 0, 0)], mounted, view, { mount: 3, unmount: 3 }, true).mounted).toBe(mounted);
  });

  it('eventually mounts exactly the wanted things, the ones in view first, never more than the bound a batch', () => {
    fc.assert(
      fc.property(items, rect, limits, (wanted, at, bound) => {
        let mounted: ReadonlySet<string> = new Set(['stale-1', 'stale-2']);
        const order: string[] = [];
        for (let step = 0; step <= wanted.length + 2; step++) {
          const batch = planKind(wanted, mounted, at, bound, true);
          expect(batch.added.length).toBeLessThanOrEqual(bound.mount);
          expect(batch.removed.length).toBeLessThanOrEqual(bound.unmount);
          order.push(...batch.added);
          mounted = batch.mounted;
          if (batch.done) break;
        }
        expect([...mounted].sort()).toEqual(wanted.map((w) => w.id).sort());
        const inView = new Set(wanted.filter((w) => gapToView(w.box, at) === 0).map((w) => w.id));
        const firstOutside = order.findIndex((id) => !inView.has(id));
        const lastInside = order.reduce((last, id, index) => (inView.has(id) ? index : last), -1);
        if (firstOutside >= 0) expect(lastInside).toBeLessThan(firstOutside);
        const gaps = order.map((id) => gapToView(wanted.find((w) => w.id === id)!.box, at));
        expect(gaps).toEqual([...gaps].sort((a, b) => a - b));
      }),
    );
  });

  it('keeps everything mounted while letting go is not allowed (a gesture), whatever the region becomes', () => {
    fc.assert(
      fc.property(items, items, rect, limits, (before, after, at, bound) => {
        let mounted: ReadonlySet<string> = new Set();
        for (const wanted of [before, after]) {
          for (let step = 0; step <= wanted.length; step++) {
            const previous = mounted;
            const batch = planKind(wanted, mounted, at, bound, false);
            for (const id of previous) expect(batch.mounted.has(id)).toBe(true);
            mounted = batch.mounted;
            if (batch.done) break;
          }
        }
        for (const w of [...before, ...after]) expect(mounted.has(w.id)).toBe(true);
      }),
    );
  });
});

describe('planBatch', () => {
  const bounded: Limits = { people: { mount: 2, unmount: 2 }, lines: { mount: 3, unmount: 3 } };
  const wanted: Wanted = {
    people: [item('a', 0, 0), item('b', 2000, 0), item('c', 100, 0)],
    lines: [item('a-b', 0, 0)],
    personBox: () => undefined,
    lineBox: () => undefined,
  };

  it('mounts people and lines each within their own bound, and the same object once done', () => {
    const nothing: Mounted = { people: new Set(), lines: new Set() };
    const first = planBatch(nothing, wanted, view, bounded, true);
    expect([...first.mounted.people].sort()).toEqual(['a', 'c']);
    expect([...first.mounted.lines]).toEqual(['a-b']);
    expect(first.done).toBe(false);
    const second = planBatch(first.mounted, wanted, view, bounded, true);
    expect(second.done).toBe(true);
    expect(planBatch(second.mounted, wanted, view, bounded, true).mounted).toBe(second.mounted);
  });
});

describe('wantedIn', () => {
  const node = (id: string, x: number, y: number) =>
    ({ id, type: 'person', position: { x, y }, data: {} }) as unknown as PersonNode;
  const line = (id: string, source: string, target: string) => ({ id, source, target }) as LineEdge;
  const nodes = [node('in', 10, 10), node('out', 5000, 0), node('below', 3000, 5000)];
  const edges = [line('in-out', 'in', 'out'), line('out-below', 'out', 'below'), line('in-below', 'in', 'below')];
  const positions = new Map(nodes.map((n) => [n.id, n.position]));

  it('wants the region’s people and every line that can cross it', () => {
    const result = wantedIn(nodes, edges, positions, view);
    expect(result.people.map((p) => p.id)).toEqual(['in']);
    expect(result.lines.map((l) => l.id)).toEqual(['in-out', 'in-below']);
    expect(result.lines[0]!.box).toEqual({ x: 10, y: 0, width: 4990 + CARD_WIDTH, height: 10 + CARD_HEIGHT });
  });

  it('wants nothing before there is a region, and knows where everything is', () => {
    const result = wantedIn(nodes, edges, positions, null);
    expect(result.people).toEqual([]);
    expect(result.lines).toEqual([]);
    expect(result.personBox('out')).toEqual(box(5000, 0));
    expect(result.lineBox('out-below')).toEqual({
      x: 3000,
      y: 0,
      width: 2000 + CARD_WIDTH,
      height: 5000 + CARD_HEIGHT,
    });
    expect(result.personBox('deleted')).toBeUndefined();
    expect(result.lineBox('deleted')).toBeUndefined();
  });
});
