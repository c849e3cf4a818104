/**
 * React Flow's node changes, read: selections go to the batch (useSelectionBatch.ts),
 * removals to the app, and a drag moves the cards by their elements (draggedElements.ts)
 * until the drop, when the app is told once (one undo step).
 */
import type { NodeChange } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, type RefObject } from 'react';
import { lineFlagsForPeople, mergePositions, summariseNodeChanges } from './changes';
import { DraggedElements, type HeldPosition } from './draggedElements';
import type { DragState } from './dragPositions';
import type { FlowStore } from './flowTypes';
import type { MapCanvasProps } from './mapCanvasProps';
import type { LineEdge, PersonNode } from './toFlow';
import type { Pending } from './useSelectionBatch';

export function useCardDrag(
  wrapper: RefObject<HTMLDivElement | null>,
  latest: RefObject<MapCanvasProps>,
  edges: LineEdge[],
  batch: () => Pending,
  { draggedState: [dragged, setDragged], dragPositions, keptLift }: DragState,
) {
  const flowStore = useRef<FlowStore | null>(null);
  const heldPosition = useCallback<HeldPosition>(
    (id) => flowStore.current?.getState().nodeLookup.get(id)?.internals.positionAbsolute,
    [],
  );
  const draggedElements = useMemo(() => new DraggedElements(() => wrapper.current), []);
  const allLines = useRef(edges);
  allLines.current = edges;

  const onNodesChange = useCallback(
    (changes: NodeChange<PersonNode>[]) => {
      const summary = summariseNodeChanges(changes);
      if (summary.select.size > 0) {
        for (const [id, on] of summary.select) batch().people.set(id, on);
        const state = flowStore.current?.getState();
        const how = state?.userSelectionActive ? 'box' : state?.multiSelectionActive ? 'multi' : 'single';
        const lines = lineFlagsForPeople(latest.current.selection, summary.select, how, allLines.current);
        for (const [id, on] of lines) batch().lines.set(id, on);
      }
      if (summary.removed.length > 0) batch().removedPeople.push(...summary.removed);
      if (summary.dragging.size > 0) {
        // The cards move by their elements, not through React Flow's store (draggedElements.ts).
        draggedElements.move(summary.dragging, heldPosition);
        // Each move goes to the lifted lines alone (dragPositions.ts); the canvas renders
        // once, for a drag that did not start by a card (a selection's box: no startDrag).
        const before = dragPositions.get();
        dragPositions.set(mergePositions(before, summary.dragging));
        if (before === null) setDragged((held) => held ?? summary.dragging);
      }
      if (summary.moved.size > 0) {
        // A drop: the lines lifted for the drag stay lifted, where the cards now are, until
        // the user pauses (keptLift.ts); a move by the keyboard lifted none.
        const lifted = dragPositions.get();
        dragPositions.set(null);
        setDragged(null);
        if (lifted) keptLift.keep(new Set(lifted.keys()));
        if (!latest.current.readOnly) latest.current.onMove(new Map(summary.moved));
      }
    },
    [batch, draggedElements, heldPosition, dragPositions, keptLift],
  );

  // Once a drop is drawn (React Flow's store then holds the app's positions), the moved
  // elements take the transforms React Flow renders.
  useEffect(() => {
    if (dragged === null && draggedElements.active) draggedElements.settle(heldPosition);
  }, [dragged, draggedElements, heldPosition]);

  return { flowStore, onNodesChange };
}
