/** The rendered region: which people get a card, the lines raised while dragging, the opening bounds. */
import fc from 'fast-check';
import { madeFrom } from '../../../renderer/canvas/arrayChanges';
import { describe, expect, it } from 'vitest';
import {
  cardBounds,
  FAR_CLASS,
  MountOrder,
  nextRegion,
  nodesForFlow,
  REGION_MARGIN,
  regionFor,
  viewRect,
  type Rect,
} from '../../../renderer/canvas/region';
import { CARD_HEIGHT, CARD_WIDTH, type LineEdge, type PersonNode } from '../../../renderer/canvas/toFlow';

const node = (id: string, x: number, y: number) =>
  ({ id, type: 'person', position: { x, y }, data: { person: { id } } }) as unknown as PersonNode;

const contains = (outer: Rect, inner: Rect) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

describe('viewRect and regionFor', () => {
  it('turns the viewport into the visible flow rectangle', () => {
    expect(viewRect({ x: -100, y: 50, zoom: 0.5 }, { width: 1280, height: 800 })).toEqual({
      x: 200,
      y: -100,
      width: 2560,
      height: 1600,
    });
  });

  it('covers the view with a margin on every side', () => {
    const view = { x: 200, y: -100, width: 2560, height: 1600 };
    const region = regionFor(view, 0.5);
    expect(contains(region, view)).toBe(true);
    expect(region.x).toBeLessThanOrEqual(view.x - view.width * REGION_MARGIN);
    expect(region.y + region.height).toBeGreaterThanOrEqual(view.y + view.height * (1 + REGION_MARGIN));
  });

  it('keeps the same region object while the view moves within a grid step', () => {
    const view = { x: 200, y: -100, width: 2560, height: 1600 };
    const region = nextRegion(null, view, 0.5);
    expect(nextRegion(region, { ...view, x: view.x + 0.5 }, 0.5)).toBe(region);
    const far = nextRegion(region, { ...view, x: view.x + 1000 }, 0.5);
    expect(far).not.toBe(region);
    expect(contains(far, { ...view, x: view.x + 1000 })).toBe(true);
  });

  it('only grows during a gesture', () => {
    const view = { x: 0, y: 0, width: 1000, height: 600 };
    const region = nextRegion(null, view, 1);
    const moved = nextRegion(region, { ...view, x: 800 }, 1, true);
    expect(contains(moved, region)).toBe(true);
    const after = nextRegion(moved, { ...view, x: 800 }, 1);
    expect(contains(after, region)).toBe(false);
  });

  it('keeps the same region during a gesture while the view keeps its reserve inside it', () => {
    const view = { x: 0, y: 0, width: 1000, height: 600 };
    const region = nextRegion(null, view, 1);
    // The margin at rest is 200 x 120; the reserve 50 x 30: the view may move 150 x 90 first.
    expect(nextRegion(region, { ...view, x: 140, y: -80 }, 1, true)).toBe(region);
    const grown = nextRegion(region, { ...view, x: 160 }, 1, true);
    expect(grown).not.toBe(region);
    // It grew in one large step: twice the margin beyond the view, so the next 350 are free.
    expect(nextRegion(grown, { ...view, x: 500 }, 1, true)).toBe(grown);
  });

  it('during a gesture always holds the view and the region before it (whatever the moves)', () => {
    const move = fc.record({
      x: fc.integer({ min: -5000, max: 5000 }),
      y: fc.integer({ min: -5000, max: 5000 }),
      zoom: fc.constantFrom(0.2, 0.5, 1, 2),
    });
    fc.assert(
      fc.property(fc.array(move, { minLength: 1, maxLength: 20 }), (moves) => {
        const size = { width: 1280, height: 800 };
        let region = nextRegion(null, viewRect({ x: 0, y: 0, zoom: 1 }, size), 1);
        for (const { x, y, zoom } of moves) {
          const view = viewRect({ x, y, zoom }, size);
          const next = nextRegion(region, view, zoom, true);
          expect(contains(next, region)).toBe(true);
          expect(contains(next, view)).toBe(true);
          region = next;
        }
      }),
    );
  });
});

describe('nodesForFlow', () => {
  const nodes = [node('in', 0, 0), node('edge', 990, 0), node('out', 5000, 0)];
  const selectedOut = { ...node('chosen', 8000, 0), selected: true } as PersonNode;
  const mounted = new Set(['in', 'edge']);

  it('hands React Flow the mounted people as they are, and no one else', () => {
    const result = nodesForFlow(nodes, mounted, new WeakMap());
    expect(result).toEqual([nodes[0], nodes[1]]);
    expect(result[0]).toBe(nodes[0]);
  });

  it('keeps a selected person not mounted, marked far, keeping id, position and person', () => {
    const result = nodesForFlow([...nodes, selectedOut], mounted, new WeakMap());
    expect(result.map((n) => n.id)).toEqual(['in', 'edge', 'chosen']);
    expect(result[2]).toMatchObject({
      id: 'chosen',
      position: { x: 8000, y: 0 },
      selected: true,
      className: FAR_CLASS,
    });
    expect(result[2]!.data).toMatchObject({ far: true, person: selectedOut.data.person });
  });

  it('keeps a far node the same object while it stays far', () => {
    const cache = new WeakMap<PersonNode, PersonNode>();
    const first = nodesForFlow([...nodes, selectedOut], mounted, cache);
    const second = nodesForFlow([...nodes, selectedOut], new Set(['in']), cache);
    expect(second[1]).toBe(first[2]);
  });

  it('holds only the selected people while nothing is mounted', () => {
    const result = nodesForFlow([...nodes, selectedOut], new Set(), new WeakMap());
    expect(result.map((n) => [n.id, n.className])).toEqual([['chosen', FAR_CLASS]]);
  });

  it('holds exactly the mounted people and the selected ones, in map order, for every map', () => {
    const person = fc.record({ mounted: fc.boolean(), selected: fc.boolean() });
    fc.assert(
      fc.property(fc.array(person, { maxLength: 40 }), (people) => {
        const all = people.map((p, i) => ({ ...node(`p-${i}`, i * 10, 0), selected: p.selected }));
        const ids = new Set(all.filter((_, i) => people[i]!.mounted).map((n) => n.id));
        const held = nodesForFlow(all, ids, new WeakMap());
        expect(held.map((n) => n.id)).toEqual(all.filter((n) => ids.has(n.id) || n.selected).map((n) => n.id));
        for (const n of held) expect(n.className === FAR_CLASS).toBe(!ids.has(n.id));
      }),
    );
  });

  it('cardBounds spans every card, or is null for an empty map', () => {
    expect(cardBounds([])).toBeNull();
    expect(cardBounds(nodes)).toEqual({ x: 0, y: 0, width: 5000 + CARD_WIDTH, height: CARD_HEIGHT });
  });
});

describe('MountOrder', () => {
  const edge = (id: string) => ({ id, source: 'a', target: 'b' }) as LineEdge;

  it('keeps lines in the order they were first mounted, later ones after', () => {
    const order = new MountOrder();
    const [a, b, c] = [edge('a'), edge('b'), edge('c')];
    expect(order.order([b, a]).map((e) => e.id)).toEqual(['b', 'a']);
    expect(order.order([a, c, b]).map((e) => e.id)).toEqual(['b', 'a', 'c']);
  });

  it('gives back the very same array while the lines are the same objects, so React Flow skips its work', () => {
    const order = new MountOrder();
    const lines = [edge('a'), edge('b')];
    const first = order.order(lines);
    expect(order.order([...lines])).toBe(first);
    const changed = { ...lines[1]!, selected: true };
    const second = order.order([lines[0]!, changed]);
    expect(second).not.toBe(first);
    expect(second[1]).toBe(changed);
    expect(order.order([lines[0]!])).toEqual([lines[0]]);
  });

  it('for every run of line lists, orders each by first mounting, as sorting it afresh does', () => {
    // A step: which of ten lines are mounted, in which order, and which come as new objects.
    const step = fc.record({
      ids: fc.uniqueArray(fc.integer({ min: 0, max: 9 }), { maxLength: 10 }),
      anew: fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
      again: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 10 }), (steps) => {
        const order = new MountOrder();
        const objects = new Map<number, LineEdge>();
        const firstSeen: number[] = [];
        let given: LineEdge[] = [];
        for (const { ids, anew, again } of steps) {
          // `again`: the last lines given once more, some as new objects (a drop), said so
          // (arrayChanges.ts) when the list has an even length; else another list.
          const lines = again
            ? given.map((line) => (anew[Number(line.id)] ? { ...line } : line))
            : ids.map((id) => {
                if (anew[id] || !objects.has(id)) objects.set(id, edge(String(id)));
                return objects.get(id)!;
              });
          if (again && lines.length % 2 === 0)
            madeFrom(
              lines,
              given,
              lines.flatMap((line, i) => (line === given[i] ? [] : [i])),
            );
          for (const line of lines) if (!firstSeen.includes(Number(line.id))) firstSeen.push(Number(line.id));
          const rank = (line: LineEdge) => firstSeen.indexOf(Number(line.id));
          expect(order.order(lines)).toEqual([...lines].sort((a, b) => rank(a) - rank(b)));
          const ordered = order.order(lines);
          expect(ordered.every((line) => lines.includes(line))).toBe(true);
          given = lines;
        }
      }),
    );
  });
});
