import { useCallback } from 'react';
import type { EditorStore } from '../../editor/store';
import type { GridChipProps } from '../grid/GridChip';
import { moveFrom, type GridLayout, type GridMove } from '../logic/grid';
import { choosePerson } from '../logic/selection';
import { useRovingFocus } from './useRovingFocus';

/** What every chip of the grid is handed: choosing it, moving from it with the keys, its focus. */
export type GridChipEvents = Pick<GridChipProps, 'onChoose' | 'onMove' | 'onFocus' | 'register'>;

/**
 * The grid's keyboard focus (roving: one chip is reached with Tab, the arrows move between
 * chips) and choosing a chip, which selects the person in the store shared with the map.
 */
export function useGridFocus(
  store: EditorStore,
  layout: GridLayout,
  selectedPeople: readonly string[],
): { tabbable: string | null; events: GridChipEvents } {
  const roving = useRovingFocus();
  // The chip last focused, else the first one selected, else the first one on the grid.
  const tabbable =
    (roving.current !== null && layout.byId.has(roving.current) ? roving.current : null) ??
    selectedPeople.find((id) => layout.byId.has(id)) ??
    layout.chips[0]?.id ??
    null;

  const { focus, register, setCurrent } = roving;
  const onChoose = useCallback(
    (id: string, additive: boolean) => {
      store.select(choosePerson(store.getState().selection, id, additive));
      setCurrent(id);
    },
    [store, setCurrent],
  );
  const onMove = useCallback(
    (id: string, move: GridMove) => {
      const target = moveFrom(layout, id, move);
      if (target !== null) focus(target);
    },
    [layout, focus],
  );
  return { tabbable, events: { onChoose, onMove, onFocus: setCurrent, register } };
}
