/**
 * Which card shows its name as a text field (renaming on the card itself). A tiny store
 * rather than React state, so starting or ending a rename re-renders the one card it
 * concerns, not every card on a map of thousands (each card selects `current === id`).
 */
import { createContext } from 'react';

export class Renaming {
  private current: string | null = null;
  private readonly listeners = new Set<() => void>();

  /** The person whose name is being edited on their card, or null. */
  get = (): string | null => this.current;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  start(id: string): void {
    this.set(id);
  }

  /** Ends the rename of `id` (or any rename, without an id). */
  stop(id?: string): void {
    if (id === undefined || this.current === id) this.set(null);
  }

  private set(id: string | null): void {
    if (this.current === id) return;
    this.current = id;
    for (const listener of this.listeners) listener();
  }
}

export interface RenameContextValue {
  readonly renaming: Renaming;
  /** A new name typed on a card: one edit (the caller ignores a blank or unchanged name). */
  readonly commit: (id: string, name: string) => void;
}

export const RenameContext = createContext<RenameContextValue | null>(null);

/** The name to save from what was typed: trimmed; null when blank or unchanged (nothing to do). */
export function typedName(typed: string, before: string): string | null {
  const name = typed.trim();
  return name === '' || name === before ? null : name;
}
