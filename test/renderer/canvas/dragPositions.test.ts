import { describe, expect, it } from 'vitest';
import { DragPositions } from '../../../renderer/canvas/dragPositions';

describe('DragPositions', () => {
  it('holds nothing until a drag, then where the cards are now, then nothing again', () => {
    const store = new DragPositions();
    expect(store.get()).toBeNull();
    const now = new Map([['p1', { x: 3, y: 2 }]]);
    store.set(now);
    expect(store.get()).toBe(now);
    store.set(null);
    expect(store.get()).toBeNull();
  });

  it('tells each listener of every change, once, and stops after unsubscribing', () => {
    const store = new DragPositions();
    const heard: (string | null)[] = [];
    const stop = store.subscribe(() => heard.push(store.get() === null ? null : [...store.get()!.keys()].join()));
    store.set(new Map([['p1', { x: 0, y: 0 }]]));
    store.set(new Map([['p1', { x: 1, y: 1 }]]));
    stop();
    store.set(null);
    expect(heard).toEqual(['p1', 'p1']);
  });

  it('does not tell of a set to the value it already holds (a render saved per move)', () => {
    const store = new DragPositions();
    const now = new Map([['p1', { x: 0, y: 0 }]]);
    store.set(now);
    let calls = 0;
    store.subscribe(() => calls++);
    store.set(now);
    expect(calls).toBe(0);
  });

  it('lets a listener unsubscribe while being told, without skipping the others', () => {
    const store = new DragPositions();
    const heard: string[] = [];
    const stopFirst = store.subscribe(() => {
      heard.push('first');
      stopFirst();
    });
    store.subscribe(() => heard.push('second'));
    store.set(new Map());
    store.set(null);
    expect(heard).toEqual(['first', 'second', 'second']);
  });
});
