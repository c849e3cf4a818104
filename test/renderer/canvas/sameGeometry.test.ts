/** SameGeometry: the map's places and line ends kept as the same arrays while only the selection (or the like) changes. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LineEdge, PersonNode } from '../../../renderer/canvas/flowTypes';
import { SameGeometry, sameEnds, samePlaces } from '../../../renderer/canvas/sameGeometry';

const node = (id: string, x: number, y: number, selected = false): PersonNode =>
  ({ id, type: 'person', position: { x, y }, selected, data: {} }) as unknown as PersonNode;
const edge = (id: string, source: string, target: string, selected = false): LineEdge => ({
  id,
  source,
  target,
  selected,
});

const people = fc.uniqueArray(fc.record({ id: fc.string({ maxLength: 3 }), x: fc.integer(), y: fc.integer() }), {
  selector: (person) => person.id,
  maxLength: 8,
});

describe('SameGeometry', () => {
  it('gives back the last arrays when only the selection changed, new ones when a card moved or a line changed ends', () => {
    const geometry = new SameGeometry();
    const first = geometry.of({ nodes: [node('a', 0, 0), node('b', 10, 0)], edges: [edge('l', 'a', 'b')] });
    const selected = geometry.of({
      nodes: [node('a', 0, 0, true), node('b', 10, 0)],
      edges: [edge('l', 'a', 'b', true)],
    });
    expect(selected).toBe(first);
    const moved = geometry.of({ nodes: [node('a', 5, 0), node('b', 10, 0)], edges: [edge('l', 'a', 'b')] });
    expect(moved.nodes).not.toBe(first.nodes);
    expect(moved.nodes[0]!.position).toEqual({ x: 5, y: 0 });
    expect(moved.edges).toBe(first.edges);
    const turned = geometry.of({ nodes: [node('a', 5, 0), node('b', 10, 0)], edges: [edge('l', 'b', 'a')] });
    expect(turned.nodes).toBe(moved.nodes);
    expect(turned.edges[0]!.source).toBe('b');
  });

  it('for every two maps, keeps the last nodes exactly when the same people are at the same places, in order', () => {
    fc.assert(
      fc.property(people, people, fc.array(fc.boolean()), (before, after, selected) => {
        const a = before.map((p, i) => node(p.id, p.x, p.y, selected[i] ?? false));
        const b = after.map((p, i) => node(p.id, p.x, p.y, !(selected[i] ?? false)));
        const same =
          before.length === after.length && before.every((p, i) => JSON.stringify(p) === JSON.stringify(after[i]));
        expect(samePlaces(a, b)).toBe(same);
        const geometry = new SameGeometry();
        const first = geometry.of({ nodes: a, edges: [] });
        expect(geometry.of({ nodes: b, edges: [] }).nodes).toBe(same ? first.nodes : b);
      }),
    );
  });

  it('compares lines by id and ends, not by selection', () => {
    expect(sameEnds([edge('l', 'a', 'b')], [edge('l', 'a', 'b', true)])).toBe(true);
    expect(sameEnds([edge('l', 'a', 'b')], [edge('m', 'a', 'b')])).toBe(false);
    expect(sameEnds([edge('l', 'a', 'b')], [edge('l', 'a', 'c')])).toBe(false);
    expect(sameEnds([edge('l', 'a', 'b')], [])).toBe(false);
  });
});
