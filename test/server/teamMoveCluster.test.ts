/**
 * A deal moved out of a team while its old lead has it open on another server (PostgreSQL,
 * Redis, two servers): the move reaches the other server through Redis and closes the lead's
 * connection at once. The periodic access recheck is set to a minute here, so only that
 * message can close it within the test's bound.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_COLLAB_LIMITS } from '../../server/collab/limits';
import type { RunningServer } from '../../server/start';
import { addDeal } from '../../server/store/deals';
import type { User } from '../../server/store/users';
import { addTeamWith, addUsers, api } from './support/accounts';
import { OpenClients } from './support/client';
import { startTestServer } from './support/embeddedServer';
import { startPostgresAndRedis, type TestBackends } from './support/postgresAndRedis';
import { tokenIssuer } from './support/tokens';
import { until } from './support/until';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 240_000 });

const SECRET = 'the team move cluster test secret, thirty-two characters';
let backends: TestBackends | undefined;
const servers: RunningServer[] = [];
const clients = new OpenClients();
let users: Record<string, User>;
const token = tokenIssuer(SECRET, () => users);

beforeAll(async () => {
  backends = await startPostgresAndRedis();
  for (let i = 0; i < 2; i++)
    servers.push(
      await startTestServer({
        databaseUrl: backends.databaseUrl,
        redisUrl: backends.redisUrl,
        jwtSecret: SECRET,
        limits: { ...DEFAULT_COLLAB_LIMITS, debounceMs: 50, maxDebounceMs: 200, accessRecheckMs: 60_000 },
      }),
    );
  const db = servers[0]!.db;
  users = await addUsers(db, ['owner', 'lead']);
  const team = await addTeamWith(db, 'Retail', [{ user: users['owner']! }, { user: users['lead']!, lead: true }]);
  await db.transaction((sql) =>
    addDeal(sql, { id: 'deal-team', name: 'team deal', ownerId: users['owner']!.id, teamId: team }),
  );
}, 240_000);

afterAll(async () => {
  clients.destroyAll();
  for (const server of servers) await server.close();
  await backends?.stop();
});

describe('a deal moved out of a team, on two servers joined through Redis', () => {
  it('closes the old lead on the other server at once', async () => {
    const [a, b] = servers as [RunningServer, RunningServer];
    const lead = clients.open(b.url, 'deal-team', await token('lead'));
    await until(() => lead.provider.isSynced, 'the lead to open the deal on the second server');
    const movedAt = Date.now();
    const moved = await api(a.url, 'PUT', '/api/deals/deal-team/team', await token('owner'), { team: null });
    expect(moved.status).toBe(200);
    // Well under the recheck (a minute here): the move travelled through Redis.
    await until(() => lead.closes.includes('access-revoked'), 'the old lead on the other server to be closed', 5_000);
    expect(Date.now() - movedAt).toBeLessThan(5_000);
  });
});
