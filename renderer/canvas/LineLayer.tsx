/**
 * Every relationship line in one SVG inside React Flow's viewport (issue 9 §4), instead of
 * one React Flow edge per line.
 *
 * Why: React Flow runs each edge's selector on every store update (each mouse move of a
 * pan or a drag), recomputing its end points, and gives each edge an SVG of its own with a
 * z-index: on a 1,000-person map that was most of a move's script time, and thousands of
 * paint chunks for the browser to layer again on every change of the viewport's transform.
 * Here the lines sit in the viewport's label layer (between React Flow's edges and its
 * nodes, so under the cards), in one element with a compositing layer of its own
 * (canvas.css): a pan changes only the viewport's transform and renders no line; a drag
 * renders only the lines of the dragged cards (RelationLine is memoised on its line and its
 * cards' positions).
 *
 * A line keeps what React Flow's edges had: its classes, its name for screen readers and
 * React Flow's description of lines, focus by Tab, Enter or Space to select it and Escape
 * to let it go, a click to select it (with the multi-selection key, to add it or let it go).
 * The selection itself is the app's, as before: a pick goes out through `onPick`.
 */
import { useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import {
  useCallback,
  useLayoutEffect,
  useMemo,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { createPortal } from 'react-dom';
import type { LinePick } from './changes';
import { LINE_SELECTION_KEYS, RelationLine } from './RelationLine';
import type { LineEdge, PersonNode } from './toFlow';

/** React Flow's store, as the canvas reads it (the multi-selection key, a selection box). */
export type FlowStore = ReturnType<typeof useStoreApi<PersonNode, LineEdge>>;

export interface LineLayerProps {
  /** The lines to draw, in drawing order. */
  readonly lines: readonly LineEdge[];
  /** The cards where they are drawn now (dragged ones at their drag positions). */
  readonly nodes: readonly PersonNode[];
  readonly onPick: (id: string, pick: LinePick) => void;
  /** Set to React Flow's store while the layer is mounted, for the canvas's own selection rules. */
  readonly storeRef: RefObject<FlowStore | null>;
  /** Drawn in the same place, under the lines (the grid's dots). */
  readonly under?: ReactNode;
}

const domNodeOf = (state: ReactFlowState) => state.domNode;
const rfIdOf = (state: ReactFlowState) => state.rfId;

export function LineLayer({ lines, nodes, onPick, storeRef, under }: LineLayerProps) {
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
  const positions = useMemo(() => new Map(nodes.map((node) => [node.id, node.position])), [nodes]);

  const onClick = useCallback(
    (line: LineEdge, event: MouseEvent<SVGGElement>) => {
      const { multiSelectionActive } = store.getState();
      store.setState({ nodesSelectionActive: false });
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
        {lines.map((line) => {
          const from = positions.get(line.source);
          const to = positions.get(line.target);
          if (!from || !to) return null;
          return (
            <RelationLine
              key={line.id}
              line={line}
              from={from}
              to={to}
              describedBy={describedBy}
              onClick={onClick}
              onKeyDown={onKeyDown}
            />
          );
        })}
      </svg>
    </>,
    host,
  );
}
