/**
 * The map canvas: the document's people and lines drawn with React Flow, as a controlled
 * component. The document, selection and highlight come in as props; every user action
 * goes out through a callback, and nothing changes until the app passes a new document.
 * The local state is only about drawing: where dragged cards are while a drag lasts
 * (`onMove` is called once when it ends: one undo step), which region gets full cards,
 * and whether the view is moving.
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
import {
  ConnectionMode,
  Controls,
  Panel,
  ReactFlow,
  type NodeChange,
  type NodeTypes,
  type ReactFlowInstance,
  type Viewport,
  type XYPosition,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useLang } from '../i18n/LangContext';
import { ariaLabels } from './ariaLabels';
import { createCanvasApi, MINIMAP_HEIGHT, MINIMAP_WIDTH, type CanvasApi } from './canvasApi';
import './canvas.css';
import { mergePositions, lineFlagsForPeople, summariseNodeChanges } from './changes';
import { DraggedElements, type HeldPosition } from './draggedElements';
import { GridDots } from './GridDots';
import { HandlesShown } from './CardHandles';
import { HeldCards } from './heldCards';
import { holdTransform } from './heldTransform';
import { Legend } from './Legend';
import { LineLayer, type FlowStore } from './LineLayer';
import { detailClass, nextDetail } from './levelOfDetail';
import './levelOfDetail.css';
import type { MapCanvasProps } from './mapCanvasProps';
import { Overview } from './Overview';
import { PersonCard } from './PersonCard';
import { RenameContext } from './renaming';
import { FlowCache, toFlow, type LineEdge, type PersonNode } from './toFlow';
import { isValidConnection, useConnecting } from './useConnecting';
import { useMinimapShown } from './useMinimapShown';
import { useMountedRegion } from './useMountedRegion';
import { usePaneDoubleClick } from './usePaneDoubleClick';
import { useRenameKeys, useRenaming } from './useRenameKeys';
import { useSelectionBatch } from './useSelectionBatch';
import { useViewRegion } from './useViewRegion';
import { wholeMapControls } from './wholeMap';

export type { CanvasApi } from './canvasApi';

export type { MapCanvasProps } from './mapCanvasProps';

const NODE_TYPES: NodeTypes = { person: PersonCard };
/** React Flow gets no edges: the lines are the canvas's own layer (LineLayer says why). */
const NO_EDGES: LineEdge[] = [];
const MIN_ZOOM = 0.1;
const MAX_ZOOM = 2;
const MINIMAP_COLOURS: Readonly<Record<string, string>> = {
  champion: 'var(--attitude-champion)',
  supporter: 'var(--attitude-supporter)',
  neutral: 'var(--attitude-neutral)',
  opponent: 'var(--attitude-opponent)',
  blocker: 'var(--attitude-blocker)',
  unknown: 'var(--attitude-unknown)',
};
/**
 * With more cards than this selected or dragged, their transforms are not held (heldCards.ts):
 * each held card is a compositing layer of its own.
 */
const HELD_DRAG_MAX = 24;
const minimapColour = (node: PersonNode) => MINIMAP_COLOURS[node.data.person.attitude] ?? 'var(--attitude-unknown)';

const reducedMotion = () =>
  typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * React Flow's warnings, in every build (by default it only prints them in development),
 * so the end-to-end tests against the production build see them too.
 */
const reportFlowProblem = (code: string, message: string) => console.warn(`[React Flow ${code}] ${message}`);

export function MapCanvas(props: MapCanvasProps) {
  const { doc, selection, highlight, compareMarks, peerMarks, readOnly = false } = props;
  const { t } = useLang();

  // The callbacks are read through a ref, so React Flow's props stay the same objects when
  // the app passes new closures on every render.
  const latest = useRef(props);
  latest.current = props;

  const cache = useMemo(() => new FlowCache(t), [t]);
  const flow = useMemo(
    () =>
      toFlow(
        doc,
        {
          selection,
          highlight,
          ...(compareMarks ? { marks: compareMarks } : {}),
          ...(peerMarks ? { peers: peerMarks } : {}),
        },
        cache,
      ),
    [doc, selection, highlight, compareMarks, peerMarks, cache],
  );
  const [dragged, setDragged] = useState<ReadonlyMap<string, XYPosition> | null>(null);
  const { minimapShown, minimapRef, toggleMinimap } = useMinimapShown();
  const { renaming, renameContext } = useRenaming(latest);

  const wrapper = useRef<HTMLDivElement>(null);
  const { size, opening, detail, setDetail, region, instance, gesture, lastViewport, refreshRegion } = useViewRegion(
    wrapper,
    flow.nodes,
    minimapRef,
  );

  const { mountedNow, queue, placed, allPlaced, nodes, mounted } = useMountedRegion(flow, dragged, {
    region,
    lastViewport,
    size,
    gesture,
  });
  const flowStore = useRef<FlowStore | null>(null);
  const heldPosition = useCallback<HeldPosition>(
    (id) => flowStore.current?.getState().nodeLookup.get(id)?.internals.positionAbsolute,
    [],
  );
  const draggedElements = useMemo(() => new DraggedElements(() => wrapper.current), []);
  const allLines = useRef(flow.edges);
  allLines.current = flow.edges;

  const { batch, onPickLine, onPaneClick } = useSelectionBatch(latest);

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
        setDragged((held) => mergePositions(held, summary.dragging));
      }
      if (summary.moved.size > 0) {
        setDragged(null);
        if (!latest.current.readOnly) latest.current.onMove(new Map(summary.moved));
      }
    },
    [batch, draggedElements, heldPosition],
  );

  // Once a drop is drawn (React Flow's store then holds the app's positions), the moved
  // elements take the transforms React Flow renders.
  useEffect(() => {
    if (dragged === null && draggedElements.active) draggedElements.settle(heldPosition);
  }, [dragged, draggedElements, heldPosition]);

  const { onConnect, onConnectEnd } = useConnecting(latest);
  const { onNodeDoubleClick, onKeyDown } = useRenameKeys(latest, renaming);

  const onDoubleClick = usePaneDoubleClick(latest, instance);

  const onInit = useCallback(
    (rf: ReactFlowInstance<PersonNode, LineEdge>) => {
      instance.current = rf;
      refreshRegion(rf.getViewport());
      const measure = () => size.current ?? { width: 0, height: 0 };
      const limits = { minZoom: MIN_ZOOM, maxZoom: MAX_ZOOM };
      const whole = wholeMapControls(rf, () => allPlaced.current, measure, limits);
      const api: CanvasApi = {
        ...createCanvasApi(whole, measure, reducedMotion, () => minimapRef.current),
        rename: (id) => renaming.start(id),
      };
      latest.current.onReady?.(api);
    },
    [refreshRegion, renaming],
  );

  // While the view moves or a card is dragged, a transparent cover takes the hit tests
  // (canvas.css). Only once something actually moves: a plain click must still reach the pane.
  const [moving, setMoving] = useState(false);
  const onMove = useCallback(
    (_event: unknown, viewport: Viewport) => {
      setDetail((now) => nextDetail(now, viewport.zoom));
      if (gesture.current) setMoving(true);
      refreshRegion(viewport);
      queue.viewMoved();
    },
    [refreshRegion, queue],
  );
  const startGesture = useCallback(() => {
    gesture.current = true;
  }, []);
  // The selected cards' transforms go to the compositor directly (heldCards.ts): held from
  // the frame that selects them, so a drag's start and drop change no compositing layer.
  const heldCards = useMemo(() => new HeldCards(holdTransform, HELD_DRAG_MAX), []);
  const cardElements = useCallback(() => wrapper.current?.querySelectorAll<HTMLElement>('.react-flow__node') ?? [], []);
  useLayoutEffect(() => {
    heldCards.sync(new Set(selection.people), cardElements);
  }, [heldCards, cardElements, selection.people, mountedNow]);
  useEffect(() => () => heldCards.clear(), [heldCards]);
  const startDrag = useCallback(
    (_event: unknown, _node: PersonNode, dragging: PersonNode[]) => {
      gesture.current = true;
      // The lines are lifted where the cards are now, in the frame the drag starts in (React
      // Flow moves nothing on the move that starts a drag): see onNodesChange.
      const start = new Map(dragging.map((node) => [node.id, node.position]));
      flushSync(() => {
        setMoving(true);
        setDragged((held) => held ?? start);
      });
      // A card dragged without being selected by the app (it keeps its own selection) is held too.
      const ids = new Set([...latest.current.selection.people, ...dragging.map((node) => node.id)]);
      heldCards.sync(ids, cardElements);
    },
    [heldCards, cardElements],
  );
  const endGesture = useCallback(() => {
    gesture.current = false;
    setMoving(false);
    heldCards.sync(new Set(latest.current.selection.people), cardElements);
    if (instance.current) refreshRegion(instance.current.getViewport());
    queue.settled();
  }, [refreshRegion, heldCards, cardElements, queue]);

  const aria = useMemo(() => ariaLabels(t), [t]);

  const className =
    'pm-canvas' +
    (highlight.length > 0 ? ' pm-canvas--highlighting' : '') +
    detailClass(detail) +
    (moving ? ' pm-canvas--moving' : '');

  return (
    <div className={className} ref={wrapper} onDoubleClick={onDoubleClick} onKeyDown={onKeyDown}>
      <RenameContext.Provider value={renameContext}>
        <HandlesShown.Provider value={detail !== 'shapes'}>
          {opening && (
            <ReactFlow<PersonNode, LineEdge>
              nodes={nodes}
              edges={NO_EDGES}
              nodeTypes={NODE_TYPES}
              onNodesChange={onNodesChange}
              onPaneClick={onPaneClick}
              onConnect={onConnect}
              onConnectEnd={onConnectEnd}
              onError={reportFlowProblem}
              onNodeDoubleClick={onNodeDoubleClick}
              isValidConnection={isValidConnection}
              onInit={onInit}
              onMove={onMove}
              onMoveStart={startGesture}
              onMoveEnd={endGesture}
              onNodeDragStart={startDrag}
              onNodeDragStop={endGesture}
              connectionMode={ConnectionMode.Loose}
              deleteKeyCode={null}
              zoomOnDoubleClick={false}
              nodesDraggable={!readOnly}
              nodesConnectable={!readOnly}
              connectOnClick={!readOnly}
              elementsSelectable
              defaultViewport={opening}
              minZoom={MIN_ZOOM}
              maxZoom={MAX_ZOOM}
              colorMode="system"
              ariaLabelConfig={aria}
              aria-label={t('canvas.label')}
            >
              <LineLayer
                lines={mounted}
                nodes={flow.nodes}
                dragged={dragged}
                onPick={onPickLine}
                storeRef={flowStore}
                area={region}
                under={<GridDots area={region} />}
              />
              <Controls showInteractive={false} />
              {minimapShown && (
                <Overview
                  nodes={placed}
                  frozen={dragged !== null}
                  held={moving}
                  width={MINIMAP_WIDTH}
                  height={MINIMAP_HEIGHT}
                  label={t('canvas.minimap')}
                  colour={minimapColour}
                />
              )}
              <Panel
                position="bottom-right"
                className={`pm-minimap-toggle${minimapShown ? ' pm-minimap-toggle--above' : ''}`}
              >
                <button
                  type="button"
                  aria-pressed={minimapShown}
                  title={t(minimapShown ? 'canvas.minimap.hide' : 'canvas.minimap.show')}
                  onClick={toggleMinimap}
                >
                  {t(minimapShown ? 'canvas.minimap.hide' : 'canvas.minimap.show')}
                </button>
              </Panel>
              <Panel position="top-right">
                <Legend />
              </Panel>
            </ReactFlow>
          )}
        </HandlesShown.Provider>
      </RenameContext.Provider>
    </div>
  );
}
