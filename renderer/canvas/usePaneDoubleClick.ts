/** A double-click on the empty canvas asks the app for a new card centred on the click. */
import type { ReactFlowInstance } from '@xyflow/react';
import { useCallback, type MouseEvent, type RefObject } from 'react';
import type { MapCanvasProps } from './mapCanvasProps';
import { CARD_HEIGHT, CARD_WIDTH, type LineEdge, type PersonNode } from './toFlow';

export function usePaneDoubleClick(
  latest: RefObject<MapCanvasProps>,
  instance: RefObject<ReactFlowInstance<PersonNode, LineEdge> | null>,
) {
  return useCallback((event: MouseEvent<HTMLDivElement>) => {
    const app = latest.current;
    const target = event.target as Element;
    if (app.readOnly || !app.onAddPersonAt || !instance.current || !target.classList.contains('react-flow__pane'))
      return;
    const at = instance.current.screenToFlowPosition({ x: event.clientX, y: event.clientY });
    app.onAddPersonAt({ x: Math.round(at.x - CARD_WIDTH / 2), y: Math.round(at.y - CARD_HEIGHT / 2) });
  }, []);
}
