/** The outermost resting cards, which keep their handles painted at rest so the map's layer keeps its bounds. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markOutermost, OUTERMOST_CLASS, outermostCards } from '../../../renderer/canvas/outermost';
import { FAR_CLASS } from '../../../renderer/canvas/region';
import type { PersonNode } from '../../../renderer/canvas/toFlow';

const node = (id: string, x: number, y: number, extra: Partial<PersonNode> = {}) =>
  ({ id, type: 'person', position: { x, y }, data: { person: { id } }, ...extra }) as unknown as PersonNode;

/** Cards on a small grid (so several share an extreme), some selected, some far. */
const cards = fc
  .array(
    fc.record({
      x: fc.integer({ min: -3, max: 3 }),
      y: fc.integer({ min: -3, max: 3 }),
      selected: fc.boolean(),
      far: fc.boolean(),
    }),
    { maxLength: 30 },
  )
  .map((specs) =>
    specs.map(({ x, y, selected, far }, i) =>
      node(`p${i}`, x * 220, y * 140, {
        ...(selected ? { selected: true } : {}),
        ...(far ? { selected: true, className: FAR_CLASS } : {}),
      }),
    ),
  );

const resting = (nodes: readonly PersonNode[]) => nodes.filter((n) => !n.selected && n.className !== FAR_CLASS);

describe('outermostCards', () => {
  it('is, for each side, the first resting card at that extreme', () => {
    fc.assert(
      fc.property(cards, (nodes) => {
        const rest = resting(nodes);
        const expected = new Set<string>();
        const sides = [
          (n: PersonNode) => -n.position.x,
          (n: PersonNode) => -n.position.y,
          (n: PersonNode) => n.position.x,
          (n: PersonNode) => n.position.y,
        ];
        for (const reach of sides) {
          const extreme = Math.max(...rest.map(reach));
          const first = rest.find((n) => reach(n) === extreme);
          if (first) expected.add(first.id);
        }
        expect(outermostCards(nodes)).toEqual(expected);
      }),
    );
  });

  it('never names a selected or far card, and at most four', () => {
    fc.assert(
      fc.property(cards, (nodes) => {
        const named = outermostCards(nodes);
        expect(named.size).toBeLessThanOrEqual(4);
        for (const id of named) {
          const card = nodes.find((n) => n.id === id)!;
          expect(card.selected).not.toBe(true);
        }
      }),
    );
  });

  it('names the corner card once when it holds two extremes', () => {
    const nodes = [node('a', 0, 0), node('b', 220, 0), node('c', 0, 140), node('d', 220, 140)];
    // a: left and top (first at both); b: right (first at x 220); c: bottom (first at y 140).
    expect([...outermostCards(nodes)].sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('markOutermost', () => {
  it('marks the outermost cards alone, in place, and keeps every other node as it was', () => {
    fc.assert(
      fc.property(cards, (nodes) => {
        const marked = markOutermost(nodes, new WeakMap());
        const outermost = outermostCards(nodes);
        expect(marked.map((n) => n.id)).toEqual(nodes.map((n) => n.id));
        marked.forEach((n, i) => {
          if (outermost.has(n.id)) expect(n).toEqual({ ...nodes[i], className: OUTERMOST_CLASS });
          else expect(n).toBe(nodes[i]);
        });
      }),
    );
  });

  it('gives an outermost card the same node while it stays outermost, a new one after it was not', () => {
    const cache = new WeakMap<PersonNode, PersonNode>();
    const a = node('a', 0, 0);
    const b = node('b', 220, 0);
    const first = markOutermost([a, b], cache);
    const again = markOutermost([a, b], cache);
    expect(again[0]).toBe(first[0]);
    expect(again[1]).toBe(first[1]);
    // A card further left: `a` is no longer outermost on the left, but still on the top.
    const c = node('c', -220, 140);
    const third = markOutermost([a, b, c], cache);
    expect(third[0]).toBe(first[0]);
    expect(third[2]!.className).toBe(OUTERMOST_CLASS);
  });

  it('returns the nodes themselves when none rests', () => {
    const nodes = [node('a', 0, 0, { selected: true })];
    expect(markOutermost(nodes, new WeakMap())).toBe(nodes);
  });
});
