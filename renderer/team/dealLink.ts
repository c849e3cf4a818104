/**
 * The moving parts of one shared deal's connection (dealConnection.ts): the Hocuspocus
 * provider, what it said last, the state worked out from that, and what is done when the
 * server closes or refuses the deal on an open socket.
 */
import {
  HocuspocusProvider,
  WebSocketStatus,
  type CompleteHocuspocusProviderConfiguration,
} from '@hocuspocus/provider';
import { verdictOfClose } from '../../shared/collab/closeReasons';
import { readStoredMessage } from '../../shared/collab/storedAck';
import type { DealConnectionOptions, SyncState } from './dealConnectionOptions';
import { Backoff } from './reattach';
import { WaitingChanges } from './waitingChanges';

/** The WebSocket address of a server's collaboration endpoint. */
export const collabUrl = (server: string): string => `${server.replace(/^http/u, 'ws')}/collab`;

const countOf = (state: SyncState): number => ('count' in state ? state.count : 0);

/** The provider's callbacks that DealLink answers. */
type ProviderEvents = Pick<
  CompleteHocuspocusProviderConfiguration,
  'onOpen' | 'onStatus' | 'onSynced' | 'onAuthenticated' | 'onAuthenticationFailed' | 'onClose' | 'onStateless'
>;

export class DealLink {
  private readonly options: DealConnectionOptions;
  private readonly waiting: WaitingChanges;
  private readonly foreign: Set<unknown>;
  private readonly backoff: Backoff;
  private status: WebSocketStatus = WebSocketStatus.Connecting;
  private everSynced = false;
  private refused = false;
  private destroyed = false;
  current: SyncState = { kind: 'connecting' };
  // Assigned in open(); its callbacks may run while it is being constructed.
  private provider: HocuspocusProvider | null = null;
  private resolveSynced: () => void = () => {};
  readonly firstSync = new Promise<void>((resolve) => (this.resolveSynced = resolve));
  /** Set when the server said the token ran out: the next one asked for is a new one. */
  private renewToken = false;
  /** When the deal was last in step with the server: a connection that held that long starts the waits again. */
  private syncedAt: number | null = null;

  constructor(options: DealConnectionOptions) {
    this.options = options;
    this.waiting = new WaitingChanges(options.ydoc);
    this.foreign = new Set(options.foreignOrigins ?? []);
    this.backoff = new Backoff(options.retry);
  }

  private compute(): SyncState {
    if (this.refused) return { kind: 'refused' };
    const count = this.waiting.count();
    if (this.status !== WebSocketStatus.Connected || !this.provider?.isSynced)
      return this.everSynced || count > 0 ? { kind: 'offline', count } : { kind: 'connecting' };
    return count > 0 ? { kind: 'waiting', count } : { kind: 'synced' };
  }

  /** Works the state out again and tells onState when it changed. */
  private readonly update = () => {
    if (this.destroyed) return;
    const next = this.compute();
    if (next.kind === this.current.kind && countOf(next) === countOf(this.current)) return;
    this.current = next;
    this.options.onState?.(next);
  };

  /** Asked again after a refusal or a close by the server: gone for good, or only a token to renew. */
  private async checkMembership(): Promise<void> {
    const member = await this.options.stillMember().catch(() => 'unknown' as const);
    if (member === false && !this.destroyed) {
      this.refused = true;
      this.backoff.cancel();
      this.provider?.destroy();
      this.update();
    }
  }

  private readonly token = (): Promise<string> => {
    if (!this.renewToken || !this.options.renewToken) return this.options.token();
    this.renewToken = false;
    return this.options.renewToken();
  };

  /** Attaches the deal again on the open socket, as the provider does when the socket opens. */
  private readonly reattach = () => {
    const { provider } = this;
    const opened = provider?.configuration.websocketProvider.receivedOnOpenPayload;
    if (this.destroyed || this.refused || !provider || !opened || provider.isAuthenticated) return;
    // A socket that is not open attaches every deal when it opens again (`onOpen` below).
    if (this.status !== WebSocketStatus.Connected) return;
    void provider.onOpen(opened);
  };

  /** The server closed or refused the deal on an open socket: why decides what comes next. */
  private async closedByServer(reason: string): Promise<void> {
    if (this.syncedAt !== null && Date.now() - this.syncedAt >= this.backoff.nextWaitMs()) this.backoff.reset();
    this.syncedAt = null;
    const verdict = verdictOfClose(reason);
    if (verdict === 'renew-token') this.renewToken = true;
    if (verdict === 'ask-membership') await this.checkMembership();
    if (!this.destroyed && !this.refused) this.backoff.schedule(this.reattach);
  }

  /** The server said it stored up to a state vector: those changes are no longer waiting. */
  private stored(payload: string): void {
    const vector = readStoredMessage(payload);
    if (!vector) return;
    this.waiting.noteStored(vector);
    this.options.onStored?.(vector);
    this.update();
  }

  private events(): ProviderEvents {
    return {
      // The socket (re)opened: the provider attaches the deal itself, no try of ours is needed.
      onOpen: () => this.backoff.cancel(),
      onStatus: ({ status: next }) => {
        this.status = next;
        this.update();
      },
      onSynced: ({ state }) => {
        if (state) {
          this.everSynced = true;
          this.syncedAt = Date.now();
          this.resolveSynced();
        }
        this.update();
      },
      onAuthenticated: ({ scope }) => this.options.onScope?.(scope === 'readonly'),
      onAuthenticationFailed: ({ reason }) => void this.closedByServer(reason),
      onClose: ({ event }) => {
        // A close of the deal by the server leaves the socket open (no status change): the
        // provider is no longer in step, which the state must say (it said "synced" until now).
        this.update();
        // A closed socket has already said so (its status comes first); it opens again by itself.
        if (this.status === WebSocketStatus.Connected) void this.closedByServer(event.reason);
      },
      onStateless: ({ payload }) => this.stored(payload),
    };
  }

  /** A change to the Y.Doc: one made here (not the provider's, nor a foreign origin's) waits to be stored. */
  private readonly onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin === this.provider || this.foreign.has(origin)) return;
    this.waiting.noteLocalChange();
    this.update();
  };

  /** Connects: the provider on the deal's Y.Doc, then the watch for changes made here. */
  open(): HocuspocusProvider {
    const { options } = this;
    const provider = new HocuspocusProvider({
      url: collabUrl(options.server),
      name: options.dealId,
      document: options.ydoc,
      token: this.token,
      ...this.events(),
    });
    this.provider = provider;
    options.ydoc.on('update', this.onUpdate);
    return provider;
  }

  destroy(): void {
    this.destroyed = true;
    this.backoff.cancel();
    this.options.ydoc.off('update', this.onUpdate);
    this.provider?.destroy();
  }
}
