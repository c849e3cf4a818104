/**
 * A press on a card selects it at once, as a click does when the button comes up (React Flow
 * selects a card on a click, or on a drag's first move).
 *
 * Why: selecting a card draws the canvas and the app again (the inspector, the card's look).
 * Done on the drag's first move, that work fell in the frame the card starts to move in, on
 * top of the drag's own start: one or two dropped frames at the start of every drag of an
 * unselected card on a 1,000-person map (docs/CANVAS_LOG.md). Done at the press, it is drawn
 * before anything moves. A press with a modifier key is left to React Flow (adding to the
 * selection, or taking a card out of it, happens on the click), as is a press on a handle
 * (it draws a line) or on anything inside a card that is not for dragging (`nodrag`).
 */
import type { FlowStore } from './flowTypes';

/** A press (pointerdown), as far as it is read here. */
export interface CardPress {
  readonly button: number;
  readonly isPrimary: boolean;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly target: unknown;
}

/** The id of the card a plain press lands on, or null when the press is not one that selects it. */
export function pressedCard(press: CardPress): string | null {
  if (press.button !== 0 || !press.isPrimary) return null;
  if (press.shiftKey || press.ctrlKey || press.metaKey || press.altKey) return null;
  const target = press.target as Partial<Element> | null;
  if (typeof target?.closest !== 'function') return null;
  if (target.closest('.react-flow__handle, .nodrag')) return null;
  const card = target.closest<HTMLElement>('.react-flow__node');
  return card?.dataset['id'] ?? null;
}

/** Selects the pressed card (alone) through React Flow's store, as its click would; false if nothing changed. */
export function selectOnPress(press: CardPress, store: FlowStore | null): boolean {
  const id = pressedCard(press);
  if (id === null || !store) return false;
  const node = store.getState().nodeLookup.get(id);
  if (!node || node.selected || node.selectable === false) return false;
  endSelectionBox(store);
  store.getState().addSelectedNodes([id]);
  return true;
}

/**
 * Ends a selection box's selection (React Flow's box around the selected cards), as a click
 * on a card or a line does. Set only when it changes: every change of React Flow's store runs
 * every mounted card's selectors, so a click must not change it for nothing.
 */
export function endSelectionBox(store: FlowStore): void {
  if (store.getState().nodesSelectionActive) store.setState({ nodesSelectionActive: false });
}
