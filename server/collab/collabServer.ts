/**
 * The collaboration half of the server: Hocuspocus (Yjs sync) on the WebSocket path of the
 * HTTP server, one document per shared deal, named by the deal's id. This module puts the
 * parts together:
 *
 * - who may connect and stay connected (accessControl.ts): nothing of a document is sent
 *   before the access token and the user's access to that deal are verified; viewers and
 *   team leads get a read-only connection, whose updates Hocuspocus refuses; a lost access
 *   (membership removed or lowered, the deal moved to another team) closes connections at once;
 * - the documents (documentStorage.ts): loaded from our database (the load hook noting what
 *   the document hooks need), each store appending only the updates since the last one and
 *   compacting now and then, the stored state vector sent to every client, a failed store
 *   logged, counted and scheduled again;
 * - with REDIS_URL (redis.ts), Hocuspocus's Redis extension keeps processes on one deal in
 *   step, and access changes reach every process on a channel of their own.
 */
import type { IncomingMessage as HttpRequest } from 'node:http';
import type { Duplex } from 'node:stream';
import { Hocuspocus, type Extension, type WebSocketLike } from '@hocuspocus/server';
import crossws from 'crossws/adapters/node';
import type { AccessTokens } from '../auth/accessTokens';
import type { Database } from '../db/database';
import type { ACCESS_CLOSE, ConnectionContext } from './access';
import { createAccessControl } from './accessControl';
import { createDocumentStorage } from './documentStorage';
import type { DocumentHooks } from './hooks';
import type { CollabLimits } from './limits';
import { redisConnection, StoreTolerantRedis } from './redis';

export { redisConnection } from './redis';

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

export function createCollabServer(options: CollabOptions): CollabServer {
  const { db, tokens, hooks, limits, log } = options;
  const redis = options.redisUrl
    ? new StoreTolerantRedis({ ...redisConnection(options.redisUrl), prefix: 'powermap' }, log)
    : undefined;
  const storage = createDocumentStorage({ db, hooks, limits, log });
  const access = createAccessControl({ db, tokens, limits, redis, documents: () => hocuspocus.documents, log });
  const powermap: Extension<ConnectionContext> = { extensionName: 'powermap', ...access.hooks, ...storage.hooks };

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

  return {
    hocuspocus,
    handleUpgrade: (request, socket, head) => ws.handleUpgrade(request, socket, head),
    closeUserConnections: (dealId, userId, reason) => access.closeUserConnections(dealId, userId, reason),
    recheckDeal: (dealId) => access.recheckDeal(dealId),
    stats: () => ({
      documents: hocuspocus.getDocumentsCount(),
      connections: hocuspocus.getConnectionsCount(),
      storeFailures: storage.storeFailures(),
      redis: !redis ? 'off' : redis.pub.status === 'ready' ? 'ok' : 'down',
      followed: storage.followed(),
    }),
    async close() {
      access.close();
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
