/**
 * A drag move that does not go through React Flow's store (issue 9, "the canvas under one
 * frame"): the dragged cards' elements are moved by their transform directly, and React
 * Flow is told where they are once, when they are dropped (the app's one edit).
 *
 * Why: with controlled nodes, each move handed React Flow a new nodes array, which it
 * adopted whole (adoptUserNodes over every node it holds) and then ran the selector of every
 * mounted node wrapper and handle against: about 3 to 4 ms of script a move on a
 * 1,000-person map, most of a drag frame's main thread (build/bench/canvas/profile.ts). The
 * card's own transform is all a move changes on screen besides its lines (LineLayer's lifted
 * layer follows the same positions); the transform is held as animated (heldTransform.ts),
 * so the compositor takes it without re-layering the page.
 *
 * React writes a node's transform only when the one it renders changes, so the value set
 * here stays until the drop. Then `settle` puts each element where React Flow's store says
 * the node is: where the app placed it (React then renders that same transform), or back
 * where it was if the app did not take the move. The selection box's rectangle (after a box
 * selection) moves with the cards the same way.
 */
import type { XYPosition } from '@xyflow/react';
import { cardElementsOf } from './cardElements';

/** Where React Flow holds a node now (its store's `nodeLookup`), or undefined if it holds no such node. */
export type HeldPosition = (id: string) => XYPosition | undefined;

interface Moved {
  readonly element: HTMLElement;
  /** Where the node was when the drag took it: the selection rectangle moves by the change. */
  readonly from: XYPosition;
}

const translate = (x: number, y: number) => `translate(${x}px,${y}px)`;

export class DraggedElements {
  private readonly moved = new Map<string, Moved>();
  /** The ids already looked for (a card with no element is not looked for on every move). */
  private readonly sought = new Set<string>();
  private selectionBox: { readonly element: HTMLElement; readonly transform: string } | null = null;

  /** `root` holds React Flow's node elements (`.react-flow__node[data-id]`). */
  constructor(private readonly root: () => HTMLElement | null) {}

  /** True from a drag's first move until `settle`. */
  get active(): boolean {
    return this.sought.size > 0;
  }

  /** Moves the dragged cards' elements to `positions` (flow units, their top-left corners). */
  move(positions: ReadonlyMap<string, XYPosition>, held: HeldPosition): void {
    if ([...positions.keys()].some((id) => !this.sought.has(id))) this.take(positions, held);
    let shift: XYPosition | null = null;
    for (const [id, position] of positions) {
      const moved = this.moved.get(id);
      if (!moved) continue;
      moved.element.style.transform = translate(position.x, position.y);
      shift ??= { x: position.x - moved.from.x, y: position.y - moved.from.y };
    }
    if (shift && this.selectionBox) {
      const { element, transform } = this.selectionBox;
      element.style.transform = `${transform} ${translate(shift.x, shift.y)}`;
    }
  }

  /** After the drop: every moved element where React Flow holds its node, and the drag forgotten. */
  settle(held: HeldPosition): void {
    for (const [id, { element, from }] of this.moved) {
      const at = held(id) ?? from;
      element.style.transform = translate(at.x, at.y);
    }
    if (this.selectionBox) this.selectionBox.element.style.transform = this.selectionBox.transform;
    this.moved.clear();
    this.sought.clear();
    this.selectionBox = null;
  }

  /** Finds the elements of the cards in `positions` not yet looked for (cardElements.ts). */
  private take(positions: ReadonlyMap<string, XYPosition>, held: HeldPosition): void {
    const root = this.root();
    if (!root) return;
    if (this.sought.size === 0) {
      const box = root.querySelector<HTMLElement>('.react-flow__nodesselection-rect');
      this.selectionBox = box ? { element: box, transform: box.style.transform } : null;
    }
    const missing = [...positions.keys()].filter((id) => !this.sought.has(id));
    for (const element of cardElementsOf(root, missing)) {
      const id = element.getAttribute('data-id');
      const from = id === null || this.moved.has(id) ? undefined : held(id);
      if (id !== null && from) this.moved.set(id, { element, from });
    }
    for (const id of missing) this.sought.add(id);
  }
}
