/**
 * One shared deal's connection to the team server: a Hocuspocus provider on the deal's local
 * Y.Doc (persistence/dealDoc.ts keeps that Y.Doc in the local database, so whatever the
 * provider applies is stored, and what is edited offline is sent when the connection is back).
 *
 * The provider asks the session for its token at every connect and when the server asks for
 * a renewal, so a connection outlives the 15-minute access token. Its state is what the
 * library and the deal's screen show:
 * - `connecting`: not yet in step with the server;
 * - `synced`: in step, and every change made here stored by the server;
 * - `waiting`: connected, N changes sent but not yet stored (acknowledged);
 * - `offline`: not connected, N changes waiting;
 * - `refused`: the server refuses this user the deal (no longer a member): the caller removes
 *   the local copy (issue 11, docs/SERVER.md "What data sits on laptops").
 *
 * When the server closes or refuses the deal while the socket stays open, the provider does
 * not attach it again by itself (it does when the socket opens again): the deal is attached
 * again here after a growing wait (reattach.ts), with a new token first when the old one ran
 * out, and never once the user is no longer a member (shared/collab/closeReasons.ts).
 */
import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { verdictOfClose } from '../../shared/collab/closeReasons';
import { readStoredMessage } from '../../shared/collab/storedAck';
import { Backoff, type RetryWaits } from './reattach';
import { WaitingChanges } from './waitingChanges';

export type SyncState =
  | { readonly kind: 'connecting' }
  | { readonly kind: 'synced' }
  | { readonly kind: 'waiting'; readonly count: number }
  | { readonly kind: 'offline'; readonly count: number }
  | { readonly kind: 'refused' };

export interface DealConnectionOptions {
  readonly server: string;
  readonly dealId: string;
  readonly ydoc: Y.Doc;
  readonly token: () => Promise<string>;
  /** A new access token even if the one held looks valid: asked after the server said it ran out. */
  readonly renewToken?: () => Promise<string>;
  /**
   * Whether the user may still open the deal, asked when the server refuses or closes the
   * connection: a refusal for a token that ran out is not a refusal of the deal.
   */
  readonly stillMember: () => Promise<boolean | 'unknown'>;
  /** Origins of updates that are not changes made here (read from storage, from another window). */
  readonly foreignOrigins?: readonly unknown[];
  readonly onState?: (state: SyncState) => void;
  /** Told whether the server lets this connection write (viewers and team leads read only). */
  readonly onScope?: (readOnly: boolean) => void;
  /** Told each state vector the server says it has stored (kept per deal: teamStore.ts). */
  readonly onStored?: (vector: Map<number, number>) => void;
  /** The waits before attaching the deal again after the server closed it (default 1 s doubling up to 30 s). */
  readonly retry?: RetryWaits;
}

export interface DealConnection {
  state(): SyncState;
  /** Resolves once the Y.Doc holds what the server holds (the first sync). */
  synced(): Promise<void>;
  /** Who else has the deal open and what they selected (the provider's Awareness; presence reads it). */
  readonly awareness: Awareness | null;
  destroy(): void;
}

/** The WebSocket address of a server's collaboration endpoint. */
export const collabUrl = (server: string): string => `${server.replace(/^http/u, 'ws')}/collab`;

export function connectDeal(options: DealConnectionOptions): DealConnection {
  const { ydoc } = options;
  const waiting = new WaitingChanges(ydoc);
  const foreign = new Set(options.foreignOrigins ?? []);
  let status: WebSocketStatus = WebSocketStatus.Connecting;
  let everSynced = false;
  let refused = false;
  let destroyed = false;
  let current: SyncState = { kind: 'connecting' };
  // Assigned below; its callbacks may run while it is being constructed.
  let provider: HocuspocusProvider | null = null;
  let resolveSynced: () => void = () => {};
  const firstSync = new Promise<void>((resolve) => (resolveSynced = resolve));

  const compute = (): SyncState => {
    if (refused) return { kind: 'refused' };
    const count = waiting.count();
    if (status !== WebSocketStatus.Connected || !provider?.isSynced)
      return everSynced || count > 0 ? { kind: 'offline', count } : { kind: 'connecting' };
    return count > 0 ? { kind: 'waiting', count } : { kind: 'synced' };
  };
  const update = () => {
    if (destroyed) return;
    const next = compute();
    if (next.kind === current.kind && ('count' in next ? next.count : 0) === ('count' in current ? current.count : 0))
      return;
    current = next;
    options.onState?.(next);
  };

  const backoff = new Backoff(options.retry);
  /** Asked again after a refusal or a close by the server: gone for good, or only a token to renew. */
  const checkMembership = async () => {
    const member = await options.stillMember().catch(() => 'unknown' as const);
    if (member === false && !destroyed) {
      refused = true;
      backoff.cancel();
      provider?.destroy();
      update();
    }
  };

  /** Set when the server said the token ran out: the next one asked for is a new one. */
  let renewToken = false;
  /** When the deal was last in step with the server: a connection that held that long starts the waits again. */
  let syncedAt: number | null = null;
  const token = (): Promise<string> => {
    if (!renewToken || !options.renewToken) return options.token();
    renewToken = false;
    return options.renewToken();
  };

  /** Attaches the deal again on the open socket, as the provider does when the socket opens. */
  const reattach = () => {
    const opened = provider?.configuration.websocketProvider.receivedOnOpenPayload;
    if (destroyed || refused || !provider || !opened || provider.isAuthenticated) return;
    // A socket that is not open attaches every deal when it opens again (`onOpen` below).
    if (status !== WebSocketStatus.Connected) return;
    void provider.onOpen(opened);
  };

  /** The server closed or refused the deal on an open socket: why decides what comes next. */
  const closedByServer = async (reason: string) => {
    if (syncedAt !== null && Date.now() - syncedAt >= backoff.nextWaitMs()) backoff.reset();
    syncedAt = null;
    const verdict = verdictOfClose(reason);
    if (verdict === 'renew-token') renewToken = true;
    if (verdict === 'ask-membership') await checkMembership();
    if (!destroyed && !refused) backoff.schedule(reattach);
  };

  provider = new HocuspocusProvider({
    url: collabUrl(options.server),
    name: options.dealId,
    document: ydoc,
    token,
    // The socket (re)opened: the provider attaches the deal itself, no try of ours is needed.
    onOpen: () => backoff.cancel(),
    onStatus: ({ status: next }) => {
      status = next;
      update();
    },
    onSynced: ({ state }) => {
      if (state) {
        everSynced = true;
        syncedAt = Date.now();
        resolveSynced();
      }
      update();
    },
    onAuthenticated: ({ scope }) => options.onScope?.(scope === 'readonly'),
    onAuthenticationFailed: ({ reason }) => void closedByServer(reason),
    onClose: ({ event }) => {
      // A close of the deal by the server leaves the socket open (no status change): the
      // provider is no longer in step, which the state must say (it said "synced" until now).
      update();
      // A closed socket has already said so (its status comes first); it opens again by itself.
      if (status === WebSocketStatus.Connected) void closedByServer(event.reason);
    },
    onStateless: ({ payload }) => {
      const vector = readStoredMessage(payload);
      if (!vector) return;
      waiting.noteStored(vector);
      options.onStored?.(vector);
      update();
    },
  });

  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin === provider || foreign.has(origin)) return;
    waiting.noteLocalChange();
    update();
  };
  ydoc.on('update', onUpdate);

  return {
    state: () => current,
    synced: () => firstSync,
    awareness: provider.awareness,
    destroy() {
      destroyed = true;
      backoff.cancel();
      ydoc.off('update', onUpdate);
      provider?.destroy();
    },
  };
}
