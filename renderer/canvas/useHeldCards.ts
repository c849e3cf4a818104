/**
 * The cards whose transforms are held for the compositor (heldCards.ts): the selected ones and
 * the card the pointer rests on, kept in step with the selection, the kept lift and the
 * mounted region; a card no longer wanted is let go of once the user pauses, not while a
 * gesture lasts.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, type RefObject } from 'react';
import { cardElementsOf } from './cardElements';
import { HeldCards, holdAndRaise } from './heldCards';
import { holdTransform } from './heldTransform';
import type { Mounted } from './mounting';
import { browserClock } from './mountQueue';

/**
 * With more cards than this selected or dragged, their transforms are not held (heldCards.ts):
 * each held card is a compositing layer of its own.
 */
const HELD_DRAG_MAX = 24;

export function useHeldCards(
  wrapper: RefObject<HTMLDivElement | null>,
  gesture: RefObject<boolean>,
  selectedPeople: readonly string[],
  kept: ReadonlySet<string> | null,
  mountedNow: Mounted,
) {
  // Held from the frame that selects them, so a drag's start and drop change no compositing layer.
  const heldCards = useMemo(
    () =>
      new HeldCards(holdAndRaise(holdTransform), HELD_DRAG_MAX, {
        pause: browserClock.pause,
        moving: () => gesture.current,
      }),
    [],
  );
  const cardElements = useCallback(
    (ids: ReadonlySet<string>) => (wrapper.current ? cardElementsOf(wrapper.current, ids) : []),
    [],
  );
  // The card whose lines are lifted because the pointer rests on it is held too (keptLift.ts).
  useLayoutEffect(() => {
    heldCards.sync(heldIds(selectedPeople, kept), cardElements);
  }, [heldCards, cardElements, selectedPeople, kept, mountedNow]);
  useEffect(() => () => heldCards.clear(), [heldCards]);
  return { heldCards, cardElements };
}

/** The cards whose transforms are held: the selected ones and those whose lines are kept lifted. */
export function heldIds(selected: readonly string[], kept: ReadonlySet<string> | null): ReadonlySet<string> {
  return kept ? new Set([...selected, ...kept]) : new Set(selected);
}
