/** The summary hook off the store's path: coalesced per deal, one run at a time, failures logged. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { deferredHooks } from '../../server/collab/deferredHook';

const info = (lastEditor: string) => ({ lastEditor });

describe('deferredHooks', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('returns at once and runs once per deal per delay, on the latest document and editor', async () => {
    const runs: { dealId: string; doc: Y.Doc; by: string | null }[] = [];
    const hook = deferredHooks(
      { onDocumentStored: (dealId, doc, i) => void runs.push({ dealId, doc, by: i.lastEditor }) },
      { delayMs: 1000, log: () => undefined },
    );
    const first = new Y.Doc();
    const latest = new Y.Doc();
    expect(hook.onDocumentStored('a', first, info('mei'))).toBeUndefined();
    hook.onDocumentStored('b', first, info('mei'));
    await vi.advanceTimersByTimeAsync(500);
    hook.onDocumentStored('a', latest, info('lin'));
    expect(runs).toEqual([]);
    expect(hook.pending()).toBe(2);
    await vi.advanceTimersByTimeAsync(500);
    expect(runs).toEqual([
      { dealId: 'a', doc: latest, by: 'lin' },
      { dealId: 'b', doc: first, by: 'mei' },
    ]);
    expect(hook.pending()).toBe(0);
    // A store after the run starts a new window.
    hook.onDocumentStored('a', first, info('mei'));
    await vi.advanceTimersByTimeAsync(999);
    expect(runs).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toHaveLength(3);
  });

  it('runs one hook at a time, and a store during a run waits for a run of its own', async () => {
    let active = 0;
    let most = 0;
    const release: (() => void)[] = [];
    const ran: string[] = [];
    const hook = deferredHooks(
      {
        async onDocumentStored(dealId) {
          active += 1;
          most = Math.max(most, active);
          await new Promise<void>((resolve) => release.push(resolve));
          ran.push(dealId);
          active -= 1;
        },
      },
      { delayMs: 100, log: () => undefined },
    );
    for (const deal of ['a', 'b', 'c']) hook.onDocumentStored(deal, new Y.Doc(), info('mei'));
    await vi.advanceTimersByTimeAsync(100);
    expect(release).toHaveLength(1);
    hook.onDocumentStored('a', new Y.Doc(), info('lin')); // while a runs: a new window
    while (release.length > 0) {
      release.shift()!();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(ran).toEqual(['a', 'b', 'c', 'a']);
    expect(most).toBe(1);
  });

  it('logs a failing run without throwing, and later runs go on', async () => {
    const logged: string[] = [];
    const ran: string[] = [];
    const hook = deferredHooks(
      {
        onDocumentStored(dealId) {
          if (dealId === 'bad') throw new Error('summary table away');
          ran.push(dealId);
        },
      },
      { delayMs: 100, log: (message) => logged.push(message) },
    );
    hook.onDocumentStored('bad', new Y.Doc(), info('mei'));
    hook.onDocumentStored('good', new Y.Doc(), info('mei'));
    await vi.advanceTimersByTimeAsync(100);
    expect(logged).toEqual(['onDocumentStored of deal bad failed: summary table away']);
    expect(ran).toEqual(['good']);
  });

  it('flush runs every pending hook now and waits for them', async () => {
    const ran: string[] = [];
    const hook = deferredHooks(
      {
        async onDocumentStored(dealId) {
          await Promise.resolve();
          ran.push(dealId);
        },
      },
      { delayMs: 60_000, log: () => undefined },
    );
    hook.onDocumentStored('a', new Y.Doc(), info('mei'));
    hook.onDocumentStored('b', new Y.Doc(), info('mei'));
    await hook.flush();
    expect(ran).toEqual(['a', 'b']);
    expect(hook.pending()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});
