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
 */
import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { readStoredMessage } from '../../shared/collab/storedAck';
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

  /** Asked again after a refusal or a close by the server: gone for good, or only a token to renew. */
  const checkMembership = async () => {
    const member = await options.stillMember().catch(() => 'unknown' as const);
    if (member === false && !destroyed) {
      refused = true;
      provider?.destroy();
      update();
    }
  };

  provider = new HocuspocusProvider({
    url: collabUrl(options.server),
    name: options.dealId,
    document: ydoc,
    token: () => options.token(),
    onStatus: ({ status: next }) => {
      status = next;
      update();
    },
    onSynced: ({ state }) => {
      if (state) {
        everSynced = true;
        resolveSynced();
      }
      update();
    },
    onAuthenticated: ({ scope }) => options.onScope?.(scope === 'readonly'),
    onAuthenticationFailed: () => void checkMembership(),
    onClose: ({ event }) => {
      // A close of the deal by the server leaves the socket open (no status change): the
      // provider is no longer in step, which the state must say (it said "synced" until now).
      update();
      if (event.reason === 'access-revoked') void checkMembership();
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
      ydoc.off('update', onUpdate);
      provider?.destroy();
    },
  };
}
