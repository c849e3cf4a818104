/**
 * The pointer on the cards, read to get a drag ready before it starts: a press on a card
 * selects it at once (pressSelect.ts), and the card the pointer rests on has its lines lifted
 * and its transform held once the user pauses (keptLift.ts). Both move work out of a drag's
 * first frames into moments when nothing moves on the screen. A read-only map is only looked
 * at: nothing is got ready there, and a card is selected by its click, as before.
 */
import { useCallback, useMemo, type PointerEvent, type RefObject } from 'react';
import type { KeptLift } from './keptLift';
import type { FlowStore } from './LineLayer';
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
  /** React Flow's handlers of the pointer entering and leaving a card. */
  const pointerOnCard = useMemo(
    () => ({
      onNodeMouseEnter: (_event: unknown, node: PersonNode) => keptLift.pointerOn(node.id),
      onNodeMouseLeave: () => keptLift.pointerOn(null),
    }),
    [keptLift],
  );
  return { onPointerDown, pointerOnCard };
}
