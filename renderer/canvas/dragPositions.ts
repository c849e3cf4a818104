/**
 * Where the dragged cards are now, while a drag lasts: a small store outside React, read by
 * the lifted lines alone (LineLayer's LiftedLines).
 *
 * Why not the canvas's state: a drag's move changes nothing but the dragged cards' places,
 * and only the lifted lines draw them (the cards move by their elements, draggedElements.ts;
 * the overview keeps its drawing until the drop). Held in MapCanvas's state, each move
 * rendered MapCanvas and everything under it that is not memoised (React Flow's wrapper,
 * the overview, the panels), about 2.5 ms of script a move on a 1,000-person map
 * (profile.ts --renders, React's profiling build); here a move renders the lifted lines.
 * The canvas's state keeps the drag's start (the cards where they were picked up) and its
 * end, the two moments the rest of the canvas changes.
 */
import type { XYPosition } from '@xyflow/react';
import { useEffect, useMemo, useState, type Dispatch, type SetStateAction } from 'react';
import { KeptLift, REST_ON_CARD_MS } from './keptLift';
import { browserClock, idleAfter } from './mountQueue';

export type Positions = ReadonlyMap<string, XYPosition>;

export class DragPositions {
  private now: Positions | null = null;
  private readonly listeners = new Set<() => void>();

  /** The dragged cards' places now (flow units, top-left corners); null when nothing is dragged. */
  readonly get = (): Positions | null => this.now;

  /** For useSyncExternalStore: `listener` is called after each change; returns the unsubscription. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  set(next: Positions | null): void {
    if (next === this.now) return;
    this.now = next;
    for (const listener of [...this.listeners]) listener();
  }
}

/**
 * A drag's state in the canvas: where the dragged cards were picked up (React state, for the
 * drag's start and end), where they are now (the store above, for each move), and after the
 * drop the cards whose lines stay lifted until the user pauses (`kept`, keptLift.ts).
 */
export interface DragState {
  readonly draggedState: [Positions | null, Dispatch<SetStateAction<Positions | null>>];
  readonly dragPositions: DragPositions;
  readonly kept: ReadonlySet<string> | null;
  readonly keptLift: KeptLift;
}

export function useDragState(): DragState {
  const draggedState = useState<Positions | null>(null);
  const dragPositions = useMemo(() => new DragPositions(), []);
  const [kept, setKept] = useState<ReadonlySet<string> | null>(null);
  const keptLift = useMemo(() => new KeptLift(browserClock.pause, setKept, idleAfter(REST_ON_CARD_MS)), []);
  useEffect(() => () => keptLift.dispose(), [keptLift]);
  return { draggedState, dragPositions, kept, keptLift };
}
