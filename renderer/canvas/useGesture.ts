/**
 * A pan, zoom or drag from start to end: what keeps the pointer from hit-testing the map while
 * something moves (the pane's pointer capture in a pan, usePaneCapture.ts; otherwise the
 * cover, canvas.css), the zoom's level of detail, the region and mount queue told of the
 * view, and the transforms of the selected and dragged cards, and of the card the pointer
 * rests on, held for the compositor (useHeldCards.ts).
 */
import type { ReactFlowInstance, Viewport } from '@xyflow/react';
import { useCallback, useMemo, useState, type Dispatch, type RefObject, type SetStateAction } from 'react';
import { flushSync } from 'react-dom';
import type { DragState } from './dragPositions';
import type { FlowStore } from './flowTypes';
import { nextDetail, type Detail } from './levelOfDetail';
import type { MapCanvasProps } from './mapCanvasProps';
import type { Mounted } from './mounting';
import type { MountQueue } from './mountQueue';
import type { LineEdge, PersonNode } from './toFlow';
import { useCardPointer } from './useCardPointer';
import { heldIds, useHeldCards } from './useHeldCards';
import { usePaneCapture } from './usePaneCapture';

interface GestureParts {
  readonly wrapper: RefObject<HTMLDivElement | null>;
  readonly latest: RefObject<MapCanvasProps>;
  readonly selectedPeople: readonly string[];
  readonly mountedNow: Mounted;
  readonly gesture: RefObject<boolean>;
  readonly instance: RefObject<ReactFlowInstance<PersonNode, LineEdge> | null>;
  readonly setDetail: Dispatch<SetStateAction<Detail>>;
  readonly refreshRegion: (viewport: Viewport) => void;
  readonly queue: MountQueue;
  /**
   * The drag's state (dragPositions.ts): where the dragged cards were picked up and are now,
   * and the lines kept lifted after a drop (keptLift.ts: a gesture keeps them, a drag lets them go).
   */
  readonly drag: DragState;
  /** React Flow's store (useCardDrag.ts): a plain press on a card selects it through it (pressSelect.ts). */
  readonly flowStore: RefObject<FlowStore | null>;
  /** Tells the app of the selection React Flow just made, inside the caller's render (useSelectionBatch.ts). */
  readonly settleSelection: () => void;
}

export function useGesture(parts: GestureParts) {
  const {
    wrapper,
    latest,
    selectedPeople,
    mountedNow,
    gesture,
    instance,
    setDetail,
    refreshRegion,
    queue,
    drag,
    flowStore,
    settleSelection,
  } = parts;
  const { dragPositions, keptLift, kept } = drag;
  const setDragged = drag.draggedState[1];
  // True while a pan holds the pointer captured on the pane (usePaneCapture.ts): no cover then.
  const { captured: panCaptured, onPointerDown: capturePane } = usePaneCapture();
  const { onPointerDown, pointerOnCard } = useCardPointer(latest, flowStore, keptLift, capturePane);
  // While the view moves or a card is dragged, a transparent cover takes the hit tests
  // (canvas.css), unless the pointer is captured on the pane (a pan: usePaneCapture.ts says
  // why that is cheaper). Only once something actually moves: a plain click must still reach the pane.
  const [moving, setMoving] = useState(false);
  const [covered, setCovered] = useState(false);
  const onMove = useCallback(
    (_event: unknown, viewport: Viewport) => {
      setDetail((now) => nextDetail(now, viewport.zoom));
      if (gesture.current) {
        setMoving(true);
        setCovered(!panCaptured.current);
      }
      refreshRegion(viewport);
      queue.viewMoved();
    },
    [refreshRegion, queue],
  );
  const startGesture = useCallback(() => {
    gesture.current = true;
    keptLift.gestureStarted(instance.current?.getViewport().zoom ?? null);
  }, [keptLift]);
  // The selected cards' transforms go to the compositor directly (useHeldCards.ts).
  const { heldCards, cardElements } = useHeldCards(wrapper, gesture, selectedPeople, kept, mountedNow);
  const startDrag = useCallback(
    (_event: unknown, _node: PersonNode, dragging: PersonNode[]) => {
      gesture.current = true;
      keptLift.gestureStarted(null);
      // The lines are lifted where the cards are now, in the frame the drag starts in (React
      // Flow moves nothing on the move that starts a drag): see onNodesChange (useCardDrag.ts).
      // The selection React Flow made just before (a card dragged unselected) is drawn in the
      // same render: one render and commit of the canvas at the drag's start, not two.
      const start = new Map(dragging.map((node) => [node.id, node.position]));
      if (dragPositions.get() === null) dragPositions.set(start);
      flushSync(() => {
        setMoving(true);
        setCovered(true);
        setDragged((held) => held ?? start);
        keptLift.release();
        settleSelection();
      });
      // A card dragged without being selected by the app (it keeps its own selection) is held too.
      const ids = new Set([...latest.current.selection.people, ...dragging.map((node) => node.id)]);
      heldCards.sync(ids, cardElements);
    },
    [heldCards, cardElements, settleSelection, dragPositions, keptLift],
  );
  const endGesture = useCallback(() => {
    gesture.current = false;
    setMoving(false);
    setCovered(false);
    heldCards.sync(heldIds(latest.current.selection.people, keptLift.kept), cardElements);
    const viewport = instance.current?.getViewport();
    if (viewport) refreshRegion(viewport);
    queue.settled();
    keptLift.gestureEnded(viewport?.zoom ?? null);
  }, [refreshRegion, heldCards, cardElements, queue, keptLift]);

  // React Flow's handlers of a pan or zoom (a move of the view) and of a card's drag.
  const gestureHandlers = useMemo(
    () => ({
      onMove,
      onMoveStart: startGesture,
      onMoveEnd: endGesture,
      onNodeDragStart: startDrag,
      onNodeDragStop: endGesture,
    }),
    [onMove, startGesture, endGesture, startDrag],
  );
  return { moving, covered, gestureHandlers, onPointerDown, pointerOnCard };
}
