/** A plain press on a card selects it at once; any other press is left to React Flow (pressSelect.ts). */
import { describe, expect, it } from 'vitest';
import type { FlowStore } from '../../../renderer/canvas/flowTypes';
import { endSelectionBox, pressedCard, selectOnPress, type CardPress } from '../../../renderer/canvas/pressSelect';

/** An element inside a card (`in` the card's id), or inside one of the card's parts given by class. */
function target(card: string | null, inside: string[] = []) {
  return {
    closest: (selector: string) => {
      if (selector === '.react-flow__node') return card === null ? null : { dataset: { id: card } };
      return selector.split(',').some((part) => inside.includes(part.trim().slice(1))) ? {} : null;
    },
  };
}

const press = (over: Partial<CardPress> = {}): CardPress => ({
  button: 0,
  isPrimary: true,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target: target('s-1'),
  ...over,
});

/** React Flow's store as far as the press reads and changes it: which cards are selected. */
function store(selected: string[] = [], unselectable: string[] = [], boxSelected = true) {
  const state = {
    selected: new Set(selected),
    nodesSelectionActive: boxSelected,
    /** How many times the store was changed by setState (each change runs every mounted card's selectors). */
    changes: 0,
    nodeLookup: new Map(
      ['s-1', 's-2'].map((id) => [
        id,
        {
          get selected() {
            return state.selected.has(id);
          },
          selectable: !unselectable.includes(id),
        },
      ]),
    ),
    addSelectedNodes: (ids: string[]) => (state.selected = new Set(ids)),
  };
  const flow = {
    getState: () => state,
    setState: (part: { nodesSelectionActive: boolean }) => {
      state.changes++;
      Object.assign(state, part);
    },
  } as unknown as FlowStore;
  return { state, flow };
}

describe('pressedCard', () => {
  it('is the card a plain press of the main button lands on', () => {
    expect(pressedCard(press())).toBe('s-1');
  });

  it('is none for another button, a second pointer, a modifier key, a handle, a part not for dragging, or the pane', () => {
    expect(pressedCard(press({ button: 2 }))).toBeNull();
    expect(pressedCard(press({ isPrimary: false }))).toBeNull();
    for (const key of ['shiftKey', 'ctrlKey', 'metaKey', 'altKey'] as const)
      expect(pressedCard(press({ [key]: true }))).toBeNull();
    expect(pressedCard(press({ target: target('s-1', ['react-flow__handle']) }))).toBeNull();
    expect(pressedCard(press({ target: target('s-1', ['nodrag']) }))).toBeNull();
    expect(pressedCard(press({ target: target(null) }))).toBeNull();
    expect(pressedCard(press({ target: null }))).toBeNull();
  });
});

describe('endSelectionBox', () => {
  it('ends a selection box’s selection, and changes the store only when one is shown (a line’s click ends it too)', () => {
    const boxed = store();
    endSelectionBox(boxed.flow);
    expect(boxed.state.nodesSelectionActive).toBe(false);
    expect(boxed.state.changes).toBe(1);
    endSelectionBox(boxed.flow);
    expect(boxed.state.changes).toBe(1);
  });
});

describe('selectOnPress', () => {
  it('selects the pressed card alone, as React Flow’s click would, and ends a selection box’s selection', () => {
    const { state, flow } = store(['s-2']);
    expect(selectOnPress(press(), flow)).toBe(true);
    expect([...state.selected]).toEqual(['s-1']);
    expect(state.nodesSelectionActive).toBe(false);
  });

  it('leaves the selection box’s flag alone when it is already off: a change of the store runs every card’s selectors', () => {
    const { state, flow } = store([], [], false);
    expect(selectOnPress(press(), flow)).toBe(true);
    expect([...state.selected]).toEqual(['s-1']);
    expect(state.nodesSelectionActive).toBe(false);
    expect(state.changes).toBe(0);
    const boxed = store(['s-2']);
    selectOnPress(press(), boxed.flow);
    expect(boxed.state.changes).toBe(1);
  });

  it('changes nothing for a card already selected (a drag then moves every selected card), nor for one that cannot be selected', () => {
    const both = store(['s-1', 's-2']);
    expect(selectOnPress(press(), both.flow)).toBe(false);
    expect([...both.state.selected]).toEqual(['s-1', 's-2']);
    const fixed = store([], ['s-1']);
    expect(selectOnPress(press(), fixed.flow)).toBe(false);
    expect(fixed.state.selected.size).toBe(0);
    expect(selectOnPress(press({ ctrlKey: true }), store().flow)).toBe(false);
    expect(selectOnPress(press(), null)).toBe(false);
  });
});
