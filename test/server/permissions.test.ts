/**
 * Every permission rule of the team server, each tried by a user who should not pass, on a
 * real server (in this process, embedded database) over real HTTP and WebSocket connections.
 */
import { request as httpRequest } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AccessTokens } from '../../server/auth/accessTokens';
import { DEFAULT_COLLAB_LIMITS } from '../../server/collab/limits';
import type { RunningServer } from '../../server/start';
import { readAudit } from '../../server/store/audit';
import type { User } from '../../server/store/users';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../shared/security/csp';
import { addTeamWith, addUsers, api, PASSWORD, signIn, type Session } from './support/accounts';
import { OpenClients, people, type TestClient } from './support/client';
import { startTestServer } from './support/embeddedServer';
import { freshPgliteFolder } from './support/pglite';
import { sleep, until } from './support/until';

// Real servers on a shared machine: generous bounds (every wait inside is bounded by itself).
vi.setConfig({ testTimeout: 120_000, hookTimeout: 240_000 });

const SECRET = 'a test secret of at least thirty-two characters';
const NAMES = ['owner', 'editor', 'viewer', 'lead', 'member', 'otherlead', 'stranger', 'guessed'] as const;

let server: RunningServer;
let users: Record<string, User>;
const sessions: Record<string, Session> = {};
const clients = new OpenClients();
const cleanups: Array<() => void> = [];

const client = (dealId: string, token: string): TestClient => clients.open(server.url, dealId, token);

const token = (name: (typeof NAMES)[number]) => sessions[name]!.accessToken;

beforeAll(async () => {
  const { folder, remove } = await freshPgliteFolder();
  cleanups.push(remove);
  const appDir = mkdtempSync(path.join(tmpdir(), 'powermap-app-'));
  cleanups.push(() => rmSync(appDir, { recursive: true, force: true }));
  writeFileSync(path.join(appDir, 'index.html'), '<!doctype html><title>Powermap</title>');
  server = await startTestServer({
    dataDir: folder,
    jwtSecret: SECRET,
    appDir,
    limits: { ...DEFAULT_COLLAB_LIMITS, debounceMs: 50, maxDebounceMs: 200, maxDocumentBytes: 64 * 1024 },
  });
  users = await addUsers(server.db, NAMES);
  const team = await addTeamWith(server.db, 'Retail', [
    { user: users['owner']! },
    { user: users['member']! },
    { user: users['lead']!, lead: true },
  ]);
  await addTeamWith(server.db, 'Corporate', [{ user: users['otherlead']!, lead: true }]);
  expect(team).toBeTruthy();
  for (const name of NAMES.filter((n) => n !== 'guessed')) sessions[name] = await signIn(server.url, name);

  const published = await api(server.url, 'POST', '/api/deals', token('owner'), {
    id: 'deal-a',
    name: 'Bank A',
    team: 'Retail',
  });
  expect(published.status).toBe(201);
  for (const [name, role] of [
    ['editor', 'editor'],
    ['viewer', 'viewer'],
  ] as const)
    expect((await api(server.url, 'PUT', `/api/deals/deal-a/members/${name}`, token('owner'), { role })).status).toBe(
      200,
    );
}, 240_000);

afterAll(async () => {
  clients.destroyAll();
  await server?.close();
  for (const cleanup of cleanups) cleanup();
});

describe('signing in', () => {
  it('refuses a wrong password and an unknown user alike, and audits both without secrets', async () => {
    const wrong = await api(server.url, 'POST', '/api/session', undefined, {
      name: 'owner',
      password: 'not the password',
    });
    const unknown = await api(server.url, 'POST', '/api/session', undefined, { name: 'nobody', password: PASSWORD });
    expect(wrong).toMatchObject({ status: 401, body: { error: { code: 'bad-credentials' } } });
    expect(unknown).toEqual(wrong);
    const log = await readAudit(server.db, 200);
    expect(log.filter((row) => row.action === 'sign-in-refused').map((row) => row.target)).toEqual(
      expect.arrayContaining(['owner', 'nobody']),
    );
    expect(log.some((row) => row.action === 'sign-in' && row.target === 'owner')).toBe(true);
    expect(JSON.stringify(log)).not.toContain(PASSWORD);
  });

  it('limits attempts per user name, with a Retry-After', async () => {
    const attempt = () =>
      api(server.url, 'POST', '/api/session', undefined, { name: 'guessed', password: 'guess 0123456' });
    for (let i = 0; i < 10; i += 1) expect((await attempt()).status).toBe(401);
    const limited = await attempt();
    expect(limited).toMatchObject({ status: 429, body: { error: { code: 'rate-limited' } } });
  });

  it('rotates the refresh token, refuses the used one, and signs out', async () => {
    const session = await signIn(server.url, 'member');
    const refreshed = await api(server.url, 'POST', '/api/session/refresh', undefined, {
      refreshToken: session.refreshToken,
    });
    expect(refreshed.status).toBe(200);
    const next = refreshed.body as Session;
    expect(next.refreshToken).not.toBe(session.refreshToken);
    expect(
      await api(server.url, 'POST', '/api/session/refresh', undefined, { refreshToken: session.refreshToken }),
    ).toMatchObject({ status: 401, body: { error: { code: 'invalid-refresh-token' } } });
    // The reuse revoked the family: the newer token is gone as well.
    expect(
      (await api(server.url, 'POST', '/api/session/refresh', undefined, { refreshToken: next.refreshToken })).status,
    ).toBe(401);

    const other = await signIn(server.url, 'member');
    expect(
      (await api(server.url, 'DELETE', '/api/session', undefined, { refreshToken: other.refreshToken })).status,
    ).toBe(204);
    expect(
      (await api(server.url, 'POST', '/api/session/refresh', undefined, { refreshToken: other.refreshToken })).status,
    ).toBe(401);
  });

  it('gives nothing for a missing, forged or expired access token', async () => {
    const forged = await new AccessTokens('another secret, also thirty-two characters').issue({
      userId: users['owner']!.id,
      name: 'owner',
    });
    const expired = await new AccessTokens(SECRET).issue(
      { userId: users['owner']!.id, name: 'owner' },
      Date.now() - 3600_000,
    );
    for (const bad of [undefined, forged, expired, 'not.a.jwt'])
      expect(await api(server.url, 'GET', '/api/deals', bad)).toMatchObject({
        status: 401,
        body: { error: { code: 'unauthenticated' } },
      });
  });
});

describe('deals and members over HTTP', () => {
  it('lists what each user may see, with role and owner', async () => {
    const seen = async (name: (typeof NAMES)[number]) =>
      (
        (await api(server.url, 'GET', '/api/deals', token(name))).body as {
          deals: Array<{ id: string; role: string; owner: { name: string } }>;
        }
      ).deals.map((deal) => `${deal.id}:${deal.role}:${deal.owner.name}`);
    expect(await seen('owner')).toEqual(['deal-a:owner:owner']);
    expect(await seen('viewer')).toEqual(['deal-a:viewer:owner']);
    expect(await seen('lead')).toEqual(['deal-a:lead:owner']);
    expect(await seen('member')).toEqual([]);
    expect(await seen('otherlead')).toEqual([]);
    expect(await seen('stranger')).toEqual([]);
  });

  it('lets only the owner manage members, and hides the deal from strangers', async () => {
    expect(await api(server.url, 'GET', '/api/deals/deal-a/members', token('editor'))).toMatchObject({
      status: 403,
      body: { error: { code: 'not-owner' } },
    });
    expect(await api(server.url, 'GET', '/api/deals/deal-a/members', token('lead'))).toMatchObject({ status: 403 });
    expect(
      await api(server.url, 'PUT', '/api/deals/deal-a/members/stranger', token('stranger'), { role: 'editor' }),
    ).toMatchObject({
      status: 404,
      body: { error: { code: 'deal-not-found' } },
    });
    expect(await api(server.url, 'DELETE', '/api/deals/deal-a/members/owner', token('owner'))).toMatchObject({
      status: 400,
      body: { error: { code: 'owner-role' } },
    });
    expect(
      await api(server.url, 'PUT', '/api/deals/deal-a/members/viewer', token('owner'), { role: 'owner' }),
    ).toMatchObject({
      status: 400,
      body: { error: { code: 'invalid-body' } },
    });
    const members = await api(server.url, 'GET', '/api/deals/deal-a/members', token('owner'));
    expect((members.body as { members: unknown[] }).members).toContainEqual({
      name: 'viewer',
      displayName: 'viewer (display)',
      role: 'viewer',
    });
  });

  it('refuses a second publication, a bad id, a team one is not in, and an oversized body', async () => {
    expect(
      await api(server.url, 'POST', '/api/deals', token('stranger'), { id: 'deal-a', name: 'taken' }),
    ).toMatchObject({
      status: 409,
      body: { error: { code: 'deal-exists' } },
    });
    expect(
      await api(server.url, 'POST', '/api/deals', token('stranger'), { id: 'no spaces/please', name: 'x' }),
    ).toMatchObject({
      status: 400,
      body: { error: { code: 'invalid-body' } },
    });
    expect(
      await api(server.url, 'POST', '/api/deals', token('stranger'), { id: 'deal-s', name: 'x', team: 'Retail' }),
    ).toMatchObject({
      status: 400,
      body: { error: { code: 'not-team-member' } },
    });
    expect(
      await api(server.url, 'POST', '/api/deals', token('stranger'), { id: 'deal-s', name: 'x'.repeat(20_000) }),
    ).toMatchObject({
      status: 413,
      body: { error: { code: 'body-too-large' } },
    });
    // Nothing of the refused attempts was kept.
    expect(
      ((await api(server.url, 'GET', '/api/deals', token('stranger'))).body as { deals: unknown[] }).deals,
    ).toEqual([]);
  });
});

describe('the app files', () => {
  it('are served with the desktop CSP, and nothing outside the build', async () => {
    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY_HEADER);
    expect(await page.text()).toContain('<title>Powermap</title>');
    const status = await new Promise<number | undefined>((resolve) =>
      httpRequest(`${server.url}/%2e%2e/%2e%2e/package.json`, (response) => {
        response.resume();
        resolve(response.statusCode);
      }).end(),
    );
    expect(status).toBe(404);
    expect(await api(server.url, 'GET', '/api/no-such-route')).toMatchObject({
      status: 404,
      body: { error: { code: 'not-found' } },
    });
    expect((await fetch(`${server.url}/%E0%A4%A`)).status).toBe(400); // Fastify refuses a malformed URL
    // A path of the app (client-side routing) ends at its page.
    expect(await (await fetch(`${server.url}/deals/some-deal`)).text()).toContain('<title>Powermap</title>');
  });
});

describe('collaboration on a deal', () => {
  it('sends nothing to a user without access: stranger, plain team member, other team lead, forged or expired token', async () => {
    const owner = client('deal-a', token('owner'));
    await until(() => owner.provider.isSynced, 'the owner to sync');
    people(owner.doc).set('p1', '王总');
    await until(() => owner.acknowledged(), 'the owner edit to be stored');

    const forged = await new AccessTokens('another secret, also thirty-two characters').issue({
      userId: users['owner']!.id,
      name: 'owner',
    });
    const expired = await new AccessTokens(SECRET).issue(
      { userId: users['owner']!.id, name: 'owner' },
      Date.now() - 3600_000,
    );
    const errors = vi.spyOn(console, 'error');
    const refused = [token('stranger'), token('member'), token('otherlead'), forged, expired].map((t) =>
      client('deal-a', t),
    );
    await until(() => refused.every((c) => c.refusals.length > 0), 'every refusal');
    await sleep(300);
    // The reason reaches the app; the server's log stays quiet (a refusal is not a fault).
    expect(refused.map((c) => c.refusals[0])).toEqual([
      'no-access',
      'no-access',
      'no-access',
      'invalid-token',
      'invalid-token',
    ]);
    expect(errors.mock.calls.filter((call) => String(call[0]).includes('onAuthenticate'))).toEqual([]);
    errors.mockRestore();
    for (const c of refused) {
      expect(c.authenticated()).toBe(false);
      expect(people(c.doc).size).toBe(0);
      expect(c.doc.store.clients.size).toBe(0);
    }
    // A deal nobody shared: refused as well, and no document is left loaded for it.
    const unknown = client('never-shared', token('owner'));
    await until(() => unknown.refusals.length > 0, 'the refusal of an unknown deal');
    expect(server.collab.hocuspocus.documents.has('never-shared')).toBe(false);
  });

  it('makes a viewer and a team lead read-only: they read, and the server refuses their edits', async () => {
    const owner = client('deal-a', token('owner'));
    const viewer = client('deal-a', token('viewer'));
    const lead = client('deal-a', token('lead'));
    await until(() => [owner, viewer, lead].every((c) => c.provider.isSynced), 'all three to sync');
    expect(people(viewer.doc).get('p1')).toBe('王总');
    expect(people(lead.doc).get('p1')).toBe('王总');
    people(owner.doc).set('p2', '李处长');
    await until(
      () => people(viewer.doc).get('p2') === '李处长' && people(lead.doc).get('p2') === '李处长',
      'the edit to reach the readers',
    );

    people(viewer.doc).set('p1', 'overwritten by a viewer');
    people(lead.doc).set('p3', 'added by a lead');
    people(owner.doc).set('p4', 'a later owner edit');
    await until(() => owner.acknowledged(), 'the later owner edit to be stored');
    const stored = server.collab.hocuspocus.documents.get('deal-a');
    expect(stored && people(stored).get('p1')).toBe('王总');
    expect(stored && people(stored).has('p3')).toBe(false);
    expect(people(owner.doc).get('p1')).toBe('王总');
    expect(people(owner.doc).has('p3')).toBe(false);
  });

  it('closes a removed member at once, and a lowered one too; neither reaches the deal after', async () => {
    const owner = client('deal-a', token('owner'));
    const editor = client('deal-a', token('editor'));
    await until(() => owner.provider.isSynced && editor.provider.isSynced, 'owner and editor to sync');
    people(editor.doc).set('e1', 'written while an editor');
    await until(() => people(owner.doc).get('e1') === 'written while an editor', 'the editor edit to arrive');

    const removedAt = Date.now();
    expect((await api(server.url, 'DELETE', '/api/deals/deal-a/members/editor', token('owner'))).status).toBe(204);
    await until(() => editor.closes.includes('access-revoked'), 'the removed member to be closed', 5_000);
    expect(Date.now() - removedAt).toBeLessThan(5_000);
    people(owner.doc).set('after', 'not for the removed member');
    people(editor.doc).set('e2', 'written after removal');
    await sleep(500);
    expect(people(editor.doc).has('after')).toBe(false);
    expect(people(owner.doc).has('e2')).toBe(false);
    const again = client('deal-a', token('editor'));
    await until(() => again.refusals.length > 0, 'the removed member to be refused');
    expect((await readAudit(server.db, 20)).map((row) => row.action)).toContain('deal-member-removed');

    // An editor lowered to viewer is closed as well, then writes nothing.
    expect(
      (await api(server.url, 'PUT', '/api/deals/deal-a/members/editor', token('owner'), { role: 'editor' })).status,
    ).toBe(200);
    const lowered = client('deal-a', token('editor'));
    await until(() => lowered.provider.isSynced, 'the re-added editor to sync');
    expect(
      (await api(server.url, 'PUT', '/api/deals/deal-a/members/editor', token('owner'), { role: 'viewer' })).status,
    ).toBe(200);
    await until(() => lowered.closes.includes('access-changed'), 'the lowered member to be closed', 5_000);
    people(lowered.doc).set('e3', 'written after lowering');
    await sleep(500);
    expect(people(owner.doc).has('e3')).toBe(false);
  });

  it('refuses updates that would grow a deal past its size limit', async () => {
    const owner = client('deal-a', token('owner'));
    await until(() => owner.provider.isSynced, 'the owner to sync');
    people(owner.doc).set('huge', 'x'.repeat(80 * 1024));
    await sleep(800);
    const stored = server.collab.hocuspocus.documents.get('deal-a');
    expect(stored && people(stored).has('huge')).toBe(false);
  });

  it('unloads every document once its clients leave, refused ones included', async () => {
    clients.destroyAll();
    await until(() => server.collab.stats().documents === 0, 'every document to unload', 15_000);
    // Nor is one held after: the deferred summaries run (summaryDelayMs) and let go, nothing is followed.
    await until(
      () => server.pendingSummaries() === 0 && server.collab.stats().followed === 0,
      'the deferred summaries to let go of every document',
      15_000,
    );
    const health = await api(server.url, 'GET', '/api/health');
    expect(health).toMatchObject({
      status: 200,
      body: { ok: true, db: 'ok', redis: 'off', documents: 0, storeFailures: 0 },
    });
  });
});
