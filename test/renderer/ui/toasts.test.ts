import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXPORT_TOAST, ToastStore } from '../../../renderer/ui/toasts';

describe('ToastStore', () => {
  afterEach(() => vi.useRealTimers());

  it('export messages replace each other instead of piling up (issue 8)', () => {
    vi.useFakeTimers();
    const store = new ToastStore();
    store.show('“Deal” deleted.');
    for (const format of ['png', 'svg', 'pptx', 'csv']) store.show(`Exported deal.${format}.`, { kind: EXPORT_TOAST });
    expect(store.getToasts().map((t) => t.text)).toEqual(['“Deal” deleted.', 'Exported deal.csv.']);
  });

  it('messages without a kind still stack, four at most', () => {
    vi.useFakeTimers();
    const store = new ToastStore();
    for (let i = 1; i <= 6; i++) store.show(`m${i}`);
    expect(store.getToasts().map((t) => t.text)).toEqual(['m3', 'm4', 'm5', 'm6']);
  });

  it('a listener subscribed twice is told twice, and each handle ends its own subscription', () => {
    const store = new ToastStore();
    let calls = 0;
    const listener = () => (calls += 1);
    const first = store.subscribe(listener);
    store.subscribe(listener);
    first();
    store.show('x', { timeoutMs: 0 });
    expect(calls).toBe(1);
  });
});
