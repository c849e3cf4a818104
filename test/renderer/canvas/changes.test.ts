/** React Flow's change lists turned into the app's terms: selection, drag positions, final moves, deletions. */
import type { EdgeChange, NodeChange } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import {
  mergePositions,
  nextSelection,
  sameSelection,
  summariseEdgeChanges,
  summariseNodeChanges,
  withPositions,
} from '../../../renderer/canvas/changes';
import type { LineEdge, PersonNode } from '../../../renderer/canvas/toFlow';

describe('summariseNodeChanges', () => {
  it('separates selection, positions while dragging, final positions and removals; ignores sizes', () => {
    const changes: NodeChange<PersonNode>[] = [
      { type: 'select', id: 'a', selected: true },
      { type: 'select', id: 'b', selected: false },
      { type: 'position', id: 'a', position: { x: 1, y: 2 }, dragging: true },
      { type: 'position', id: 'c', position: { x: 5, y: 6 }, dragging: false },
      { type: 'position', id: 'd' },
      { type: 'dimensions', id: 'a', dimensions: { width: 10, height: 10 } },
      { type: 'remove', id: 'e' },
    ];
    const summary = summariseNodeChanges(changes);
    expect([...summary.select]).toEqual([
      ['a', true],
      ['b', false],
    ]);
    expect([...summary.dragging]).toEqual([['a', { x: 1, y: 2 }]]);
    expect([...summary.moved]).toEqual([['c', { x: 5, y: 6 }]]);
    expect(summary.removed).toEqual(['e']);
  });

  it('summariseEdgeChanges keeps selection and removals', () => {
    const changes: EdgeChange<LineEdge>[] = [
      { type: 'select', id: 'r-1', selected: true },
      { type: 'remove', id: 'r-2' },
    ];
    const summary = summariseEdgeChanges(changes);
    expect([...summary.select]).toEqual([['r-1', true]]);
    expect(summary.removed).toEqual(['r-2']);
  });
});

describe('nextSelection', () => {
  const current = { people: ['a', 'b'], lines: ['r-1'] };

  it('keeps the order, drops the unselected and appends the newly selected', () => {
    const next = nextSelection(
      current,
      new Map([
        ['a', false],
        ['c', true],
        ['b', true],
      ]),
      new Map([['r-2', true]]),
    );
    expect(next).toEqual({ people: ['b', 'c'], lines: ['r-1', 'r-2'] });
  });

  it('a click on a person (select it, unselect the rest, unselect the lines) selects just that person', () => {
    const next = nextSelection(
      current,
      new Map([
        ['c', true],
        ['a', false],
        ['b', false],
      ]),
      new Map([['r-1', false]]),
    );
    expect(next).toEqual({ people: ['c'], lines: [] });
  });

  it('sameSelection compares in order', () => {
    expect(sameSelection(current, { people: ['a', 'b'], lines: ['r-1'] })).toBe(true);
    expect(sameSelection(current, { people: ['b', 'a'], lines: ['r-1'] })).toBe(false);
    expect(sameSelection(current, { people: ['a', 'b'], lines: [] })).toBe(false);
  });
});

describe('drag positions', () => {
  const nodes = ['a', 'b', 'c'].map(
    (id, i) => ({ id, type: 'person', position: { x: i, y: 0 }, data: {} }) as unknown as PersonNode,
  );

  it('withPositions moves only the dragged nodes and keeps the others as they are', () => {
    expect(withPositions(nodes, null)).toBe(nodes);
    const moved = withPositions(nodes, new Map([['b', { x: 50, y: 60 }]]));
    expect(moved[0]).toBe(nodes[0]);
    expect(moved[2]).toBe(nodes[2]);
    expect(moved[1]).toMatchObject({ id: 'b', position: { x: 50, y: 60 } });
    expect(nodes[1]!.position).toEqual({ x: 1, y: 0 });
  });

  it('mergePositions keeps what was held and takes the frame on top', () => {
    const held = new Map([
      ['a', { x: 1, y: 1 }],
      ['b', { x: 2, y: 2 }],
    ]);
    const merged = mergePositions(held, new Map([['b', { x: 3, y: 3 }]]));
    expect([...merged]).toEqual([
      ['a', { x: 1, y: 1 }],
      ['b', { x: 3, y: 3 }],
    ]);
    expect(mergePositions(null, new Map([['c', { x: 0, y: 0 }]])).size).toBe(1);
  });
});
