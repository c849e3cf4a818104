/** DraggedElements: a drag moves the cards' elements by their transform, and a drop puts them where React Flow holds them. */
import { describe, expect, it } from 'vitest';
import { DraggedElements, type HeldPosition } from '../../../renderer/canvas/draggedElements';

interface FakeElement {
  readonly dataset: Record<string, string>;
  readonly style: { transform: string };
  getAttribute(name: string): string | null;
}

const fakeElement = (id: string | undefined, transform: string): FakeElement => ({
  dataset: id === undefined ? {} : { id },
  style: { transform },
  getAttribute: (name) => (name === 'data-id' ? (id ?? null) : null),
});

/**
 * A root holding node elements (and maybe a selection rectangle), answering the selectors
 * cardElements.ts asks and counting the searches for cards (one look-up or one walk each).
 */
function fakeRoot(ids: readonly string[], selectionBox = false) {
  const nodes = ids.map((id) => fakeElement(id, 'translate(0px,0px)'));
  const box = fakeElement(undefined, 'translate(10px,20px)');
  let walks = 0;
  const root = {
    querySelectorAll: () => {
      walks += 1;
      return nodes;
    },
    querySelector: (selector: string) => {
      if (selector === '.react-flow__nodesselection-rect') return selectionBox ? box : null;
      walks += 1;
      const id = /\[data-id="(.*)"\]$/.exec(selector)?.[1];
      return nodes.find((node) => node.dataset['id'] === id) ?? null;
    },
  } as unknown as HTMLElement;
  return { root, nodes, box, walks: () => walks };
}

const storeWith =
  (positions: Record<string, { x: number; y: number }>): HeldPosition =>
  (id) =>
    positions[id];

describe('DraggedElements', () => {
  it('moves only the dragged cards, finding their elements once a drag', () => {
    const { root, nodes, walks } = fakeRoot(['a', 'b', 'c']);
    const dragged = new DraggedElements(() => root);
    const held = storeWith({ a: { x: 0, y: 0 }, b: { x: 5, y: 5 }, c: { x: 9, y: 9 } });
    dragged.move(new Map([['b', { x: 40, y: 50 }]]), held);
    dragged.move(new Map([['b', { x: 43, y: 52 }]]), held);
    expect(nodes.map((node) => node.style.transform)).toEqual([
      'translate(0px,0px)',
      'translate(43px,52px)',
      'translate(0px,0px)',
    ]);
    expect(walks()).toBe(1);
    expect(dragged.active).toBe(true);
  });

  it('on settling puts each moved card where the store holds it: the new place if the app took the move, else the old', () => {
    const { root, nodes } = fakeRoot(['a', 'b']);
    const dragged = new DraggedElements(() => root);
    const before = storeWith({ a: { x: 0, y: 0 }, b: { x: 5, y: 5 } });
    dragged.move(
      new Map([
        ['a', { x: 30, y: 30 }],
        ['b', { x: 35, y: 35 }],
      ]),
      before,
    );
    dragged.settle(storeWith({ a: { x: 30, y: 30 }, b: { x: 5, y: 5 } }));
    expect(nodes.map((node) => node.style.transform)).toEqual(['translate(30px,30px)', 'translate(5px,5px)']);
    expect(dragged.active).toBe(false);
  });

  it('moves a box selection’s rectangle with the cards and gives it back its own transform on settling', () => {
    const { root, box } = fakeRoot(['a', 'b'], true);
    const dragged = new DraggedElements(() => root);
    const held = storeWith({ a: { x: 100, y: 100 }, b: { x: 200, y: 100 } });
    dragged.move(
      new Map([
        ['a', { x: 110, y: 95 }],
        ['b', { x: 210, y: 95 }],
      ]),
      held,
    );
    expect(box.style.transform).toBe('translate(10px,20px) translate(10px,-5px)');
    dragged.settle(held);
    expect(box.style.transform).toBe('translate(10px,20px)');
  });

  it('looks for a card without an element once, and does nothing without a root', () => {
    const { root, walks } = fakeRoot(['a']);
    const dragged = new DraggedElements(() => root);
    const held = storeWith({ a: { x: 0, y: 0 } });
    for (let i = 0; i < 3; i++) dragged.move(new Map([['gone', { x: i, y: i }]]), held);
    expect(walks()).toBe(1);
    const detached = new DraggedElements(() => null);
    expect(() => detached.move(new Map([['a', { x: 1, y: 1 }]]), held)).not.toThrow();
  });
});
