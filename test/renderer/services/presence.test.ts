import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { PEER_COLOURS, peerColour } from '../../../shared/mapStyle/peers';
import { peerMarks } from '../../../renderer/deal/peerMarks';
import { AwarenessRegistry } from '../../../renderer/services/awareness';
import { peersOf, presenceUser, publishPresence } from '../../../renderer/services/presence';

const LI = presenceUser({ id: 'u-li', name: 'Li Wei' });
const ZHOU = presenceUser({ id: 'u-zhou', name: '周敏' });

/** Two windows of one deal whose awareness states reach each other, as through a provider. */
function connected(): [Awareness, Awareness] {
  const a = new Awareness(new Y.Doc());
  const b = new Awareness(new Y.Doc());
  const link = (from: Awareness, to: Awareness) =>
    from.on('update', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
      const changed = [...added, ...updated, ...removed];
      applyAwarenessUpdate(to, encodeAwarenessUpdate(from, changed), 'remote');
    });
  link(a, b);
  link(b, a);
  return [a, b];
}

const others = (awareness: Awareness, self: { id: string }) =>
  peersOf(awareness.getStates(), awareness.clientID, self.id);

describe('presence', () => {
  it('shows each window who else has the deal open and the person they selected', () => {
    const [a, b] = connected();
    publishPresence(a, LI, 's-1');
    publishPresence(b, ZHOU, null);
    expect(others(b, ZHOU)).toEqual([{ user: LI, selected: ['s-1'] }]);
    expect(others(a, LI)).toEqual([{ user: ZHOU, selected: [] }]);

    publishPresence(a, LI, 's-2');
    expect(others(b, ZHOU)).toEqual([{ user: LI, selected: ['s-2'] }]);
    expect(peerMarks(others(b, ZHOU), 'A teammate')).toEqual(
      new Map([['s-2', { colour: peerColour('u-li'), names: ['Li Wei'] }]]),
    );

    // Leaving (the provider clears the state): nobody else any more.
    a.setLocalState(null);
    expect(others(b, ZHOU)).toEqual([]);
  });

  it('alone, on a local awareness, shows nobody else', () => {
    const local = new Awareness(new Y.Doc());
    publishPresence(local, LI, 's-1');
    expect(others(local, LI)).toEqual([]);
    expect(local.getLocalState()).toEqual({ user: LI, selection: { personId: 's-1' } });
  });

  it('publishes only what changed', () => {
    const local = new Awareness(new Y.Doc());
    publishPresence(local, LI, 's-1');
    let writes = 0;
    local.on('change', () => writes++);
    publishPresence(local, LI, 's-1');
    expect(writes).toBe(0);
    publishPresence(local, LI, null);
    expect(writes).toBe(1);
  });

  it('reads other clients defensively, one entry per user, and leaves out our own user elsewhere', () => {
    const states = new Map<number, Record<string, unknown>>([
      [1, { user: LI, selection: { personId: 's-1' } }],
      [2, { user: { id: 'u-li', name: 'Li Wei', colour: 'red; background:url(x)' }, selection: { personId: 's-3' } }],
      [3, { user: null }],
      [4, { user: { id: 42, name: 'x' } }],
      [5, { selection: { personId: 's-9' } }],
      [6, { user: ZHOU, selection: 'nonsense' }],
      [7, { user: { id: 'u-me', name: 'Me on my phone' } }],
      [8, { user: { id: 'u-me', name: 'Me here' } }],
    ]);
    expect(peersOf(states, 8, 'u-me')).toEqual([
      // A colour that is not a colour is replaced by the user's own.
      { user: LI, selected: ['s-1', 's-3'] },
      { user: ZHOU, selected: [] },
    ]);
    const marks = peerMarks(
      [
        { user: LI, selected: ['s-1'] },
        { user: { ...ZHOU, name: ' ' }, selected: ['s-1'] },
      ],
      'A teammate',
    );
    expect(marks.get('s-1')).toEqual({ colour: LI.colour, names: ['Li Wei', 'A teammate'] });
  });

  it('gives a user the same colour from the palette on every machine', () => {
    fc.assert(
      fc.property(fc.string(), (id) => {
        const colour = peerColour(id);
        expect(PEER_COLOURS).toContain(colour);
        expect(peerColour(id)).toBe(colour);
      }),
    );
    // Different users are spread over the palette, not all on one colour.
    const used = new Set(Array.from({ length: 64 }, (_, i) => peerColour(`u-${i}`)));
    expect(used.size).toBeGreaterThan(PEER_COLOURS.length / 2);
  });
});

describe('the awareness registry', () => {
  it('hands a deal’s shared awareness to its screen and takes it back only if still the same', () => {
    const registry = new AwarenessRegistry();
    let told = 0;
    registry.subscribe(() => told++);
    const first = new Awareness(new Y.Doc());
    const second = new Awareness(new Y.Doc());
    const releaseFirst = registry.provide('d-1', first);
    expect(registry.get('d-1')).toBe(first);
    expect(registry.get('d-2')).toBeNull();
    const releaseSecond = registry.provide('d-1', second);
    releaseFirst();
    expect(registry.get('d-1')).toBe(second);
    releaseSecond();
    expect(registry.get('d-1')).toBeNull();
    expect(told).toBe(3);
  });
});
