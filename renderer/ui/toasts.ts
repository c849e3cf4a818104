/**
 * Short messages at the bottom of the window ("Deleted. Undo"), kept in a tiny store so
 * any part of the app can raise one. Messages are plain text.
 */
export interface Toast {
  readonly id: number;
  readonly text: string;
  readonly tone: 'info' | 'error';
  readonly action?: { readonly label: string; readonly run: () => void };
  /** Messages of one kind replace each other ("Exported…"), so they never pile up. */
  readonly kind?: string;
}

import { Subscriptions } from '../editor/subscriptions';

type Listener = () => void;

/** Export messages are of this kind: a new one replaces the last, so they never pile up. */
export const EXPORT_TOAST = 'export';

export class ToastStore {
  private toasts: readonly Toast[] = [];
  private next = 1;
  private readonly listeners = new Subscriptions<Listener>();

  getToasts = (): readonly Toast[] => this.toasts;

  subscribe = (listener: Listener): (() => void) => this.listeners.add(listener);

  show(
    text: string,
    options: { tone?: Toast['tone']; action?: Toast['action']; timeoutMs?: number; kind?: string } = {},
  ): number {
    const id = this.next++;
    const { kind } = options;
    const others = kind === undefined ? this.toasts : this.toasts.filter((toast) => toast.kind !== kind);
    const toast: Toast = { id, text, tone: options.tone ?? 'info', action: options.action, ...(kind ? { kind } : {}) };
    this.toasts = [...others.slice(-3), toast];
    this.emit();
    const timeout = options.timeoutMs ?? (options.tone === 'error' ? 0 : 8000);
    if (timeout > 0) setTimeout(() => this.dismiss(id), timeout);
    return id;
  }

  dismiss(id: number): void {
    const left = this.toasts.filter((t) => t.id !== id);
    if (left.length === this.toasts.length) return;
    this.toasts = left;
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners.list()) listener();
  }
}
