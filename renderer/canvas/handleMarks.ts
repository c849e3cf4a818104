/**
 * Which handles a line being drawn marks, read from React Flow's store once for every card's
 * handles (CardHandle.tsx), instead of once per handle.
 *
 * Why: React Flow's own `Handle` subscribes each handle to its store with a selector of its
 * own, run on every store update: on a 1,000-person map 2,500 selectors on each mouse move of
 * a drag and at its start and drop, and when a line starts or ends every handle's state
 * changes at once (React Flow's "connection in progress"), so all 2,500 re-rendered
 * (about 200 ms). Yet at most three handles are ever marked: the one a line starts from, the
 * one within reach of the pointer, and the one a click started a line from. Here one
 * subscription works those out and tells only the handles whose marks changed. What every
 * handle shows while a line is drawn comes from one class on the canvas (ConnectingWatch).
 */
import type { ReactFlowState } from '@xyflow/react';

/** A handle's marks, as bits: 0 for a handle no line being drawn touches. */
export type HandleMark = number;
/** A line is being drawn from this handle (React Flow's `connectingfrom`). */
export const MARK_FROM = 1;
/** The pointer is within reach of this handle while a line is drawn (`connectingto`). */
export const MARK_TO = 2;
/** ... and a line from the start to here would be valid (`valid`). */
export const MARK_VALID = 4;
/** A click on this handle started a line, to be ended by a click on another (`clickconnecting`). */
export const MARK_CLICK_START = 8;

/** What the marks are read from: the part of React Flow's store about a line being drawn. */
export type ConnectionState = Pick<ReactFlowState, 'connection' | 'connectionClickStartHandle'>;

/** A handle as React Flow names it in a connection. */
interface HandleName {
  readonly nodeId: string;
  readonly id?: string | null;
  readonly type: string;
}

/** One key per handle: its card, its id and its type. */
export function handleKey(nodeId: string, handleId: string | null, type: string): string {
  return `${nodeId}\u0000${handleId ?? ''}\u0000${type}`;
}

const keyOf = (handle: HandleName) => handleKey(handle.nodeId, handle.id ?? null, handle.type);

/** The marked handles of a store's state, by key (at most three; unmarked handles are absent). */
export function marksOf(state: ConnectionState): ReadonlyMap<string, HandleMark> {
  const marks = new Map<string, HandleMark>();
  const mark = (handle: HandleName | null | undefined, bits: HandleMark) => {
    if (!handle) return;
    const key = keyOf(handle);
    marks.set(key, (marks.get(key) ?? 0) | bits);
  };
  const { fromHandle, toHandle, isValid } = state.connection;
  mark(fromHandle, MARK_FROM);
  mark(toHandle, isValid === true ? MARK_TO | MARK_VALID : MARK_TO);
  mark(state.connectionClickStartHandle, MARK_CLICK_START);
  return marks;
}

const NO_MARKS: ReadonlyMap<string, HandleMark> = new Map();

/**
 * The marks now, and a listener set per handle: `update` tells only the handles whose marks
 * changed, so a line starting, moving or ending renders those few, not every handle.
 */
export class HandleMarks {
  private marks = NO_MARKS;
  private readonly listeners = new Map<string, Set<() => void>>();

  /** A handle's marks now (0 when none). */
  get(key: string): HandleMark {
    return this.marks.get(key) ?? 0;
  }

  /** For useSyncExternalStore: `listener` hears of changes to the handle `key`'s marks. */
  subscribe(key: string, listener: () => void): () => void {
    let set = this.listeners.get(key);
    if (!set) this.listeners.set(key, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(key);
    };
  }

  /** Reads the store's state; tells each handle whose marks changed, and no other. */
  update(state: ConnectionState): void {
    const { fromHandle, toHandle } = state.connection;
    // The common case, a store update with no line being drawn: nothing to work out.
    if (this.marks === NO_MARKS && !fromHandle && !toHandle && !state.connectionClickStartHandle) return;
    const before = this.marks;
    const after = marksOf(state);
    this.marks = after.size === 0 ? NO_MARKS : after;
    const changed = new Set<string>();
    for (const [key, bits] of before) if (after.get(key) !== bits) changed.add(key);
    for (const [key, bits] of after) if (before.get(key) !== bits) changed.add(key);
    for (const key of changed) for (const listener of [...(this.listeners.get(key) ?? [])]) listener();
  }
}

/** The store's shape as far as the marks need it: its state and its subscription. */
export interface MarkedStore {
  getState(): ConnectionState;
  subscribe(listener: () => void): () => void;
}

const marksByStore = new WeakMap<MarkedStore, HandleMarks>();

/**
 * The marks of one React Flow store, subscribed to it once, when its first handle asks. Kept
 * as long as the store is (a WeakMap: the store's subscription holds the marks, nothing holds
 * the store), so no component has to own the subscription.
 */
export function marksFor(store: MarkedStore): HandleMarks {
  let marks = marksByStore.get(store);
  if (!marks) {
    const made = new HandleMarks();
    made.update(store.getState());
    store.subscribe(() => made.update(store.getState()));
    marksByStore.set(store, (marks = made));
  }
  return marks;
}
