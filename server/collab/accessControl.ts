/**
 * Who may stay connected to a deal: the access token and the user's access verified before
 * anything of a document is sent (accessHooks.ts), and every accessRecheckMs the tokens and
 * the access read again (accessRecheck.ts). A membership removed or lowered closes the user's
 * connections at once, and a deal moved to another team has its connections' access read again
 * at once, on every process through Redis (accessChannel.ts).
 */
import type { AccessTokens } from '../auth/accessTokens';
import type { Database } from '../db/database';
import { grouped } from '../db/grouped';
import { accessOfMany, type DealUser } from '../store/deals';
import type { ACCESS_CLOSE } from './access';
import { publishAccessChange, subscribeToAccessChanges } from './accessChannel';
import { accessHooks, type AccessHooks } from './accessHooks';
import { closeWithoutAccess, everyRecheck, recheckAccess } from './accessRecheck';
import type { CollabLimits } from './limits';
import { closeLocalConnections, openConnections, type LoadedDocuments } from './openConnections';
import type { AccessChange, StoreTolerantRedis } from './redis';

export interface AccessControlOptions {
  db: Database;
  tokens: AccessTokens;
  limits: CollabLimits;
  redis: StoreTolerantRedis | undefined;
  /** The loaded documents (Hocuspocus's, made after this). */
  documents: LoadedDocuments;
  log: (message: string) => void;
}

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

export function createAccessControl(options: AccessControlOptions): AccessControl {
  const { db, tokens, limits, redis, documents, log } = options;
  // Connections arriving together (a team opening the app, a restart) share one access query.
  const accessOf = grouped(async (pairs: DealUser[]) => {
    const access = await accessOfMany(db, pairs);
    return pairs.map((pair) => access.get(pair.dealId)?.get(pair.userId));
  });
  /** The same reading as the periodic one, for one deal's connections on this process, now. */
  const recheckLocal = (dealId: string) => closeWithoutAccess(db, openConnections(documents, dealId));
  const publish = (change: AccessChange) => publishAccessChange(redis, change, limits.accessRecheckMs, log);

  const subscriber = subscribeToAccessChanges(
    redis,
    (change) => {
      if ('recheck' in change)
        void recheckLocal(change.dealId).catch((error: unknown) =>
          log(`access recheck of deal ${change.dealId} failed: ${String(error)}`),
        );
      else closeLocalConnections(documents, change.dealId, change.userId, change.reason);
    },
    log,
  );
  const stopRechecks = everyRecheck(() => recheckAccess(db, documents, limits), limits.accessRecheckMs, log);

  return {
    hooks: accessHooks(tokens, accessOf),
    closeUserConnections(dealId, userId, reason) {
      publish({ dealId, userId, reason });
      return closeLocalConnections(documents, dealId, userId, reason);
    },
    recheckDeal(dealId) {
      publish({ dealId, recheck: true });
      return recheckLocal(dealId);
    },
    close() {
      stopRechecks();
      subscriber?.disconnect();
    },
  };
}
