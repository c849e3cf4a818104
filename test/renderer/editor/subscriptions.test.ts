import { describe, expect, it } from 'vitest';
import { updatePeople } from '../../../renderer/editor/commands/people';
import { EditorStore } from '../../../renderer/editor/store';
import { Subscriptions } from '../../../renderer/editor/subscriptions';
import { makeDocument, person } from '../../support/builders';

describe('Subscriptions', () => {
  it('the same function added twice is two subscriptions; each handle closes its own', () => {
    const subs = new Subscriptions<() => void>();
    const listener = () => undefined;
    const first = subs.add(listener);
    const second = subs.add(listener);
    expect(subs.size).toBe(2);
    first();
    first();
    expect(subs.list()).toEqual([listener]);
    second();
    expect(subs.size).toBe(0);
  });
});

describe('EditorStore listeners (issue 8: StrictMode order)', () => {
  const doc = makeDocument({ stakeholders: [person('s-1')] });

  it('a late unsubscribe of an earlier subscription leaves a later one of the same function listening', () => {
    const store = new EditorStore(doc);
    const seen: string[] = [];
    const listener = () => seen.push('change');
    const first = store.onDocumentChange(listener);
    const second = store.onDocumentChange(listener);
    first();
    store.apply(updatePeople(['s-1'], { attitude: 'champion' }));
    expect(seen.length).toBeGreaterThan(0);
    second();
    seen.length = 0;
    store.apply(updatePeople(['s-1'], { attitude: 'blocker' }));
    expect(seen).toEqual([]);
  });

  it('the same for state listeners (useSyncExternalStore)', () => {
    const store = new EditorStore(doc);
    let calls = 0;
    const listener = () => (calls += 1);
    const first = store.subscribe(listener);
    const second = store.subscribe(listener);
    first();
    store.apply(updatePeople(['s-1'], { attitude: 'champion' }));
    expect(calls).toBeGreaterThan(0);
    second();
  });
});
