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
import { ConnectionMode, Controls, Panel, ReactFlow, type NodeTypes, type XYPosition } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useMemo, useRef, useState } from 'react';
import { useLang } from '../i18n/LangContext';
import { ariaLabels } from './ariaLabels';
import { MINIMAP_HEIGHT, MINIMAP_WIDTH } from './canvasApi';
import './canvas.css';
import { GridDots } from './GridDots';
import { HandlesShown } from './CardHandles';
import { Legend } from './Legend';
import { MinimapToggle } from './MinimapToggle';
import { LineLayer } from './LineLayer';
import { detailClass } from './levelOfDetail';
import './levelOfDetail.css';
import type { MapCanvasProps } from './mapCanvasProps';
import { Overview } from './Overview';
import { PersonCard } from './PersonCard';
import { RenameContext } from './renaming';
import { FlowCache, toFlow, type LineEdge, type PersonNode } from './toFlow';
import { MAX_ZOOM, MIN_ZOOM, useCanvasReady } from './useCanvasReady';
import { useCardDrag } from './useCardDrag';
import { isValidConnection, useConnecting } from './useConnecting';
import { useGesture } from './useGesture';
import { useMinimapShown } from './useMinimapShown';
import { useMountedRegion } from './useMountedRegion';
import { usePaneCapture } from './usePaneCapture';
import { usePaneDoubleClick } from './usePaneDoubleClick';
import { useRenameKeys, useRenaming } from './useRenameKeys';
import { useSelectionBatch } from './useSelectionBatch';
import { useViewRegion } from './useViewRegion';

export type { CanvasApi } from './canvasApi';
export type { MapCanvasProps } from './mapCanvasProps';

const NODE_TYPES: NodeTypes = { person: PersonCard };
/** React Flow gets no edges: the lines are the canvas's own layer (LineLayer says why). */
const NO_EDGES: LineEdge[] = [];
const MINIMAP_COLOURS: Readonly<Record<string, string>> = {
  champion: 'var(--attitude-champion)',
  supporter: 'var(--attitude-supporter)',
  neutral: 'var(--attitude-neutral)',
  opponent: 'var(--attitude-opponent)',
  blocker: 'var(--attitude-blocker)',
  unknown: 'var(--attitude-unknown)',
};
const minimapColour = (node: PersonNode) => MINIMAP_COLOURS[node.data.person.attitude] ?? 'var(--attitude-unknown)';

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
  const draggedState = useState<ReadonlyMap<string, XYPosition> | null>(null);
  const [dragged, setDragged] = draggedState;
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
  const { batch, onPickLine, onPaneClick } = useSelectionBatch(latest);
  const { flowStore, onNodesChange } = useCardDrag(wrapper, latest, flow.edges, batch, draggedState);
  const { onConnect, onConnectEnd } = useConnecting(latest);
  const { onNodeDoubleClick, onKeyDown } = useRenameKeys(latest, renaming);

  const onDoubleClick = usePaneDoubleClick(latest, instance);
  const onInit = useCanvasReady({ latest, instance, size, allPlaced, minimapRef, renaming, refreshRegion });

  const { captured: panCaptured, onPointerDown } = usePaneCapture();
  const { moving, covered, onMove, startGesture, startDrag, endGesture } = useGesture({
    wrapper,
    latest,
    selectedPeople: selection.people,
    mountedNow,
    gesture,
    instance,
    setDetail,
    refreshRegion,
    queue,
    setDragged,
    panCaptured,
  });

  const aria = useMemo(() => ariaLabels(t), [t]);

  const className =
    'pm-canvas' +
    (highlight.length > 0 ? ' pm-canvas--highlighting' : '') +
    detailClass(detail) +
    (covered ? ' pm-canvas--moving' : '');

  return (
    <div
      className={className}
      ref={wrapper}
      onDoubleClick={onDoubleClick}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
    >
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
              <MinimapToggle
                shown={minimapShown}
                label={t(minimapShown ? 'canvas.minimap.hide' : 'canvas.minimap.show')}
                onToggle={toggleMinimap}
              />
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
