/**
 * The overview (minimap) in the canvas's corner: every person as a small box in their
 * attitude's colour, and the part of the map in view, which can be dragged to pan and
 * scrolled to zoom, as React Flow's MiniMap.
 *
 * Why not React Flow's MiniMap (issue 9 §4): it runs one selector per person and measures
 * every card's bounds again on every store update, that is on every mouse move of a pan or
 * a drag. Here the boxes are drawn from the canvas's own nodes, one path per colour,
 * memoised on the boxes (a change of selection, which re-creates the selected nodes but
 * moves nobody, draws nothing again: sameBoxes), and held still while a card is dragged
 * (`frozen`: the dragged card moves to its new place in the overview when it is dropped). A move of the
 * view re-renders only the frame around the part in view; while the view moves (`held`)
 * the area shown only grows, in steps, so a pan zoomed out does not change the viewBox on
 * every move (overviewGeometry's heldArea says why).
 *
 * The class names are React Flow's, so its theme variables (canvas.css) and the tests that
 * look for `.react-flow__minimap` apply unchanged.
 */
import { Panel, useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { memo, useEffect, useMemo, useRef, type PointerEvent } from 'react';
import { heldArea, KeptBoxes, overviewArea, overviewFrame, sameBoxes, type Rect } from './overviewGeometry';
import type { PersonNode } from './toFlow';

export interface OverviewProps {
  readonly nodes: readonly PersonNode[];
  /** True while a card is dragged: the boxes keep the last drawing. */
  readonly frozen: boolean;
  /** True while the view moves: the area shown only grows (overviewGeometry's heldArea says why). */
  readonly held?: boolean;
  readonly width: number;
  readonly height: number;
  /** The overview's accessible name. */
  readonly label: string;
  /** The colour of a person's box. */
  readonly colour: (node: PersonNode) => string;
}

/** The view in flow units, and the pane's size: what the overview's frame and scale follow. */
const viewOf = (state: ReactFlowState) => ({
  x: -state.transform[0] / state.transform[2],
  y: -state.transform[1] / state.transform[2],
  width: state.width / state.transform[2],
  height: state.height / state.transform[2],
});
const sameRect = (a: Rect, b: Rect) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

const Boxes = memo(function Boxes({ paths }: { paths: readonly { colour: string; d: string }[] }) {
  return (
    <>
      {paths.map(({ colour, d }) => (
        <path
          key={colour}
          className="react-flow__minimap-node"
          d={d}
          style={{ fill: colour }}
          shapeRendering="crispEdges"
        />
      ))}
    </>
  );
});

export function Overview({ nodes, frozen, held = false, width, height, label, colour }: OverviewProps) {
  const store = useStoreApi<PersonNode>();
  const view = useStore(viewOf, sameRect);
  const shown = useRef(nodes);
  if (!frozen && !sameBoxes(shown.current, nodes, colour)) shown.current = nodes;
  const drawn = shown.current;
  // A drop writes again only the moved people's boxes (KeptBoxes).
  const kept = useMemo(() => new KeptBoxes(), []);
  const { paths, bounds } = useMemo(() => kept.of(drawn, colour), [kept, drawn, colour]);
  const heldRef = useRef<Rect | null>(null);
  const wanted = overviewArea(bounds, view);
  const area = held ? heldArea(heldRef.current, wanted) : wanted;
  heldRef.current = held ? area : null;
  const frame = overviewFrame(bounds, view, { width, height }, area);

  // Dragging the overview pans the view (as React Flow's MiniMap: the frame follows the pointer).
  const panFrom = useRef<{ x: number; y: number } | null>(null);
  const scale = useRef(frame.scale);
  scale.current = frame.scale;
  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    panFrom.current = { x: event.clientX, y: event.clientY };
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const from = panFrom.current;
    const { panZoom, transform, width: paneWidth, height: paneHeight, translateExtent } = store.getState();
    if (!from || !panZoom) return;
    panFrom.current = { x: event.clientX, y: event.clientY };
    const step = scale.current * transform[2];
    void panZoom.setViewportConstrained(
      {
        x: transform[0] - (event.clientX - from.x) * step,
        y: transform[1] - (event.clientY - from.y) * step,
        zoom: transform[2],
      },
      [
        [0, 0],
        [paneWidth, paneHeight],
      ],
      translateExtent,
    );
  };
  const onPointerUp = () => {
    panFrom.current = null;
  };

  // Scrolling over the overview zooms the view (a native listener: React's wheel listeners are passive).
  const svg = useRef<SVGSVGElement>(null);
  useEffect(() => {
    const element = svg.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      const { panZoom, transform } = store.getState();
      if (!panZoom) return;
      event.preventDefault();
      const delta = -event.deltaY * (event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002);
      void panZoom.scaleTo(transform[2] * Math.pow(2, delta));
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [store]);

  return (
    <Panel position="bottom-right" className="react-flow__minimap" data-testid="rf__minimap" style={{ width, height }}>
      <svg
        ref={svg}
        width={width}
        height={height}
        viewBox={frame.viewBox}
        className="react-flow__minimap-svg"
        role="img"
        aria-label={label}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
      >
        <title>{label}</title>
        <Boxes paths={paths} />
        <path className="react-flow__minimap-mask" d={frame.mask} fillRule="evenodd" pointerEvents="none" />
      </svg>
    </Panel>
  );
}
