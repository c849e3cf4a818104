/**
 * Keeping windows in step. Every window's repository tells its DealSync of each committed
 * write, and the DealSync posts it on a BroadcastChannel; the other windows' DealSyncs
 * hear it and tell whoever follows that deal (an open editor reloads it) or the library
 * (an open list refreshes). A window ignores its own messages: its editor's state is already
 * current. Its own library changes are told to its own library too, at once: a change made
 * away from the list (the team refresh deleting the local copy of a deal the user was removed
 * from) would otherwise leave a stale row until a reload. The database stays the source of
 * truth; messages only say "look again".
 *
 * Where BroadcastChannel is missing the app still works, as a single window.
 */
import { NO_CHANGES, type ChangeSet, type RowChanges } from '../editor/changeSet';
import { newId } from '../editor/ids';
import { Subscriptions } from '../editor/subscriptions';
import type { LibraryChange, LibraryChangeType, RepositoryObserver } from './repository';

export const CHANNEL_NAME = 'powermap-deals';

/** A write to one deal's rows. */
export interface DealChangeMessage {
  readonly type: 'deal';
  readonly dealId: string;
  readonly changes: ChangeSet;
  /** The window that wrote it. */
  readonly writer: string;
}

export interface LibraryMessage {
  readonly type: 'library';
  readonly change: LibraryChange;
  readonly writer: string;
}

export type SyncMessage = DealChangeMessage | LibraryMessage;

/**
 * What the library list hears: the library changes, and `updated` when another window
 * saved an edit (the list's last-change time and win likelihood moved).
 */
export interface LibraryEvent {
  readonly type: LibraryChangeType | 'updated';
  readonly dealId: string;
}

export type DealChangeListener = (message: DealChangeMessage) => void;
export type LibraryListener = (event: LibraryEvent) => void;

export interface DealSyncOptions {
  /** This window's id (default: a new random one). */
  readonly windowId?: string;
  /** The channel's name (default `powermap-deals`); tests use their own. */
  readonly channelName?: string;
}

const LIBRARY_TYPES: readonly string[] = ['created', 'deleted', 'restored', 'renamed', 'replaced', 'purged'];

export class DealSync implements RepositoryObserver {
  readonly windowId: string;
  private channel: BroadcastChannel | null;
  private readonly dealListeners = new Map<string, Subscriptions<DealChangeListener>>();
  private readonly libraryListeners = new Subscriptions<LibraryListener>();

  constructor(options: DealSyncOptions = {}) {
    this.windowId = options.windowId ?? newId('w');
    this.channel =
      typeof BroadcastChannel === 'function' ? new BroadcastChannel(options.channelName ?? CHANNEL_NAME) : null;
    if (this.channel) this.channel.onmessage = (event: { data: unknown }) => this.receive(event.data);
  }

  /** RepositoryObserver: a write to a deal's rows was committed in this window. */
  dealSaved(dealId: string, changes: ChangeSet): void {
    this.post({ type: 'deal', dealId, changes, writer: this.windowId });
  }

  /** RepositoryObserver: a library change was committed in this window: every window's library hears it, this one's too. */
  libraryChanged(change: LibraryChange): void {
    const event: LibraryChange = { type: change.type, dealId: change.dealId };
    this.post({ type: 'library', change: event, writer: this.windowId });
    for (const listener of this.libraryListeners.list()) call(listener, event);
  }

  /**
   * RepositoryObserver: a deal's library row was written in this window after its edits
   * (./dealDoc.ts writes it when the page is idle): other windows hear it as a save, and this
   * window's library too, which may have listed the deal before its row was written.
   */
  summaryWritten(dealId: string): void {
    this.dealSaved(dealId, NO_CHANGES);
    for (const listener of this.libraryListeners.list()) call(listener, { type: 'updated', dealId });
  }

  /** Calls `listener` when another window writes to this deal; returns the unsubscribe. */
  onDealChange(dealId: string, listener: DealChangeListener): () => void {
    let listeners = this.dealListeners.get(dealId);
    if (!listeners) this.dealListeners.set(dealId, (listeners = new Subscriptions()));
    const close = listeners.add(listener);
    return () => {
      close();
      if (listeners.size === 0 && this.dealListeners.get(dealId) === listeners) this.dealListeners.delete(dealId);
    };
  }

  /** Calls `listener` when any window (this one too) changes the library, or another window saves a deal. */
  onLibraryChange(listener: LibraryListener): () => void {
    return this.libraryListeners.add(listener);
  }

  /** Stops listening and posting (a closed channel would otherwise keep a Node process alive). */
  close(): void {
    this.channel?.close();
    this.channel = null;
    this.dealListeners.clear();
    this.libraryListeners.clear();
  }

  private post(message: SyncMessage): void {
    this.channel?.postMessage(message);
  }

  private receive(data: unknown): void {
    if (!isSyncMessage(data) || data.writer === this.windowId) return;
    if (data.type === 'deal') {
      for (const listener of this.dealListeners.get(data.dealId)?.list() ?? []) call(listener, data);
      for (const listener of this.libraryListeners.list()) call(listener, { type: 'updated', dealId: data.dealId });
    } else {
      for (const listener of this.libraryListeners.list()) call(listener, data.change);
    }
  }
}

/** One listener's failure must not keep the others from hearing: it is rethrown on its own. */
function call<T>(listener: (value: T) => void, value: T): void {
  try {
    listener(value);
  } catch (error) {
    queueMicrotask(() => {
      throw error;
    });
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object';
}

function isIds(value: unknown): boolean {
  return Array.isArray(value) && value.every((id) => typeof id === 'string');
}

function isRowChanges(value: unknown): value is RowChanges {
  return isRecord(value) && isIds(value['put']) && isIds(value['del']);
}

function isChangeSet(value: unknown): value is ChangeSet {
  return (
    isRecord(value) &&
    typeof value['deal'] === 'boolean' &&
    isRowChanges(value['team']) &&
    isRowChanges(value['people']) &&
    isRowChanges(value['lines'])
  );
}

/** Messages come from windows of the same origin, but may come from an older or newer build. */
function isSyncMessage(value: unknown): value is SyncMessage {
  if (!isRecord(value) || typeof value['writer'] !== 'string') return false;
  if (value['type'] === 'deal') return typeof value['dealId'] === 'string' && isChangeSet(value['changes']);
  if (value['type'] === 'library') {
    const change = value['change'];
    return isRecord(change) && typeof change['dealId'] === 'string' && LIBRARY_TYPES.includes(String(change['type']));
  }
  return false;
}
