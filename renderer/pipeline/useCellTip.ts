import { useLayoutEffect, useRef, useState, type MouseEvent, type RefObject } from 'react';
import type { TipAnchor } from './CellTip';
import { rowElementId } from './drawnRows';
import type { RowWindow } from './virtualRows';

export interface CellTipState {
  /** The tip shown: of the cell pointed at, or of the current row while the keys move it. */
  readonly tip: TipAnchor | null;
  /** Shows the current row's tip (the keys moved it) once the row is drawn. */
  readonly showKeyboardTip: () => void;
  /** Whether the next scroll is the keys' own: it keeps the keys' tip, any other scroll hides it. */
  readonly keysScrolled: RefObject<boolean>;
  /** The layer the tip is drawn in: the pointer may move into it without hiding it. */
  readonly tipLayer: RefObject<HTMLDivElement | null>;
  readonly hideTip: () => void;
  readonly onPointAt: (event: MouseEvent<HTMLDivElement>) => void;
  readonly leftTipOrCell: (to: EventTarget | null) => void;
  /** After the body scrolled: a tip would stay where its cell was. */
  readonly followScroll: () => void;
}

interface CurrentRow {
  /** The table's own id (useId), which the rows' ids begin with. */
  readonly ids: string;
  /** The current row's index, or -1. */
  readonly active: number;
  readonly view: RowWindow;
}

/** The pipeline table's tip: of the cell under the pointer, or of the current row for the keys. */
export function useCellTip({ ids, active, view }: CurrentRow): CellTipState {
  const [tip, setTip] = useState<TipAnchor | null>(null);
  const [keyboardTip, setKeyboardTip] = useState(false);
  const keysScrolled = useRef(false);
  const tipLayer = useRef<HTMLDivElement>(null);

  const hideTip = () => {
    setKeyboardTip(false);
    setTip(null);
  };

  /** A cell with a tip under the pointer shows it; any other place hides it (the tip itself keeps it). */
  const onPointAt = (event: MouseEvent<HTMLDivElement>) => {
    const cell = event.target instanceof Element ? event.target.closest<HTMLElement>('.pl-has-tip') : null;
    const text = cell?.dataset['tip'];
    setKeyboardTip(false);
    setTip((shown) => (cell && text ? (shown?.cell === cell && shown.text === text ? shown : { cell, text }) : null));
  };
  const leftTipOrCell = (to: EventTarget | null) => {
    const into = to instanceof Node ? to : null;
    if (into && (tip?.cell.contains(into) || tipLayer.current?.contains(into))) return;
    setTip(null);
  };

  // The keys' own scroll places their tip again beside the current row; any other scroll
  // (the wheel, the scroll bar) hides it.
  const followScroll = () => {
    const byKeys = keyboardTip && keysScrolled.current;
    keysScrolled.current = false;
    if (!byKeys) setKeyboardTip(false);
    setTip((shown) => (shown && byKeys ? { ...shown } : null));
  };

  // The keys' "hover": the current row's status reasons (or its gaps), beside its cell, once drawn.
  useLayoutEffect(() => {
    if (!keyboardTip) return;
    const row = active >= 0 ? document.getElementById(rowElementId(ids, active)) : null;
    const cell =
      row?.querySelector<HTMLElement>('.pl-status-cell.pl-has-tip') ?? row?.querySelector<HTMLElement>('.pl-has-tip');
    const text = cell?.dataset['tip'];
    setTip(cell && text ? { cell, text } : null);
    // The drawn window changes which element the current row is.
  }, [keyboardTip, active, ids, view.first, view.end]);

  return {
    tip,
    showKeyboardTip: () => setKeyboardTip(true),
    keysScrolled,
    tipLayer,
    hideTip,
    onPointAt,
    leftTipOrCell,
    followScroll,
  };
}
