/**
 * Redis for several server processes on one deal: the connection read from REDIS_URL, the
 * Hocuspocus Redis extension made tolerant of a failed store lock, and the channel on which
 * access changes reach the other processes.
 */
import { Redis } from '@hocuspocus/extension-redis';
import type { onStoreDocumentPayload } from '@hocuspocus/server';
import type { ACCESS_CLOSE } from './access';

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
export class StoreTolerantRedis extends Redis {
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

/** The channel on which a process tells the others that access to a deal changed. */
export const ACCESS_CHANNEL = 'powermap:access-changed';

/**
 * As published on ACCESS_CHANNEL: one user's access to a deal removed or changed; or, with
 * `recheck`, access to the deal is to be read again for everyone (its team changed).
 */
export type AccessChange =
  { dealId: string; userId: string; reason: keyof typeof ACCESS_CLOSE } | { dealId: string; recheck: true };

/** The change a message on ACCESS_CHANNEL carries, or undefined when it is not one. */
export function readAccessChange(message: string): AccessChange | undefined {
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
