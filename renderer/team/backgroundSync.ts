/**
 * Shared deals that are not open but have changes waiting (counted from their local log,
 * teamStore.ts) are sent to the server in the background while the user is signed in and
 * online: each deal's Y.Doc is opened, connected (dealConnection.ts), kept until the server
 * says it has stored everything the Y.Doc holds (shared/collab/storedAck.ts), then closed.
 *
 * Started at a sign-in, when the device comes online, and when a shared deal is closed.
 * Bounded: a few deals at a time; each tried a few times, waiting longer after each failure;
 * everything stops when the user signs out (a deal being sent is closed at once). A deal the
 * server refuses is refused as when open (its local copy removed, teamStore.ts).
 */
import * as Y from 'yjs';
import { covered } from '../../shared/collab/storedAck';
import { connectDeal, type DealConnectionOptions, type DealConnection } from './dealConnection';
import type { DealDoc } from './TeamContext';
import { listSharedDeals } from './teamApi';
import type { TeamStore } from './teamStore';

export interface BackgroundSyncOptions {
  readonly store: TeamStore;
  readonly openDoc: (dealId: string) => Promise<DealDoc>;
  readonly connect?: (options: DealConnectionOptions) => DealConnection;
  /** Whether the device is online (navigator.onLine); a kick while offline does nothing. */
  readonly online?: () => boolean;
  /** Deals sent at once. */
  readonly concurrency?: number;
  /** Tries per deal and kick. */
  readonly attempts?: number;
  /** The wait after the first failed try; doubled after each. */
  readonly backoffMs?: number;
  /** How long one try waits for the server's acknowledgement. */
  readonly ackTimeoutMs?: number;
}

export class BackgroundSync {
  private readonly queue: string[] = [];
  private readonly busy = new Set<string>();
  /** Changes at each sign-in and sign-out: work of an older one stops. */
  private generation = 0;
  private readonly aborts = new Set<() => void>();
  private readonly idle = new Set<() => void>();
  private readonly concurrency: number;
  private readonly attempts: number;
  private readonly backoffMs: number;
  private readonly ackTimeoutMs: number;

  constructor(private readonly options: BackgroundSyncOptions) {
    this.concurrency = options.concurrency ?? 2;
    this.attempts = options.attempts ?? 3;
    this.backoffMs = options.backoffMs ?? 2_000;
    this.ackTimeoutMs = options.ackTimeoutMs ?? 30_000;
  }

  /** Follows the session (a sign-in kicks, a sign-out stops) and the browser's `online` event. */
  start(events?: Pick<Window, 'addEventListener' | 'removeEventListener'>): () => void {
    const onSession = () => {
      this.generation += 1;
      for (const abort of [...this.aborts]) abort();
      this.queue.length = 0;
      void this.kick();
    };
    const unsubscribe = this.options.store.session.subscribe(onSession);
    // A deal closed with changes still waiting is sent in the background from then on.
    let live = new Set(this.options.store.liveIds());
    const unsubscribeStore = this.options.store.subscribe(() => {
      const now = new Set(this.options.store.liveIds());
      const closed = [...live].some((id) => !now.has(id));
      live = now;
      if (closed) void this.kick();
    });
    const onOnline = () => void this.kick();
    events?.addEventListener('online', onOnline);
    void this.kick();
    return () => {
      unsubscribe();
      unsubscribeStore();
      events?.removeEventListener('online', onOnline);
      this.generation += 1;
      for (const abort of [...this.aborts]) abort();
      this.queue.length = 0;
    };
  }

  /** Counts every linked deal's changes waiting, and queues those not open that have some. */
  async kick(): Promise<void> {
    const { store } = this.options;
    if (!store.session.current() || !(this.options.online?.() ?? true)) return;
    const generation = this.generation;
    for (const dealId of store.linkedIds()) {
      if (store.isLive(dealId) || this.busy.has(dealId) || this.queue.includes(dealId)) continue;
      const waiting = await store.recount(dealId).catch(() => 0);
      if (generation !== this.generation) return;
      if (waiting > 0) this.queue.push(dealId);
    }
    this.pump();
  }

  /** Resolves when nothing is queued or being sent (tests, and the library's status). */
  whenIdle(): Promise<void> {
    if (this.busy.size === 0 && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idle.add(resolve));
  }

  private pump(): void {
    while (this.busy.size < this.concurrency && this.queue.length > 0) {
      const dealId = this.queue.shift();
      if (dealId === undefined) break;
      this.busy.add(dealId);
      void this.syncDeal(dealId, this.generation).finally(() => {
        this.busy.delete(dealId);
        this.pump();
        if (this.busy.size > 0 || this.queue.length > 0) return;
        for (const resolve of this.idle) resolve();
        this.idle.clear();
      });
    }
  }

  private async syncDeal(dealId: string, generation: number): Promise<void> {
    for (let attempt = 0; attempt < this.attempts; attempt += 1) {
      if (generation !== this.generation || this.options.store.isLive(dealId)) return;
      const outcome = await this.tryOnce(dealId, generation).catch(() => 'failed' as const);
      if (outcome !== 'failed') break;
      if (attempt + 1 < this.attempts) await this.pause(this.backoffMs * 2 ** attempt);
    }
    if (generation === this.generation && this.options.store.linked(dealId))
      await this.options.store.recount(dealId).catch(() => undefined);
  }

  /** One try: open, connect, wait until the server stored all the Y.Doc holds, close. */
  private async tryOnce(dealId: string, generation: number): Promise<'stored' | 'refused' | 'stopped'> {
    const { store } = this.options;
    const session = store.session.current();
    if (!session || generation !== this.generation) return 'stopped';
    const doc = await this.options.openDoc(dealId);
    const ended = this.bounded<'stored' | 'refused'>(this.ackTimeoutMs);
    const check = () => {
      const holds = Y.decodeStateVector(Y.encodeStateVector(doc.ydoc));
      if (covered(holds, store.storedVector(dealId))) ended.finish('stored');
    };
    const connection = (this.options.connect ?? connectDeal)({
      server: session.server,
      dealId,
      ydoc: doc.ydoc,
      token: () => store.session.accessToken(),
      renewToken: () => store.session.refresh(),
      stillMember: async () => (await listSharedDeals(store.session)).some((deal) => deal.id === dealId),
      foreignOrigins: doc.foreignOrigins,
      onStored: (vector) => {
        store.noteStored(dealId, vector);
        check();
      },
      onState: (state) => {
        if (state.kind === 'refused') ended.finish('refused');
      },
    });
    // The first sync brings what the server holds: it may be stored already.
    void connection.synced().then(check);
    const outcome = await ended.promise;
    connection.destroy();
    await doc.close().catch(() => undefined);
    if (outcome === 'refused') store.setLive(dealId, { kind: 'refused' });
    if (outcome === 'timeout') throw new Error('no acknowledgement in time');
    return outcome;
  }

  /** A wait that ends with the first outcome given, `timeout` after `ms`, or `stopped` at a sign-out. */
  private bounded<T extends string>(
    ms: number,
  ): {
    promise: Promise<T | 'timeout' | 'stopped'>;
    finish: (outcome: T) => void;
  } {
    let finish: (outcome: T | 'timeout' | 'stopped') => void = () => {};
    const promise = new Promise<T | 'timeout' | 'stopped'>((resolve) => {
      const timer = setTimeout(() => finish('timeout'), ms);
      const abort = () => finish('stopped');
      this.aborts.add(abort);
      finish = (outcome) => {
        clearTimeout(timer);
        this.aborts.delete(abort);
        resolve(outcome);
      };
    });
    return { promise, finish: (outcome: T) => finish(outcome) };
  }

  private async pause(ms: number): Promise<void> {
    await this.bounded<never>(ms).promise;
  }
}
