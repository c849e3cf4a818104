/**
 * The team server's last answers, kept in the deals' database (table `teamCache`, schema
 * version 3) so the team's pipeline and review read offline. One entry per kind of answer
 * and per signed-in user (`owner` is `user@server`); the payload is the server's JSON, checked
 * by the reader each time it is read back. A cache that cannot be read or written only means
 * there is nothing to show offline: it never stops the screen.
 */
import type { PowermapDatabase } from './db';

/**
 * `pipeline`: the summary rows; `pipelineSince`: the rows now and then for the chosen date;
 * `moved`: what moved this week; `review`: the win/loss review's records.
 */
export type TeamCacheKind = 'pipeline' | 'pipelineSince' | 'moved' | 'review';

export interface TeamCacheEntry {
  /** ISO date-time the server answered. */
  readonly fetchedAt: string;
  readonly payload: unknown;
}

const keyOf = (kind: TeamCacheKind, owner: string) => `${kind}|${owner}`;

export class TeamCache {
  constructor(private readonly db: Pick<PowermapDatabase, 'teamCache'>) {}

  async read(kind: TeamCacheKind, owner: string): Promise<TeamCacheEntry | null> {
    const row = await this.db.teamCache.get(keyOf(kind, owner)).catch(() => undefined);
    return row ? { fetchedAt: row.fetchedAt, payload: row.payload } : null;
  }

  async write(kind: TeamCacheKind, owner: string, entry: TeamCacheEntry): Promise<void> {
    await this.db.teamCache.put({ key: keyOf(kind, owner), ...entry }).then(
      () => undefined,
      () => undefined,
    );
  }

  /** Forgets every answer kept for `owner` (signing out): the team's rows do not outlive the sign-in. */
  async forget(owner: string): Promise<void> {
    const keys = await this.db.teamCache
      .toCollection()
      .primaryKeys()
      .catch(() => []);
    const mine = keys.filter((key) => key.endsWith(`|${owner}`));
    if (mine.length > 0) await this.db.teamCache.bulkDelete(mine).catch(() => undefined);
  }
}
