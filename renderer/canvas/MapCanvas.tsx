/**
 * The map canvas: the document's people and lines drawn with React Flow, as a controlled
 * component. The document, selection and highlight come in as props; every user action
 * goes out through a callback, and nothing changes until the app passes a new document.
 * The local state is only about drawing: where dragged cards were picked up while a drag
 * lasts (`onMove` is called once when it ends: one undo step; where they are on each move
 * goes to the lifted lines alone, dragPositions.ts), which region gets full cards, and
 * whether the view is moving.
 *
 * Large maps stay fluid (PRODUCT.md section 6) by doing little per gesture: only the region
 * around the view is mounted, grown in bounded batches (region.ts, mounting.ts,
 * mountQueue.ts); zoomed out, cards are shapes (levelOfDetail.ts); lines are our own layer
 * (LineLayer); a dragged card moves by its element and React Flow hears of it once, at the
 * drop (draggedElements.ts); the viewport's and the selected cards' transforms go to the
 * compositor directly (heldTransform.ts, heldCards.ts). docs/CANVAS.md says what each of
 * these bought, measured, and what is left.
 *
 * A comparison's marks (`compareMarks`, marks.ts) are drawn by the cards and lines
 * themselves: a mark is part of a node's cached identity in toFlow, so marks re-create only
 * the marked nodes once, and panning a marked map re-renders no more than an unmarked one.
 */
import { ConnectionMode, ReactFlow, type NodeTypes } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useMemo, useRef, useState } from 'react';
import { useLatest } from '../hooks/useLatest';
import { useLang } from '../i18n/LangContext';
import { ariaLabels } from './ariaLabels';
import './canvas.css';
import { CanvasChrome } from './CanvasChrome';
import { GridDots } from './GridDots';
import { CanvasContexts } from './CanvasContexts';
import { ConnectingWatch } from './ConnectingWatch';
import { ConnectionLine } from './ConnectionLine';
import { LineLayer } from './LineLayer';
import { useDragState } from './dragPositions';
import { detailClass, type Detail } from './levelOfDetail';
import './levelOfDetail.css';
import type { MapCanvasProps } from './mapCanvasProps';
import { PersonCard } from './PersonCard';
import type { LineEdge, PersonNode } from './toFlow';
import { MAX_ZOOM, MIN_ZOOM, useCanvasReady } from './useCanvasReady';
import { useCardDrag } from './useCardDrag';
import { useDrawnArea } from './useDrawnArea';
import { isValidConnection, useConnecting } from './useConnecting';
import { useGesture } from './useGesture';
import { useMinimapShown } from './useMinimapShown';
import { useMountedRegion } from './useMountedRegion';
import { usePaneDoubleClick } from './usePaneDoubleClick';
import { useRenameKeys, useRenaming } from './useRenameKeys';
import { useFlow } from './useFlow';
import { useSelectionBatch } from './useSelectionBatch';
import { useViewRegion } from './useViewRegion';

export type { CanvasApi } from './canvasApi';
export type { MapCanvasProps } from './mapCanvasProps';

const NODE_TYPES: NodeTypes = { person: PersonCard };
/** React Flow gets no edges: the lines are the canvas's own layer (LineLayer says why). */
const NO_EDGES: LineEdge[] = [];

/**
 * React Flow's warnings, in every build (by default it only prints them in development),
 * so the end-to-end tests against the production build see them too.
 */
const reportFlowProblem = (code: string, message: string) => console.warn(`[React Flow ${code}] ${message}`);

/**
 * React Flow's settings that never change: our cards, no edges, lines join any two handles,
 * the line drawn from a handle with a fixed extent (ConnectionLine.tsx), no key deletes, zoom bounds.
 */
const FIXED_FLOW_PROPS = {
  nodeTypes: NODE_TYPES,
  edges: NO_EDGES,
  connectionLineComponent: ConnectionLine,
  isValidConnection,
  onError: reportFlowProblem,
  connectionMode: ConnectionMode.Loose,
  deleteKeyCode: null,
  zoomOnDoubleClick: false,
  elementsSelectable: true,
  minZoom: MIN_ZOOM,
  maxZoom: MAX_ZOOM,
  colorMode: 'system',
} as const;
/** What a reader may do: a read-only map (a version, a comparison) is looked at, not edited. */
const EDITABLE = { nodesDraggable: true, nodesConnectable: true, connectOnClick: true } as const;
const READ_ONLY = { nodesDraggable: false, nodesConnectable: false, connectOnClick: false } as const;

export function MapCanvas(props: MapCanvasProps) {
  const { selection, highlight, readOnly = false } = props;
  const { t } = useLang();
  // Callbacks read through a ref: React Flow's props stay the same objects when the app's closures change.
  const latest = useLatest(props);
  const flow = useFlow(props, t);
  const drag = useDragState();
  const { dragPositions, kept } = drag;
  const dragged = drag.draggedState[0];
  const { minimapShown, minimapRef, toggleMinimap } = useMinimapShown();
  const { renaming, renameContext } = useRenaming(latest);

  const wrapper = useRef<HTMLDivElement>(null);
  const { size, opening, detail, setDetail, region, instance, gesture, lastViewport, refreshRegion } = useViewRegion(
    wrapper,
    flow.nodes,
    minimapRef,
  );
  const drawnArea = useDrawnArea(region);
  const { mountedNow, queue, placed, allPlaced, nodes, mounted, positions, lineRank } = useMountedRegion(
    flow,
    dragged,
    { dragPositions, region, lastViewport, size, gesture },
  );
  const { batch, settleInRender, onPickLine, onPaneClick } = useSelectionBatch(latest);
  const { flowStore, onNodesChange } = useCardDrag(wrapper, latest, flow.edges, batch, drag);
  const connecting = useConnecting(latest);
  const { onNodeDoubleClick, onKeyDown } = useRenameKeys(latest, renaming);

  const onDoubleClick = usePaneDoubleClick(latest, instance);
  const onInit = useCanvasReady({ latest, instance, size, allPlaced, minimapRef, renaming, refreshRegion });

  const { moving, covered, gestureHandlers, onPointerDown, pointerOnCard } = useGesture({
    wrapper,
    latest,
    selectedPeople: selection.people,
    mountedNow,
    gesture,
    instance,
    setDetail,
    refreshRegion,
    queue,
    drag,
    flowStore,
    settleSelection: settleInRender,
  });

  const aria = useMemo(() => ariaLabels(t), [t]);
  const [drawing, setDrawing] = useState(false);
  const rootClass = canvasClass(highlight.length > 0, detail, covered, drawing);
  const rootHandlers = { onDoubleClick, onKeyDown, onPointerDown };

  return (
    <div className={rootClass} ref={wrapper} {...rootHandlers}>
      <CanvasContexts rename={renameContext} handlesShown={detail !== 'shapes'} area={drawnArea}>
        {opening && (
          <ReactFlow<PersonNode, LineEdge>
            nodes={nodes}
            onNodesChange={onNodesChange}
            onPaneClick={onPaneClick}
            {...connecting}
            onNodeDoubleClick={onNodeDoubleClick}
            onInit={onInit}
            {...gestureHandlers}
            {...(readOnly ? undefined : pointerOnCard)}
            {...FIXED_FLOW_PROPS}
            {...(readOnly ? READ_ONLY : EDITABLE)}
            defaultViewport={opening}
            ariaLabelConfig={aria}
            aria-label={t('canvas.label')}
          >
            <ConnectingWatch onChange={setDrawing} />
            <LineLayer
              lines={mounted}
              rankOf={lineRank}
              positions={positions}
              dragged={dragged}
              kept={kept}
              dragPositions={dragPositions}
              onPick={onPickLine}
              storeRef={flowStore}
              area={drawnArea}
              under={<GridDots area={drawnArea} />}
            />
            <CanvasChrome
              minimapShown={minimapShown}
              toggleMinimap={toggleMinimap}
              placed={placed}
              frozen={dragged !== null}
              held={moving}
            />
          </ReactFlow>
        )}
      </CanvasContexts>
    </div>
  );
}

/**
 * The root's classes: whether a highlight dims the rest, the level of detail, whether the
 * cover takes the pointer, and whether a line is being drawn (every card's handles painted).
 */
function canvasClass(highlighting: boolean, detail: Detail, covered: boolean, drawing: boolean): string {
  return (
    'pm-canvas' +
    (highlighting ? ' pm-canvas--highlighting' : '') +
    detailClass(detail) +
    (covered ? ' pm-canvas--moving' : '') +
    (drawing ? ' pm-canvas--connecting' : '')
  );
}
