/**
 * Asks the team server, keeps what it answered for reading offline, and falls back to what
 * was kept when it cannot be asked (docs/PIPELINE.md, "The team's pipeline in the app").
 * The answer is checked by `read` both when it arrives and when it is read back from the
 * cache, so a damaged entry or an answer of another shape is never shown.
 */
import type { TeamCache, TeamCacheKind } from '../persistence/teamCache';
import type { SessionState } from './session';

/** Whose answers these are: one user on one server. */
export const cacheOwner = (state: SessionState): string => `${state.user.name}@${state.server}`;

/** Where the team's part of a screen stands: when the server answered, and whether it is offline. */
export interface TeamAnswerStatus {
  /** When the server gave the answer shown (ISO date-time); null when there is none. */
  readonly at: string | null;
  /** The server could not be asked: what is shown was kept from `at`. */
  readonly offline: boolean;
}

export interface TeamAnswer<T> {
  /** Null when there is neither an answer nor a kept one. */
  readonly value: T | null;
  /** When the server gave the answer shown (ISO date-time); null without one. */
  readonly at: string | null;
  /** True when the server could not be asked: the value is the kept one (or none). */
  readonly offline: boolean;
}

export async function cachedAnswer<T>(options: {
  readonly cache: Pick<TeamCache, 'read' | 'write'>;
  readonly kind: TeamCacheKind;
  readonly owner: string;
  readonly ask: () => Promise<unknown>;
  readonly read: (payload: unknown) => T | null;
  readonly now?: () => Date;
}): Promise<TeamAnswer<T>> {
  const { cache, kind, owner } = options;
  let payload: unknown;
  try {
    payload = await options.ask();
  } catch {
    const kept = await cache.read(kind, owner);
    const value = kept === null ? null : options.read(kept.payload);
    return { value, at: value === null ? null : kept!.fetchedAt, offline: true };
  }
  const value = options.read(payload);
  if (value === null) return { value: null, at: null, offline: false };
  const at = (options.now?.() ?? new Date()).toISOString();
  await cache.write(kind, owner, { fetchedAt: at, payload });
  return { value, at, offline: false };
}
