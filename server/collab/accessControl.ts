/**
 * Who may stay connected to a deal: the access token and the user's access verified before
 * anything of a document is sent (viewers and team leads get a read-only connection, whose
 * updates Hocuspocus refuses), a renewed token checked, and every accessRecheckMs the tokens
 * and the access read again. A membership removed or lowered closes the user's connections at
 * once, and a deal moved to another team has its connections' access read again at once, on
 * every process through Redis.
 */
import type { Connection, Document, Extension } from '@hocuspocus/server';
import type { AccessTokens } from '../auth/accessTokens';
import type { Database } from '../db/database';
import { grouped } from '../db/grouped';
import { accessOfMany, type DealUser } from '../store/deals';
import { canWrite, type DealAccess } from '../store/roles';
import { ACCESS_CLOSE, ConnectionRefused, TOKEN_RENEWAL_MS, type ConnectionContext } from './access';
import type { CollabLimits } from './limits';
import { ACCESS_CHANNEL, readAccessChange, type AccessChange, type StoreTolerantRedis } from './redis';

export interface AccessControlOptions {
  db: Database;
  tokens: AccessTokens;
  limits: CollabLimits;
  redis: StoreTolerantRedis | undefined;
  /** The loaded documents (Hocuspocus's, made after this). */
  documents: () => ReadonlyMap<string, Document>;
  log: (message: string) => void;
}

/** The Hocuspocus hooks that let a connection in and keep its token fresh. */
export type AccessHooks = Pick<Extension<ConnectionContext>, 'onAuthenticate' | 'onTokenSync'>;

export interface AccessControl {
  readonly hooks: AccessHooks;
  /** Closes the user's live connections to the deal now, on every process (membership removed or lowered). */
  closeUserConnections(dealId: string, userId: string, reason: keyof typeof ACCESS_CLOSE): number;
  /**
   * Reads access to the deal again now for every open connection to it, on every process, and
   * closes those that lost it (its team changed: who leads the old team no longer reads it).
   * Resolves the number closed on this process.
   */
  recheckDeal(dealId: string): Promise<number>;
  /** Stops the rechecks and leaves the Redis channel. */
  close(): void;
}

interface OpenConnection {
  document: Document;
  connection: Connection<ConnectionContext>;
  context: ConnectionContext;
}

export const contextOf = (connection: Connection<ConnectionContext>): ConnectionContext | undefined =>
  connection.context?.userId ? connection.context : undefined;

export function createAccessControl(options: AccessControlOptions): AccessControl {
  const { db, tokens, limits, redis, documents, log } = options;
  // Connections arriving together (a team opening the app, a restart) share one access query.
  const accessOf = grouped(async (pairs: DealUser[]) => {
    const access = await accessOfMany(db, pairs);
    return pairs.map((pair) => access.get(pair.dealId)?.get(pair.userId));
  });

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

  const hooks: AccessHooks = {
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
  };

  function forEachConnection(visit: (document: Document, connection: Connection<ConnectionContext>) => void): void {
    for (const document of documents().values())
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
    const document = documents().get(dealId);
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
      const document = documents().get(dealId);
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
    hooks,
    closeUserConnections,
    recheckDeal,
    close() {
      clearInterval(recheckTimer);
      accessSubscriber?.disconnect();
    },
  };
}
