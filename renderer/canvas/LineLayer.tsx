/**
 * Every relationship line in one SVG inside React Flow's viewport (issue 9 §4), instead of
 * one React Flow edge per line.
 *
 * Why: React Flow runs each edge's selector on every store update (each mouse move of a
 * pan or a drag), recomputing its end points, and gives each edge an SVG of its own with a
 * z-index: on a 1,000-person map that was most of a move's script time, and thousands of
 * paint chunks for the browser to layer again on every change of the viewport's transform.
 * Here the lines sit in the viewport's label layer (between React Flow's edges and its
 * nodes, so under the cards), in one element painted in the viewport's layer (canvas.css
 * says why not a layer of its own): a pan changes only the viewport's transform and
 * renders no line.
 *
 * A drag lifts the dragged cards' lines into a second, small layer of their own (mounted for
 * the drag, so at the zoom of the moment, in the frame the drag starts in: MapCanvas's
 * startDrag), and leaves them undisplayed in the first, which then does not change until
 * the user pauses after the drop (the lines stay lifted until then: keptLift.ts). Why: the
 * browser re-rasterises the part of a layer a changed line covers, at that layer's scale,
 * with everything else painted there; a long line of a card dragged in the one layer of
 * 1,500 lines re-rasterised dozens of tiles of a thousand lines each on every move
 * (build/bench/canvas/profile.ts; more at 20% than at 50%, since a layer with
 * `will-change: transform` keeps the scale it was first drawn at).
 * In the lifted layer the same area holds only the dragged lines. A move renders only the
 * lifted lines, never the thousand others, nor even walks them (`Lines` is memoised). The
 * lifted layer is painted above the resting cards (canvas.css says why), so while a card is
 * dragged, and until the user pauses after the drop, its lines draw over the cards they
 * cross, as do the lines of the card the pointer rests on (keptLift.ts lifts them, so a drag
 * from it starts with nothing to re-layer); otherwise every line is under the cards.
 * The lifted layer also holds two invisible dots at the drawn area's corners (drawnArea.ts)
 * (`LiftedExtent`): its painted bounds then stay the same while the dragged lines change
 * shape. When a layer's painted bounds change, Chromium lays out every compositing layer of
 * the page again (PaintArtifactCompositor::Update, about 6 ms a move on a 1,000-person map,
 * profile.ts); with fixed bounds it only re-rasterises the layer's changed tiles. Nor may
 * an ancestor of the lifted layer paint a box of its own in the map's layer (canvas.css: the
 * viewport has no box): repainted with the lines on each move, it made Chromium walk every
 * card of the map's layer after the paint (build/bench/canvas/dragMoves.ts).
 *
 * A line keeps what React Flow's edges had: its classes, its name for screen readers and
 * React Flow's description of lines, focus by Tab, Enter or Space to select it and Escape
 * to let it go, a click to select it (with the multi-selection key, to add it or let it go).
 * The selection itself is the app's, as before: a pick goes out through `onPick`.
 */
import { useStore, useStoreApi, type ReactFlowState, type XYPosition } from '@xyflow/react';
import {
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useSyncExternalStore,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { createPortal } from 'react-dom';
import { draggedIds, type LinePick } from './changes';
import type { DragPositions } from './dragPositions';
import { extentDots } from './extent';
import type { FlowStore } from './flowTypes';
import { Lines, type LinesProps } from './Lines';
import { endSelectionBox } from './pressSelect';
import { LINE_SELECTION_KEYS } from './RelationLine';
import type { Rect } from './region';
import type { LineEdge, PersonNode } from './toFlow';

export interface LineLayerProps {
  /** The lines to draw, in drawing order. */
  readonly lines: readonly LineEdge[];
  /** Where the cards are at rest, by id (a dragged card where it was picked up). */
  readonly positions: ReadonlyMap<string, XYPosition>;
  /** While cards are dragged: where they were picked up, by id; else null. */
  readonly dragged: ReadonlyMap<string, XYPosition> | null;
  /** After a drop, until the user pauses: the cards whose lines stay lifted (keptLift.ts); else null. */
  readonly kept?: ReadonlySet<string> | null;
  /** Where the dragged cards are now: each move renders the lifted lines alone (dragPositions.ts). */
  readonly dragPositions: DragPositions;
  readonly onPick: (id: string, pick: LinePick) => void;
  /** Set to React Flow's store while the layer is mounted, for the canvas's own selection rules. */
  readonly storeRef: RefObject<FlowStore | null>;
  /** Drawn in the same place, under the lines (the grid's dots). */
  readonly under?: ReactNode;
  /** The drawn area (drawnArea.ts): the lifted layer's fixed extent while a card is dragged. */
  readonly area?: Rect | null;
  /** When each line was first mounted (MountOrder, region.ts), which `lines` follow: the lines' chunks (Lines.tsx). */
  readonly rankOf?: (id: string) => number;
}

const domNodeOf = (state: ReactFlowState) => state.domNode;
const rfIdOf = (state: ReactFlowState) => state.rfId;
const NO_LINES: readonly LineEdge[] = [];
const NO_IDS: ReadonlySet<string> = new Set();

/**
 * Two invisible dots at the drawn area's corners, first in the lifted layer: its painted bounds
 * are then the area's whatever the dragged lines do (see the file comment; extent.ts).
 */
function LiftedExtent({ area }: { area: Rect }) {
  return extentDots(area).map((d) => <path key={d} className="pm-lines__extent" d={d} />);
}

interface LiftedLinesProps extends Omit<LinesProps, 'dragged' | 'away'> {
  readonly dragPositions: DragPositions;
  /** Where the dragged cards were picked up: their places until the first move is heard of. */
  readonly pickedUp: ReadonlyMap<string, XYPosition> | null;
  readonly area: Rect | null;
}

/** The lifted layer: the dragged cards' lines where the cards are now, rendered on each move. */
function LiftedLines({ dragPositions, pickedUp, area, ...lines }: LiftedLinesProps) {
  const now = useSyncExternalStore(dragPositions.subscribe, dragPositions.get);
  const dragged = now ?? pickedUp;
  // While a card is dragged the copies are drawings only; at rest they stand for the lines.
  return (
    <svg className="pm-lines pm-lines--lifted" aria-hidden={dragged !== null || undefined}>
      {area && <LiftedExtent area={area} />}
      <Lines {...lines} dragged={dragged} away={NO_IDS} copies />
    </svg>
  );
}

export function LineLayer({
  lines,
  positions,
  dragged,
  kept = null,
  dragPositions,
  onPick,
  storeRef,
  under,
  area = null,
  rankOf,
}: LineLayerProps) {
  const store = useStoreApi<PersonNode, LineEdge>();
  useLayoutEffect(() => {
    storeRef.current = store;
    return () => {
      storeRef.current = null;
    };
  }, [store, storeRef]);
  const domNode = useStore(domNodeOf);
  const rfId = useStore(rfIdOf);
  const host = useMemo(() => domNode?.querySelector('.react-flow__edgelabel-renderer') ?? null, [domNode]);
  // Which cards are dragged changes once a drag, where they are once a move. After the drop
  // the same cards' lines stay lifted until the user pauses (`kept`): the same set, so the
  // lifted layer stays as it is, drawn at the cards' places at rest.
  const held = useRef<ReadonlySet<string> | null>(null);
  held.current = draggedIds(held.current, dragged ?? kept);
  const heldIds = held.current;
  const lifted = useMemo(
    () => (heldIds ? lines.filter((line) => heldIds.has(line.source) || heldIds.has(line.target)) : NO_LINES),
    [lines, heldIds],
  );
  const away = useMemo(() => (lifted.length > 0 ? new Set(lifted.map((line) => line.id)) : NO_IDS), [lifted]);

  const onClick = useCallback(
    (line: LineEdge, event: MouseEvent<SVGGElement>) => {
      const { multiSelectionActive } = store.getState();
      endSelectionBox(store);
      if (line.selected && multiSelectionActive) {
        event.currentTarget.blur();
        onPick(line.id, 'remove');
      } else onPick(line.id, multiSelectionActive ? 'add' : 'only');
    },
    [store, onPick],
  );
  const onKeyDown = useCallback(
    (line: LineEdge, event: KeyboardEvent<SVGGElement>) => {
      if (!LINE_SELECTION_KEYS.includes(event.key)) return;
      if (event.key === 'Escape') {
        event.currentTarget.blur();
        onPick(line.id, 'remove');
      } else onPick(line.id, store.getState().multiSelectionActive ? 'add' : 'only');
    },
    [store, onPick],
  );

  if (!host) return null;
  const describedBy = `react-flow__edge-desc-${rfId}`;
  return createPortal(
    <>
      {under}
      <svg className="pm-lines">
        <Lines
          lines={lines}
          rankOf={rankOf}
          positions={positions}
          dragged={null}
          away={away}
          describedBy={describedBy}
          onClick={onClick}
          onKeyDown={onKeyDown}
        />
      </svg>
      {lifted.length > 0 && (
        <LiftedLines
          lines={lifted}
          positions={positions}
          dragPositions={dragPositions}
          pickedUp={dragged}
          area={area}
          describedBy={describedBy}
          onClick={onClick}
          onKeyDown={onKeyDown}
        />
      )}
    </>,
    host,
  );
}
