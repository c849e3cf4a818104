/**
 * The collaboration half of the server: Hocuspocus (Yjs sync) on the WebSocket path of the
 * HTTP server, one document per shared deal, named by the deal's id.
 *
 * - Nothing of a document is sent before onAuthenticate has verified the access token and
 *   the user's access to that deal; viewers and team leads get a read-only connection, whose
 *   updates Hocuspocus refuses.
 * - The state is loaded from our database, and each store appends only the updates since the
 *   last one (unstoredUpdates.ts, store/documents.ts); now and then, and when the deal unloads,
 *   they are compacted into its base. The store hook never throws (a throwing hook leaves the
 *   document in memory for good): a failed store is logged, counted and scheduled again, which
 *   also keeps the unstored document loaded until it is stored.
 * - After each store every client gets the stored state vector (shared/collab/storedAck.ts); a client that connects gets the
 *   last stored one at once, so an app with nothing new to send learns its edits are safe..
 * - With REDIS_URL, Hocuspocus's Redis extension keeps processes on one deal in step.
 */
import type { IncomingMessage as HttpRequest } from 'node:http';
import type { Duplex } from 'node:stream';
import { Redis } from '@hocuspocus/extension-redis';
import {
  Hocuspocus,
  IncomingMessage,
  MessageType,
  type Connection,
  type Document,
  type Extension,
  shouldSkipStoreHooks,
  type onStoreDocumentPayload,
  type WebSocketLike,
} from '@hocuspocus/server';
import crossws from 'crossws/adapters/node';
import * as Y from 'yjs';
import type { AccessTokens } from '../auth/accessTokens';
import type { Database } from '../db/database';
import { accessOfMany, type DealUser } from '../store/deals';
import { grouped } from '../db/grouped';
import { compactDocument, groupedAppends, loadDocuments } from '../store/documents';
import { canWrite, type DealAccess } from '../store/roles';
import { ACCESS_CLOSE, ConnectionRefused, TOKEN_RENEWAL_MS, type ConnectionContext } from './access';
import type { DocumentHooks } from './hooks';
import type { CollabLimits } from './limits';
import { storedMessage } from '../../shared/collab/storedAck';
import { RELAYED_STORE_BYTES, UnstoredUpdates } from './unstoredUpdates';

export interface CollabOptions {
  db: Database;
  tokens: AccessTokens;
  hooks: DocumentHooks;
  limits: CollabLimits;
  redisUrl?: string | undefined;
  log: (message: string) => void;
}

export interface CollabServer {
  hocuspocus: Hocuspocus<ConnectionContext>;
  handleUpgrade(request: HttpRequest, socket: Duplex, head: Buffer): Promise<void>;
  /** Closes the user's live connections to the deal now, on every process (membership removed or lowered). */
  closeUserConnections(dealId: string, userId: string, reason: keyof typeof ACCESS_CLOSE): number;
  /**
   * Reads access to the deal again now for every open connection to it, on every process, and
   * closes those that lost it (its team changed: who leads the old team no longer reads it).
   * Resolves the number closed on this process.
   */
  recheckDeal(dealId: string): Promise<number>;
  stats(): {
    documents: number;
    connections: number;
    storeFailures: number;
    redis: 'off' | 'ok' | 'down';
    /** Deals whose unstored updates are followed; 0 once every document is unloaded. */
    followed: number;
  };
  close(): Promise<void>;
}

/** redis://[user:password@]host[:port][/db] as the Redis extension's host, port and client options. */
export function redisConnection(url: string): {
  host: string;
  port: number;
  options: { username?: string; password?: string; db?: number; tls?: object; maxRetriesPerRequest: number };
} {
  const parsed = new URL(url);
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:')
    throw new Error(`REDIS_URL must start with redis:// or rediss://, not ${parsed.protocol}`);
  const db = parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : undefined;
  return {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 6379,
    options: {
      ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
      ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
      ...(db !== undefined && Number.isInteger(db) ? { db } : {}),
      ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
      maxRetriesPerRequest: 3,
    },
  };
}

/**
 * The Redis extension, except that a failure to take its store lock (Redis down, a lock error)
 * does not throw out of onStoreDocument, which would leave the document in memory unstored.
 * Stores append (store/documents.ts), so storing without the lock is safe; "another process is
 * storing it" still skips our store, as intended.
 */
class StoreTolerantRedis extends Redis {
  constructor(
    configuration: ConstructorParameters<typeof Redis>[0],
    private readonly log: (message: string) => void,
  ) {
    super(configuration);
  }

  override async onStoreDocument(payload: onStoreDocumentPayload): Promise<void> {
    try {
      await super.onStoreDocument(payload);
    } catch (error) {
      if (error instanceof Error && error.constructor.name === 'SkipFurtherHooksError') throw error;
      this.log(`redis store lock of deal ${payload.documentName} failed, storing without it: ${String(error)}`);
    }
  }
}

const ACCESS_CHANNEL = 'powermap:access-changed';

/** Whether a Hocuspocus message carries Yjs sync data: its type follows the document name. */
function isSyncMessage(message: Uint8Array): boolean {
  try {
    const incoming = new IncomingMessage(message);
    incoming.readVarString();
    return incoming.readVarUint() === Number(MessageType.Sync);
  } catch {
    return true; // unreadable: counted, and Hocuspocus refuses it anyway
  }
}

/** One user's access to a deal changed; or, with `recheck`, access to the deal is to be read again for everyone. */
type AccessChange =
  { dealId: string; userId: string; reason: keyof typeof ACCESS_CLOSE } | { dealId: string; recheck: true };

function readAccessChange(message: string): AccessChange | undefined {
  try {
    const change = JSON.parse(message) as { dealId?: unknown; userId?: unknown; reason?: unknown; recheck?: unknown };
    if (typeof change.dealId !== 'string') return undefined;
    if (change.recheck === true) return { dealId: change.dealId, recheck: true };
    if (typeof change.userId !== 'string') return undefined;
    if (change.reason !== 'revoked' && change.reason !== 'changed') return undefined;
    return { dealId: change.dealId, userId: change.userId, reason: change.reason };
  } catch {
    return undefined;
  }
}

interface OpenConnection {
  document: Document;
  connection: Connection<ConnectionContext>;
  context: ConnectionContext;
}

const contextOf = (connection: Connection<ConnectionContext>): ConnectionContext | undefined =>
  connection.context?.userId ? connection.context : undefined;

export function createCollabServer(options: CollabOptions): CollabServer {
  const { db, tokens, hooks, limits, log } = options;
  /** Approximate byte size of each loaded document: its stored state plus the updates since. */
  const sizes = new Map<string, number>();
  let storeFailures = 0;
  /** Consecutive failed stores per deal. */
  const failing = new Map<string, number>();
  /** The account name of each loaded deal's latest local editor, for its summary's last change. */
  const lastEditors = new Map<string, string>();
  /** What each loaded deal has not stored yet, and has appended since its last compaction. */
  const unstored = new UnstoredUpdates();
  const append = groupedAppends(db, limits.appendGroupMs);
  // Connections arriving together (a team opening the app, a restart) share one access query.
  const accessOf = grouped(async (pairs: DealUser[]) => {
    const access = await accessOfMany(db, pairs);
    return pairs.map((pair) => access.get(pair.dealId)?.get(pair.userId));
  });
  // So do the loads of the deals they open (a few large deals per statement at most).
  const loadDocument = grouped(
    async (dealIds: string[]) => {
      const loaded = await loadDocuments(db, dealIds);
      return dealIds.map((id) => loaded.get(id));
    },
    { maxItems: 100 },
  );
  /** The state vector each loaded deal last had stored (loaded or written here): sent to every client that connects. */
  const storedVectors = new Map<string, Uint8Array>();

  const redis = options.redisUrl
    ? new StoreTolerantRedis({ ...redisConnection(options.redisUrl), prefix: 'powermap' }, log)
    : undefined;
  // Access changes reach the other processes at once on a channel of their own (the Redis
  // extension's subscriber decodes every message it gets as a Hocuspocus message).
  const accessSubscriber = redis?.pub.duplicate();
  if (accessSubscriber) {
    accessSubscriber
      .subscribe(ACCESS_CHANNEL)
      .catch((error: unknown) => log(`redis subscribe failed: ${String(error)}`));
    accessSubscriber.on('message', (channel: string, message: string) => {
      if (channel !== ACCESS_CHANNEL) return;
      const change = readAccessChange(message);
      if (!change) return;
      if ('recheck' in change)
        void recheckLocal(change.dealId).catch((error: unknown) =>
          log(`access recheck of deal ${change.dealId} failed: ${String(error)}`),
        );
      else closeLocalConnections(change.dealId, change.userId, change.reason);
    });
  }

  function storeFailed(payload: onStoreDocumentPayload<ConnectionContext>, error: unknown): void {
    const { documentName, document, instance } = payload;
    storeFailures += 1;
    const streak = (failing.get(documentName) ?? 0) + 1;
    failing.set(documentName, streak);
    // While the database is down a store is retried every debounce: log the 1st, 10th, 100th… only.
    if (Number.isInteger(Math.log10(streak)))
      log(
        `store of deal ${documentName} failed (${streak}×), retrying: ${error instanceof Error ? error.message : String(error)}`,
      );
    // Scheduled again through Hocuspocus: the debounce is the back-off, and a pending store keeps the document loaded.
    if (!document.isDestroyed) void instance.storeDocumentHooks(document, payload);
  }

  /** Folds the deal's appended updates into its base; a failure is logged and tried at a later store. */
  async function compact(documentName: string): Promise<void> {
    try {
      const { baseBytes } = await compactDocument(db, documentName);
      unstored.compacted(documentName, baseBytes);
      // The size counted from here: the compact base plus what is not stored yet.
      sizes.set(documentName, baseBytes + unstored.pendingBytes(documentName));
    } catch (error) {
      log(`compaction of deal ${documentName} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  async function store(payload: onStoreDocumentPayload<ConnectionContext>): Promise<void> {
    const { documentName, document } = payload;
    const taken = unstored.take(documentName, document);
    if (taken.update) {
      try {
        await append(documentName, taken.update);
      } catch (error) {
        taken.putBack();
        storeFailed(payload, error);
        return;
      }
      unstored.appended(documentName, taken.update);
    }
    if (failing.delete(documentName)) log(`store of deal ${documentName} succeeded again`);
    storedVectors.set(documentName, taken.stateVector);
    document.broadcastStateless(storedMessage(taken.stateVector));
    try {
      await hooks.onDocumentStored(documentName, document, { lastEditor: lastEditors.get(documentName) ?? null });
    } catch (error) {
      log(`onDocumentStored of deal ${documentName} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (
      unstored.compactionDue(documentName, {
        afterUpdates: limits.compactAfterUpdates,
        unloading: document.getConnectionsCount() === 0,
      })
    )
      await compact(documentName);
  }

  const powermap: Extension<ConnectionContext> = {
    extensionName: 'powermap',

    async onAuthenticate({ token, documentName, connectionConfig }) {
      const claims = await tokens.verify(token);
      if (!claims) throw new ConnectionRefused('invalid-token');
      const access = await accessOf({ dealId: documentName, userId: claims.userId });
      if (!access) throw new ConnectionRefused('no-access');
      connectionConfig.readOnly = !canWrite(access);
      const context: ConnectionContext = {
        userId: claims.userId,
        userName: claims.name,
        access,
        tokenExpiresAt: claims.expiresAt,
      };
      return context;
    },

    async onTokenSync({ token, connection }) {
      // A renewed token must be valid and the same user's; otherwise Hocuspocus closes the connection.
      const claims = await tokens.verify(token);
      const context = contextOf(connection);
      if (!claims || !context || claims.userId !== context.userId) throw new ConnectionRefused('invalid-token');
      context.tokenExpiresAt = claims.expiresAt;
    },

    async onLoadDocument({ documentName, document }) {
      // A failed load throws: Hocuspocus then closes the connections and unloads the document,
      // and no empty document can later overwrite the stored one.
      const loaded = await loadDocument(documentName);
      const hadContent = document.store.clients.size > 0;
      if (loaded)
        Y.transact(document, () => {
          for (const part of loaded.parts) Y.applyUpdate(document, part);
        });
      // From here on every change is followed, in the same tick as the apply: none slips by.
      unstored.follow(documentName, document, loaded, hadContent);
      hooks.onDocumentLoaded?.(documentName, document);
      sizes.set(documentName, (loaded?.baseBytes ?? 0) + (loaded?.updateBytes ?? 0));
      // What is stored: the document's own vector unless it held unstored content before the load.
      storedVectors.set(
        documentName,
        hadContent && loaded
          ? Y.encodeStateVectorFromUpdate(Y.mergeUpdates(loaded.parts))
          : Y.encodeStateVector(document),
      );
    },

    connected({ documentName, connection }) {
      // What is already stored, so a client with nothing new to send learns its edits are safe
      // (the app's library counts a deal's changes waiting against it, team/waitingChanges.ts).
      const vector = storedVectors.get(documentName);
      if (vector) connection.sendStateless(storedMessage(vector));
      return Promise.resolve();
    },

    beforeHandleMessage({ update, documentName, connection }) {
      // Only document updates count against the size; presence (awareness) messages do not.
      if (connection.readOnly || !isSyncMessage(update)) return Promise.resolve();
      const size = (sizes.get(documentName) ?? 0) + update.byteLength;
      // Rejecting drops the message; Hocuspocus then closes this connection to the deal.
      if (size > limits.maxDocumentBytes) return Promise.reject(new Error('document-too-large'));
      return Promise.resolve();
    },

    onChange({ documentName, document, update, context, transactionOrigin, instance }) {
      sizes.set(documentName, (sizes.get(documentName) ?? 0) + update.byteLength);
      // A deal whose changes only arrive from other processes (its clients here only read) is
      // never stored by Hocuspocus here; its unstored updates are stored before they pile up.
      if (shouldSkipStoreHooks(transactionOrigin) && unstored.pendingBytes(documentName) > RELAYED_STORE_BYTES)
        void instance.storeDocumentHooks(document, {
          instance,
          clientsCount: document.getConnectionsCount(),
          document,
          lastContext: {},
          lastTransactionOrigin: transactionOrigin,
          documentName,
        });
      // Changes relayed from another process carry no connection context.
      const editor = (context as Partial<ConnectionContext> | undefined)?.userName;
      if (editor) lastEditors.set(documentName, editor);
      return Promise.resolve();
    },

    onStoreDocument: (payload) => store(payload),

    afterUnloadDocument({ documentName }) {
      sizes.delete(documentName);
      lastEditors.delete(documentName);
      unstored.forget(documentName);
      storedVectors.delete(documentName);
      return Promise.resolve();
    },
  };

  const hocuspocus = new Hocuspocus<ConnectionContext>({
    name: 'powermap',
    quiet: true,
    debounce: limits.debounceMs,
    maxDebounce: limits.maxDebounceMs,
    unloadImmediately: false,
    extensions: redis ? [redis, powermap] : [powermap],
  });

  const ws = crossws({
    serverOptions: { maxPayload: limits.maxMessageBytes },
    hooks: {
      open(peer) {
        connections.set(peer, hocuspocus.handleConnection(peer.websocket as WebSocketLike, peer.request));
      },
      message(peer, message) {
        connections.get(peer)?.handleMessage(message.uint8Array());
      },
      close(peer, event) {
        connections.get(peer)?.handleClose({ code: event.code ?? 1000, reason: event.reason ?? '' });
        connections.delete(peer);
      },
      error(_peer, error) {
        log(`websocket error: ${error.message}`);
      },
    },
  });
  const connections = new Map<object, ReturnType<Hocuspocus['handleConnection']>>();

  function forEachConnection(visit: (document: Document, connection: Connection<ConnectionContext>) => void): void {
    for (const document of hocuspocus.documents.values())
      for (const connection of document.getConnections()) visit(document, connection as Connection<ConnectionContext>);
  }

  /** Tells the other processes; when Redis fails them, their periodic recheck is the backstop. */
  function publishAccessChange(change: AccessChange): void {
    redis?.pub
      .publish(ACCESS_CHANNEL, JSON.stringify(change))
      .catch((error: unknown) =>
        log(`redis publish failed (other processes recheck within ${limits.accessRecheckMs} ms): ${String(error)}`),
      );
  }

  function closeUserConnections(dealId: string, userId: string, reason: keyof typeof ACCESS_CLOSE): number {
    publishAccessChange({ dealId, userId, reason });
    return closeLocalConnections(dealId, userId, reason);
  }

  function recheckDeal(dealId: string): Promise<number> {
    publishAccessChange({ dealId, recheck: true });
    return recheckLocal(dealId);
  }

  function closeLocalConnections(dealId: string, userId: string, reason: keyof typeof ACCESS_CLOSE): number {
    const document = hocuspocus.documents.get(dealId);
    if (!document) return 0;
    let closed = 0;
    for (const connection of document.getConnections() as Connection<ConnectionContext>[]) {
      if (contextOf(connection)?.userId !== userId) continue;
      connection.close(ACCESS_CLOSE[reason]);
      closed += 1;
    }
    return closed;
  }

  /** The open connections with a user, of one deal or of every deal. */
  function openConnections(dealId?: string): OpenConnection[] {
    const open: OpenConnection[] = [];
    const visit = (document: Document, connection: Connection<ConnectionContext>) => {
      const context = contextOf(connection);
      if (context) open.push({ document, connection, context });
    };
    if (dealId === undefined) forEachConnection(visit);
    else {
      const document = hocuspocus.documents.get(dealId);
      for (const connection of document?.getConnections() ?? [])
        visit(document!, connection as Connection<ConnectionContext>);
    }
    return open;
  }

  /** Reads access again for `open` in one query; closes each connection that lost it or whose write right changed. */
  async function closeWithoutAccess(open: readonly OpenConnection[]): Promise<number> {
    if (open.length === 0) return 0;
    const pairs = new Map<string, { dealId: string; userId: string }>();
    for (const { document, context } of open)
      pairs.set(JSON.stringify([document.name, context.userId]), { dealId: document.name, userId: context.userId });
    const access = await accessOfMany(db, [...pairs.values()]);
    let closed = 0;
    for (const { document, connection, context } of open) {
      const current: DealAccess | undefined = access.get(document.name)?.get(context.userId);
      if (!current) connection.close(ACCESS_CLOSE.revoked);
      else if (canWrite(current) !== canWrite(context.access)) connection.close(ACCESS_CLOSE.changed);
      else continue;
      closed += 1;
    }
    return closed;
  }

  /** The same reading for one deal's connections on this process, now (the same close reasons as the periodic one). */
  function recheckLocal(dealId: string): Promise<number> {
    return closeWithoutAccess(openConnections(dealId));
  }

  /**
   * Every accessRecheckMs: connections whose token expires soon are asked for a new one, those
   * whose token has expired are closed, and access is read again (a fallback for revocations
   * that did not arrive through Redis), for all connections in one query.
   */
  async function recheckAccess(): Promise<void> {
    const now = Date.now();
    const open = openConnections().filter(({ connection, context }) => {
      if (context.tokenExpiresAt <= now) {
        connection.close(ACCESS_CLOSE.expired);
        return false;
      }
      if (context.tokenExpiresAt - now <= Math.max(TOKEN_RENEWAL_MS, 2 * limits.accessRecheckMs))
        connection.requestToken();
      return true;
    });
    await closeWithoutAccess(open);
  }
  let rechecking = false;
  const recheckTimer = setInterval(() => {
    if (rechecking) return;
    rechecking = true;
    recheckAccess()
      .catch((error: unknown) => log(`access recheck failed: ${String(error)}`))
      .finally(() => (rechecking = false));
  }, limits.accessRecheckMs);
  recheckTimer.unref();

  return {
    hocuspocus,
    handleUpgrade: (request, socket, head) => ws.handleUpgrade(request, socket, head),
    closeUserConnections,
    recheckDeal,
    stats: () => ({
      documents: hocuspocus.getDocumentsCount(),
      connections: hocuspocus.getConnectionsCount(),
      storeFailures,
      redis: !redis ? 'off' : redis.pub.status === 'ready' ? 'ok' : 'down',
      followed: unstored.size(),
    }),
    async close() {
      clearInterval(recheckTimer);
      accessSubscriber?.disconnect();
      ws.closeAll(1001, 'server shutting down');
      // Store what is pending, then wait until every document is unloaded (bounded).
      hocuspocus.closeConnections();
      hocuspocus.flushPendingStores();
      for (let waited = 0; hocuspocus.getDocumentsCount() > 0 && waited < 10_000; waited += 50)
        await new Promise((resolve) => setTimeout(resolve, 50));
      await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
    },
  };
}
