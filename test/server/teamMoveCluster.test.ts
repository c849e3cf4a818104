/**
 * A deal moved out of a team while its old lead has it open on another server (PostgreSQL,
 * Redis, two servers): the move reaches the other server through Redis and closes the lead's
 * connection at once. The periodic access recheck is set to a minute here, so only that
 * message can close it within the test's bound.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AccessTokens } from '../../server/auth/accessTokens';
import { DEFAULT_COLLAB_LIMITS } from '../../server/collab/limits';
import { startServer, type RunningServer } from '../../server/start';
import { addDeal } from '../../server/store/deals';
import type { User } from '../../server/store/users';
import { addTeamWith, addUsers, api } from './support/accounts';
import { openClient, type TestClient } from './support/client';
import { freePort } from './support/ports';
import { startPostgres, type TestPostgres } from './support/postgres';
import { startRedis, type TestRedis } from './support/redis';
import { until } from './support/until';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 240_000 });

const SECRET = 'the team move cluster test secret, thirty-two characters';
const tokens = new AccessTokens(SECRET);
let postgres: TestPostgres | undefined;
let redis: TestRedis | undefined;
const servers: RunningServer[] = [];
const clients: TestClient[] = [];
let users: Record<string, User>;
const token = (name: string) => tokens.issue({ userId: users[name]!.id, name });

beforeAll(async () => {
  postgres = await startPostgres();
  redis = await startRedis();
  const databaseUrl = await postgres.createDatabase();
  for (let i = 0; i < 2; i++)
    servers.push(
      await startServer(
        {
          host: '127.0.0.1',
          port: await freePort(),
          databaseUrl,
          redisUrl: redis.url,
          dataDir: '',
          jwtSecret: SECRET,
          trustProxy: false,
          limits: { ...DEFAULT_COLLAB_LIMITS, debounceMs: 50, maxDebounceMs: 200, accessRecheckMs: 60_000 },
        },
        { log: () => undefined },
      ),
    );
  const db = servers[0]!.db;
  users = await addUsers(db, ['owner', 'lead']);
  const team = await addTeamWith(db, 'Retail', [{ user: users['owner']! }, { user: users['lead']!, lead: true }]);
  await db.transaction((sql) =>
    addDeal(sql, { id: 'deal-team', name: 'team deal', ownerId: users['owner']!.id, teamId: team }),
  );
}, 240_000);

afterAll(async () => {
  for (const client of clients) client.destroy();
  for (const server of servers) await server.close();
  await redis?.stop();
  postgres?.stop();
});

describe('a deal moved out of a team, on two servers joined through Redis', () => {
  it('closes the old lead on the other server at once', async () => {
    const [a, b] = servers as [RunningServer, RunningServer];
    const lead = openClient(b.url, 'deal-team', await token('lead'));
    clients.push(lead);
    await until(() => lead.provider.isSynced, 'the lead to open the deal on the second server');
    const movedAt = Date.now();
    const moved = await api(a.url, 'PUT', '/api/deals/deal-team/team', await token('owner'), { team: null });
    expect(moved.status).toBe(200);
    // Well under the recheck (a minute here): the move travelled through Redis.
    await until(() => lead.closes.includes('access-revoked'), 'the old lead on the other server to be closed', 5_000);
    expect(Date.now() - movedAt).toBeLessThan(5_000);
  });
});
