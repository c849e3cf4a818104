import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HandleMarks,
  MARK_CLICK_START,
  MARK_FROM,
  MARK_TO,
  MARK_VALID,
  handleKey,
  marksFor,
  marksOf,
  type ConnectionState,
  type MarkedStore,
} from '../../../renderer/canvas/handleMarks';

type Named = { nodeId: string; id: string | null; type: 'source' | 'target' };

/** A store state with these handles named (only the fields the marks read). */
function stateOf(from: Named | null, to: Named | null, isValid: boolean | null, click: Named | null): ConnectionState {
  return {
    connection: { fromHandle: from, toHandle: to, isValid },
    connectionClickStartHandle: click,
  } as unknown as ConnectionState;
}

const IDLE = stateOf(null, null, null, null);
const a = { nodeId: 'p1', id: 'b', type: 'source' } as const;
const b = { nodeId: 'p2', id: 't', type: 'source' } as const;

/**
 * React Flow's rule, handle by handle (its `connectingSelector`): the oracle the shared marks
 * must agree with for every handle.
 */
function expectedMark(state: ConnectionState, handle: Named): number {
  const same = (other: { nodeId: string; id?: string | null; type: string } | null | undefined) =>
    !!other && other.nodeId === handle.nodeId && (other.id ?? null) === handle.id && other.type === handle.type;
  const { fromHandle, toHandle, isValid } = state.connection;
  const to = same(toHandle);
  return (
    (same(fromHandle) ? MARK_FROM : 0) |
    (to ? MARK_TO : 0) |
    (to && isValid === true ? MARK_VALID : 0) |
    (same(state.connectionClickStartHandle) ? MARK_CLICK_START : 0)
  );
}

const keyOf = (handle: Named) => handleKey(handle.nodeId, handle.id, handle.type);

describe('marksOf', () => {
  it('marks nothing while no line is drawn', () => {
    expect(marksOf(IDLE).size).toBe(0);
  });

  it('marks the handle a line starts from, the one within reach (valid or not) and a click’s start', () => {
    expect(marksOf(stateOf(a, null, null, null))).toEqual(new Map([[keyOf(a), MARK_FROM]]));
    expect(marksOf(stateOf(a, b, true, null))).toEqual(
      new Map([
        [keyOf(a), MARK_FROM],
        [keyOf(b), MARK_TO | MARK_VALID],
      ]),
    );
    expect(marksOf(stateOf(a, b, false, null)).get(keyOf(b))).toBe(MARK_TO);
    expect(marksOf(stateOf(null, null, null, b))).toEqual(new Map([[keyOf(b), MARK_CLICK_START]]));
  });

  it('tells handles apart by card, id and type alone', () => {
    const key = handleKey('p1', null, 'source');
    expect(key).not.toBe(handleKey('p1', '', 'target'));
    expect(key).toBe(handleKey('p1', '', 'source'));
    expect(handleKey('p1', 'b', 'source')).not.toBe(handleKey('p1b', '', 'source'));
  });
});

const handles: Named[] = ['p1', 'p2', 'p3'].flatMap((nodeId) =>
  ['t', 'b', null].flatMap((id) => (['source', 'target'] as const).map((type) => ({ nodeId, id, type }))),
);
const handleArb = fc.option(fc.constantFrom(...handles), { nil: null });
const stateArb = fc
  .tuple(handleArb, handleArb, fc.constantFrom(true, false, null), handleArb)
  .map(([from, to, valid, click]) => stateOf(from, to, valid, click));

describe('HandleMarks', () => {
  it('agrees with React Flow’s rule for every handle, and tells exactly the handles whose marks changed', () => {
    fc.assert(
      fc.property(fc.array(stateArb, { maxLength: 12 }), (states) => {
        const marks = new HandleMarks();
        const heard = new Map<string, number>();
        for (const handle of handles)
          marks.subscribe(keyOf(handle), () => heard.set(keyOf(handle), 1 + (heard.get(keyOf(handle)) ?? 0)));
        let before = IDLE;
        for (const state of [...states, IDLE]) {
          heard.clear();
          marks.update(state);
          for (const handle of handles) {
            expect(marks.get(keyOf(handle))).toBe(expectedMark(state, handle));
            const changed = expectedMark(before, handle) !== expectedMark(state, handle);
            expect(heard.get(keyOf(handle)) ?? 0).toBe(changed ? 1 : 0);
          }
          before = state;
        }
      }),
    );
  });

  it('stops telling a handle once it unsubscribes', () => {
    const marks = new HandleMarks();
    let calls = 0;
    const stop = marks.subscribe(keyOf(a), () => calls++);
    marks.update(stateOf(a, null, null, null));
    stop();
    marks.update(IDLE);
    expect(calls).toBe(1);
  });
});

describe('marksFor', () => {
  it('subscribes to a store once, however many handles ask, and follows its updates', () => {
    let state = IDLE;
    const listeners: (() => void)[] = [];
    const store: MarkedStore = {
      getState: () => state,
      subscribe: (listener) => {
        listeners.push(listener);
        return () => undefined;
      },
    };
    const first = marksFor(store);
    expect(marksFor(store)).toBe(first);
    expect(listeners).toHaveLength(1);
    state = stateOf(a, b, true, null);
    for (const listener of listeners) listener();
    expect(first.get(keyOf(b))).toBe(MARK_TO | MARK_VALID);
    expect(marksFor({ ...store })).not.toBe(first);
  });
});
