/**
 * The pointer on the cards, read to get a drag ready before it starts: a press on a card
 * selects it at once (pressSelect.ts), and the card the pointer rests on has its lines lifted
 * and its transform held once the user pauses (keptLift.ts). Both move work out of a drag's
 * first frames into moments when nothing moves on the screen. A read-only map is only looked
 * at: nothing is got ready there, and a card is selected by its click, as before.
 */
import { useCallback, useMemo, type PointerEvent, type RefObject } from 'react';
import type { KeptLift } from './keptLift';
import type { FlowStore } from './flowTypes';
import type { MapCanvasProps } from './mapCanvasProps';
import { selectOnPress } from './pressSelect';
import type { PersonNode } from './toFlow';

export function useCardPointer(
  latest: RefObject<MapCanvasProps>,
  flowStore: RefObject<FlowStore | null>,
  keptLift: KeptLift,
  capturePane: (event: PointerEvent<HTMLElement>) => void,
) {
  const onPointerDown = useCallback((event: PointerEvent<HTMLElement>) => {
    capturePane(event);
    if (!latest.current.readOnly) selectOnPress(event, flowStore.current);
  }, []);
  /**
   * React Flow's handlers of the pointer entering and leaving a card. A card one of whose
   * lines has the keyboard's focus is not got ready: lifting its lines would undisplay the
   * focused one, and the focus would be lost.
   */
  const pointerOnCard = useMemo(
    () => ({
      onNodeMouseEnter: (_event: unknown, node: PersonNode) => {
        const focused = focusedLine(document.activeElement);
        keptLift.pointerOn(focused && touches(latest.current.doc, focused, node.id) ? null : node.id);
      },
      onNodeMouseLeave: () => keptLift.pointerOn(null),
    }),
    [keptLift],
  );
  return { onPointerDown, pointerOnCard };
}

/** The id of the line whose element has the focus, if one has. */
export function focusedLine(active: Element | null): string | null {
  return active?.closest?.('.react-flow__edge[data-id]')?.getAttribute('data-id') ?? null;
}

/** Whether the document's line `lineId` joins the card `personId`. */
export function touches(doc: MapCanvasProps['doc'], lineId: string, personId: string): boolean {
  const line = doc.relationships.find((each) => each.id === lineId);
  return line !== undefined && (line.from === personId || line.to === personId);
}
