/** React Flow's change lists turned into the app's terms: selection, drag positions, final moves, deletions. */
import type { NodeChange } from '@xyflow/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  draggedIds,
  lineFlagsForPeople,
  linePickFlags,
  mergePositions,
  nextSelection,
  sameSelection,
  summariseNodeChanges,
  withPositions,
} from '../../../renderer/canvas/changes';
import type { PersonNode } from '../../../renderer/canvas/toFlow';

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

  it('draggedIds keeps its set while the same cards move, and is null when none do', () => {
    expect(draggedIds(null, null)).toBeNull();
    expect(draggedIds(new Set(['a']), new Map())).toBeNull();
    const first = draggedIds(null, new Map([['a', { x: 1, y: 1 }]]));
    expect(first && [...first]).toEqual(['a']);
    expect(draggedIds(first, new Map([['a', { x: 9, y: 9 }]]))).toBe(first);
    const more = draggedIds(
      first,
      new Map([
        ['a', { x: 9, y: 9 }],
        ['b', { x: 0, y: 0 }],
      ]),
    );
    expect(more).not.toBe(first);
    expect(more && [...more].sort()).toEqual(['a', 'b']);
    // Same size, other cards: a new set.
    const other = draggedIds(first, new Map([['c', { x: 0, y: 0 }]]));
    expect(other && [...other]).toEqual(['c']);
    // After the drop the same cards' lines stay lifted (keptLift.ts): the same set again, and
    // again at the next drag of the same cards.
    expect(draggedIds(first, new Set(['a']))).toBe(first);
    expect(draggedIds(first, new Set())).toBeNull();
  });

  it('draggedIds always holds exactly the moved cards, and keeps its object exactly when they are the same', () => {
    const ids = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { maxLength: 5 });
    fc.assert(
      fc.property(ids, ids, (before, now) => {
        const previous = draggedIds(null, new Map(before.map((id) => [id, { x: 0, y: 0 }])));
        const next = draggedIds(previous, new Map(now.map((id) => [id, { x: 1, y: 1 }])));
        expect(next === null ? [] : [...next].sort()).toEqual([...now].sort());
        const same = before.length > 0 && [...before].sort().join() === [...now].sort().join();
        expect(next === previous).toBe(same || (before.length === 0 && now.length === 0));
      }),
    );
  });
});

describe('picking a line (the canvas draws lines itself, as React Flow selected its edges)', () => {
  const current = { people: ['a', 'b'], lines: ['r-1'] };

  it('a plain click or Enter selects only that line and lets go of every person', () => {
    expect(nextSelection(current, ...flagsOf(linePickFlags(current, 'r-2', 'only')))).toEqual({
      people: [],
      lines: ['r-2'],
    });
    // Picking the line already selected keeps it.
    expect(nextSelection(current, ...flagsOf(linePickFlags(current, 'r-1', 'only')))).toEqual({
      people: [],
      lines: ['r-1'],
    });
  });

  it('with the multi-selection key a line is added, and Escape or a second click lets only it go', () => {
    expect(nextSelection(current, ...flagsOf(linePickFlags(current, 'r-2', 'add')))).toEqual({
      people: ['a', 'b'],
      lines: ['r-1', 'r-2'],
    });
    expect(nextSelection(current, ...flagsOf(linePickFlags(current, 'r-1', 'remove')))).toEqual({
      people: ['a', 'b'],
      lines: [],
    });
  });
});

describe('lineFlagsForPeople', () => {
  const current = { people: ['a'], lines: ['r-1'] };
  const lines = [
    { id: 'r-1', source: 'a', target: 'b' },
    { id: 'r-2', source: 'c', target: 'd' },
    { id: 'r-3', source: 'e', target: 'c' },
  ];

  it('selecting a person without the multi-selection key lets go of the lines; letting one go does not', () => {
    expect([...lineFlagsForPeople(current, new Map([['c', true]]), 'single', lines)]).toEqual([['r-1', false]]);
    expect([...lineFlagsForPeople(current, new Map([['a', false]]), 'single', lines)]).toEqual([]);
  });

  it('with the multi-selection key the lines stay', () => {
    expect(lineFlagsForPeople(current, new Map([['c', true]]), 'multi', lines).size).toBe(0);
  });

  it('a selection box selects exactly the lines touching the people it holds', () => {
    const flags = lineFlagsForPeople(
      current,
      new Map([
        ['a', false],
        ['c', true],
      ]),
      'box',
      lines,
    );
    expect(nextSelection(current, new Map(), flags).lines).toEqual(['r-2', 'r-3']);
  });
});

function flagsOf(flags: ReturnType<typeof linePickFlags>) {
  return [flags.people, flags.lines] as const;
}
