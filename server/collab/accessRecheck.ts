/**
 * Access read again for open connections: at once for a deal (its team changed), and every
 * accessRecheckMs for all of them, where tokens about to expire are renewed and expired ones
 * closed (a fallback for revocations that did not arrive through Redis).
 */
import type { Database } from '../db/database';
import { accessOfMany } from '../store/deals';
import { canWrite, type DealAccess } from '../store/roles';
import { ACCESS_CLOSE, TOKEN_RENEWAL_MS } from './access';
import type { CollabLimits } from './limits';
import { openConnections, type LoadedDocuments, type OpenConnection } from './openConnections';

/** Reads access again for `open` in one query; closes each connection that lost it or whose write right changed. */
export async function closeWithoutAccess(db: Database, open: readonly OpenConnection[]): Promise<number> {
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

/**
 * One periodic recheck: connections whose token expires soon are asked for a new one, those
 * whose token has expired are closed, and access is read again for all the others in one query.
 */
export async function recheckAccess(db: Database, documents: LoadedDocuments, limits: CollabLimits): Promise<void> {
  const now = Date.now();
  const open = openConnections(documents).filter(({ connection, context }) => {
    if (context.tokenExpiresAt <= now) {
      connection.close(ACCESS_CLOSE.expired);
      return false;
    }
    if (context.tokenExpiresAt - now <= Math.max(TOKEN_RENEWAL_MS, 2 * limits.accessRecheckMs))
      connection.requestToken();
    return true;
  });
  await closeWithoutAccess(db, open);
}

/** Runs `recheck` every `everyMs`, never two at once; returns the stop. */
export function everyRecheck(
  recheck: () => Promise<void>,
  everyMs: number,
  log: (message: string) => void,
): () => void {
  let rechecking = false;
  const timer = setInterval(() => {
    if (rechecking) return;
    rechecking = true;
    recheck()
      .catch((error: unknown) => log(`access recheck failed: ${String(error)}`))
      .finally(() => (rechecking = false));
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
