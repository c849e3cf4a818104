/**
 * Access changes between processes, at once, on a Redis channel of their own (the Redis
 * extension's subscriber decodes every message it gets as a Hocuspocus message). When Redis
 * fails, each process's periodic recheck is the backstop (accessRecheck.ts).
 */
import { ACCESS_CHANNEL, readAccessChange, type AccessChange, type StoreTolerantRedis } from './redis';

type Log = (message: string) => void;

/** Hands every access change another process publishes to `onChange`; returns the subscriber to disconnect. */
export function subscribeToAccessChanges(
  redis: StoreTolerantRedis | undefined,
  onChange: (change: AccessChange) => void,
  log: Log,
): { disconnect(): void } | undefined {
  const subscriber = redis?.pub.duplicate();
  if (!subscriber) return undefined;
  subscriber.subscribe(ACCESS_CHANNEL).catch((error: unknown) => log(`redis subscribe failed: ${String(error)}`));
  subscriber.on('message', (channel: string, message: string) => {
    if (channel !== ACCESS_CHANNEL) return;
    const change = readAccessChange(message);
    if (change) onChange(change);
  });
  return subscriber;
}

/** Tells the other processes; a failure is logged with when they will recheck anyway. */
export function publishAccessChange(
  redis: StoreTolerantRedis | undefined,
  change: AccessChange,
  recheckMs: number,
  log: Log,
): void {
  redis?.pub
    .publish(ACCESS_CHANNEL, JSON.stringify(change))
    .catch((error: unknown) =>
      log(`redis publish failed (other processes recheck within ${recheckMs} ms): ${String(error)}`),
    );
}
