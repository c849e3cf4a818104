/**
 * Where the team connection hands over a deal's shared Awareness (y-protocols, the
 * HocuspocusProvider's `awareness`) to the deal's screen, which shows presence with it.
 * A deal nobody shares has none here: its screen then keeps a local Awareness that shows
 * nobody else, so presence has one path connected or not.
 *
 *   const release = sharedAwareness.provide(dealId, provider.awareness);
 *   // ... on disconnect or when the deal closes:
 *   release();
 */
import { useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { Subscriptions } from '../editor/subscriptions';

export class AwarenessRegistry {
  private readonly byDeal = new Map<string, Awareness>();
  private readonly listeners = new Subscriptions<() => void>();

  /** Hands over a deal's shared Awareness; the function returned takes it back (only if still this one). */
  provide(dealId: string, awareness: Awareness): () => void {
    this.byDeal.set(dealId, awareness);
    this.notify();
    return () => {
      if (this.byDeal.get(dealId) !== awareness) return;
      this.byDeal.delete(dealId);
      this.notify();
    };
  }

  get(dealId: string): Awareness | null {
    return this.byDeal.get(dealId) ?? null;
  }

  subscribe = (listener: () => void): (() => void) => this.listeners.add(listener);

  private notify(): void {
    for (const listener of this.listeners.list()) listener();
  }
}

/** The app's one registry (a deal's screen and the team connection both reach it). */
export const sharedAwareness = new AwarenessRegistry();

/** The shared Awareness of a deal, or null while it is not connected; re-renders when one is handed over. */
export function useSharedAwareness(dealId: string, registry: AwarenessRegistry = sharedAwareness): Awareness | null {
  return useSyncExternalStore(registry.subscribe, () => registry.get(dealId));
}
