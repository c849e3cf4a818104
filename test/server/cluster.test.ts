/**
 * The server as it runs for a bank: PostgreSQL, Redis, and two server processes (started
 * here, on 127.0.0.1). Clients on either process see each other's edits; clients that edit
 * offline converge when they reconnect; a process killed with SIGKILL in the middle of edits
 * loses nothing it had acknowledged.
 *
 * "Acknowledged" means stored: the server sends the stored state vector after every store
 * (shared/collab/storedAck.ts), and an edit is acknowledged once its clock is below its
 * client's entry in that vector. Hocuspocus's own sync status only says "applied in memory".
 */
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../server/db/open';
import { addDeal, setDealMember } from '../../server/store/deals';
import { addUsers, api, signIn } from './support/accounts';
import { OpenClients, people, type TestClient } from './support/client';
import { freePort } from './support/ports';
import { startPostgresAndRedis, type TestBackends } from './support/postgresAndRedis';
import { spawnServer, type ServerProcess } from './support/serverProcess';
import { sleep, until } from './support/until';

// Real servers on a shared machine: generous bounds (every wait inside is bounded by itself).
vi.setConfig({ testTimeout: 120_000, hookTimeout: 240_000 });

const SECRET = 'the cluster test secret, thirty-two characters or more';

let backends: TestBackends | undefined;
let env: Record<string, string>;
const servers: ServerProcess[] = [];
const clients = new OpenClients();
const tokens: Record<string, string> = {};

async function start(port: number): Promise<ServerProcess> {
  const server = await spawnServer(port, env);
  servers.push(server);
  return server;
}

function client(server: ServerProcess, dealId: string, user: string, doc?: Y.Doc): TestClient {
  return clients.open(server.url, dealId, tokens[user]!, doc);
}

const snapshot = (c: TestClient) => JSON.stringify(Object.fromEntries([...people(c.doc).entries()].sort()));

let a: ServerProcess;
let b: ServerProcess;

beforeAll(async () => {
  backends = await startPostgresAndRedis();
  env = { DATABASE_URL: backends.databaseUrl, REDIS_URL: backends.redisUrl, POWERMAP_JWT_SECRET: SECRET };
  const db = await openDatabase({ databaseUrl: backends.databaseUrl });
  const users = await addUsers(db, ['anna', 'bo', 'chen']);
  for (const deal of ['deal-sync', 'deal-offline', 'deal-kill']) {
    await db.transaction((sql) => addDeal(sql, { id: deal, name: deal, ownerId: users['anna']!.id, teamId: null }));
    await setDealMember(db, deal, users['bo']!.id, 'editor');
    await setDealMember(db, deal, users['chen']!.id, 'editor');
  }
  await db.close();
  [a, b] = await Promise.all([start(await freePort()), start(await freePort())]);
  for (const name of ['anna', 'bo', 'chen']) tokens[name] = (await signIn(a.url, name)).accessToken;
}, 240_000);

afterAll(async () => {
  clients.destroyAll();
  await Promise.all(servers.map((server) => server.stop()));
  await backends?.stop();
});

describe('two server processes joined through Redis', () => {
  it('carry each edit to the clients of the other', async () => {
    for (const server of [a, b])
      expect(await api(server.url, 'GET', '/api/health')).toMatchObject({
        status: 200,
        body: { ok: true, engine: 'postgres', redis: 'ok' },
      });
    const onA = client(a, 'deal-sync', 'anna');
    const onB = client(b, 'deal-sync', 'bo');
    await until(() => onA.provider.isSynced && onB.provider.isSynced, 'both clients to sync');
    people(onA.doc).set('from-a', '张行长');
    people(onB.doc).set('from-b', '刘主任');
    await until(
      () => people(onB.doc).get('from-a') === '张行长' && people(onA.doc).get('from-b') === '刘主任',
      'each edit to reach the other process',
    );
  });

  it('close a removed member on the other process at once', async () => {
    const owner = client(a, 'deal-sync', 'anna');
    const member = client(b, 'deal-sync', 'chen');
    await until(() => owner.provider.isSynced && member.provider.isSynced, 'owner and member to sync');
    const removedAt = Date.now();
    expect((await api(a.url, 'DELETE', '/api/deals/deal-sync/members/chen', tokens['anna'])).status).toBe(204);
    // Well under the 10 s recheck: the change travelled through Redis.
    await until(() => member.closes.includes('access-revoked'), 'the member on the other process to be closed', 5_000);
    expect(Date.now() - removedAt).toBeLessThan(5_000);
    people(owner.doc).set('after-removal', 'not for chen');
    await sleep(500);
    expect(people(member.doc).has('after-removal')).toBe(false);
  });
});

describe('clients editing offline', () => {
  it('converge when they reconnect, keeping every field and one value per field', async () => {
    const writers = [
      client(a, 'deal-offline', 'anna'),
      client(b, 'deal-offline', 'bo'),
      client(a, 'deal-offline', 'chen'),
    ];
    await until(() => writers.every((w) => w.provider.isSynced), 'the writers to sync');
    people(writers[0]!.doc).set('shared', 'before');
    await until(() => writers.every((w) => people(w.doc).get('shared') === 'before'), 'the first value everywhere');

    for (const w of writers) w.socket.disconnect();
    await sleep(200);
    writers.forEach((w, i) => {
      for (let n = 0; n < 20; n += 1) people(w.doc).set(`w${i}-${n}`, `value ${n} of writer ${i}`);
      people(w.doc).set('shared', `set offline by writer ${i}`);
    });
    expect(new Set(writers.map(snapshot)).size).toBe(3);

    for (const w of writers) void w.socket.connect();
    await until(() => new Set(writers.map(snapshot)).size === 1, 'the three copies to converge', 30_000);
    const merged = people(writers[0]!.doc);
    expect(merged.size).toBe(1 + 3 * 20);
    expect(merged.get('shared')).toMatch(/^set offline by writer [012]$/u);
  });
});

describe('a server killed in the middle of edits', () => {
  it('loses nothing it had acknowledged, and the writer converges after the restart', async () => {
    const port = await freePort();
    let victim = await start(port);
    const writer = client(victim, 'deal-kill', 'anna');
    await until(() => writer.provider.isSynced, 'the writer to sync');

    // Edit n's clock is the writer's clock after it; it is acknowledged once below the stored clock.
    const clocks: number[] = [];
    const deadline = Date.now() + 20_000;
    let editsAfterFirstAck = 0;
    for (let n = 0; Date.now() < deadline && editsAfterFirstAck < 150; n += 1) {
      people(writer.doc).set(`edit-${n}`, `v${n}`);
      clocks.push(Y.getState(writer.doc.store, writer.doc.clientID));
      if (writer.storedClock() > 0) editsAfterFirstAck += 1;
      await sleep(10);
    }
    const storedClock = writer.storedClock();
    await victim.kill();
    // Before anything listens again: the writer must not hand the new process what it holds.
    writer.socket.disconnect();
    const acknowledged = clocks.filter((clock) => clock <= storedClock).length;
    expect(acknowledged).toBeGreaterThan(0);

    victim = await start(port);
    const reader = client(victim, 'deal-kill', 'bo', new Y.Doc());
    await until(() => reader.provider.isSynced, 'the reader to sync after the restart');
    const survived = people(reader.doc);
    for (let n = 0; n < acknowledged; n += 1) expect(survived.get(`edit-${n}`), `edit ${n}`).toBe(`v${n}`);

    // The writer kept what was not yet stored; reconnecting it brings the server the rest.
    void writer.socket.connect();
    await until(() => people(reader.doc).size === clocks.length, 'every edit after the writer reconnects', 30_000);
  });
});
