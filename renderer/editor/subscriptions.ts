/**
 * Listeners kept by subscription, not by function identity.
 *
 * Each `add` returns its own handle that closes only that subscription. A Set of functions
 * would not do: the same function added twice is one entry, so closing either subscription
 * would silently end both. React StrictMode does exactly that in development, mounting a
 * screen twice and running the first mount's cleanup after the second has subscribed
 * (issue 8: every edit was lost under `npm run web`).
 */
export class Subscriptions<F extends (...args: never[]) => unknown> {
  private readonly entries = new Map<symbol, F>();

  /** Adds `listener`; the returned function removes this subscription only (calling it twice is harmless). */
  add(listener: F): () => void {
    const key = Symbol('subscription');
    this.entries.set(key, listener);
    return () => {
      this.entries.delete(key);
    };
  }

  /** The listeners now subscribed, in order (a copy, so a listener may unsubscribe while called). */
  list(): F[] {
    return [...this.entries.values()];
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
  }
}
