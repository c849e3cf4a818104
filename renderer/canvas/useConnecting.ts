/** Lines drawn on the canvas: from a card's handle to another card, or dropped on a card's body or on nothing. */
import type { Connection, IsValidConnection, OnConnectEnd } from '@xyflow/react';
import { useCallback, type RefObject } from 'react';
import type { MapCanvasProps } from './mapCanvasProps';
import type { LineEdge } from './toFlow';

export const isValidConnection: IsValidConnection<LineEdge> = (connection) => connection.source !== connection.target;

/** The person card under a screen point (a line dropped on a card's body), or null. */
function personAt(x: number, y: number): string | null {
  const node = document.elementFromPoint(x, y)?.closest('.react-flow__node');
  return node?.getAttribute('data-id') ?? null;
}

export function useConnecting(latest: RefObject<MapCanvasProps>) {
  const onConnect = useCallback((connection: Connection) => {
    const app = latest.current;
    if (app.readOnly || connection.source === connection.target) return;
    app.onConnect({ kind: app.connectKind, from: connection.source, to: connection.target });
  }, []);

  /*
   * A line dropped on a card's body (not within reach of a handle) connects to that card;
   * one dropped on nothing says so instead of vanishing silently. Dropped back on its own
   * card it is simply let go.
   */
  const onConnectEnd = useCallback<OnConnectEnd>((event, state) => {
    const app = latest.current;
    if (app.readOnly || state.isValid || !state.fromNode) return;
    const point = 'changedTouches' in event ? event.changedTouches[0] : event;
    if (!point) return;
    const to = personAt(point.clientX, point.clientY);
    if (to === state.fromNode.id) return;
    if (to === null) app.onConnectMissed?.();
    else app.onConnect({ kind: app.connectKind, from: state.fromNode.id, to });
  }, []);

  return { onConnect, onConnectEnd };
}
