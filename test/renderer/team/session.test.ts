/**
 * The app's sign-in client against a real team server (in this process, on a free port of
 * 127.0.0.1, an embedded PGlite): signing in, keeping the access token and refreshing it before
 * it expires, one refresh at a time (a replaced refresh token shown again revokes the sign-in),
 * signing out, and each error in words.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { translate } from '../../../shared/i18n';
import { DEFAULT_COLLAB_LIMITS } from '../../../server/collab/limits';
import type { RunningServer } from '../../../server/start';
import { memoryRefreshTokenStore, type StoredSession } from '../../../renderer/team/refreshTokenStore';
import { normalizeServerUrl, RENEW_BEFORE_MS, TeamSession, type SessionOptions } from '../../../renderer/team/session';
import { listSharedDeals, publishDeal } from '../../../renderer/team/teamApi';
import { TeamError, teamErrorText } from '../../../renderer/team/teamErrors';
import { addUsers, PASSWORD } from '../../server/support/accounts';
import { freePort } from '../../server/support/ports';
import { startEmbeddedServer } from '../../server/support/embeddedServer';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 240_000 });

let server: RunningServer;
let remove: () => void;

beforeAll(async () => {
  ({ server, remove } = await startEmbeddedServer('the session client test secret, 32+', DEFAULT_COLLAB_LIMITS));
  await addUsers(server.db, ['mei', 'lin', 'wu', 'zhao']);
});

afterAll(async () => {
  await server?.close();
  remove?.();
});

/** A fetch that counts the refreshes it carries. */
function countingFetch() {
  const calls: string[] = [];
  const fetcher: typeof fetch = (input, init) => {
    calls.push(`${init?.method ?? 'GET'} ${new URL(input instanceof Request ? input.url : input).pathname}`);
    return fetch(input, init);
  };
  return { fetcher, refreshes: () => calls.filter((c) => c.endsWith('/api/session/refresh')).length };
}

/** A lock within this process, as navigator.locks is across windows. */
function processLock(): NonNullable<SessionOptions['lock']> {
  let tail: Promise<unknown> = Promise.resolve();
  return (_name, run) => {
    const next = tail.then(run, run);
    tail = next.catch(() => undefined);
    return next;
  };
}

describe('signing in', () => {
  it('keeps the refresh token in the store and the access token in memory only', async () => {
    const store = memoryRefreshTokenStore();
    const session = new TeamSession({ store });
    const changes: string[] = [];
    session.subscribe(() => changes.push(session.current()?.user.name ?? 'none'));
    const state = await session.signIn(`${server.url}/`, 'mei', PASSWORD);
    expect(state).toEqual({ server: server.url, user: { name: 'mei', displayName: 'mei (display)' } });
    expect(changes).toEqual(['mei']);
    const stored = store.load()!;
    expect(stored.server).toBe(server.url);
    expect(stored.refreshToken).toMatch(/\S{20,}/u);
    const token = await session.accessToken();
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(await listSharedDeals(session)).toEqual([]);
  });

  it('says the password is wrong, and keeps nothing', async () => {
    const store = memoryRefreshTokenStore();
    const session = new TeamSession({ store });
    const error = await session.signIn(server.url, 'lin', 'not the password').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TeamError);
    expect((error as TeamError).code).toBe('bad-credentials');
    expect(teamErrorText(error, (k, p) => translate('en', k, p))).toBe('The user name or the password is wrong.');
    expect(teamErrorText(error, (k, p) => translate('zh-CN', k, p))).toBe('用户名或密码不正确。');
    expect(store.load()).toBeNull();
    expect(session.current()).toBeNull();
  });

  it('says when the server cannot be reached, and when the address is not one', async () => {
    const closedPort = await freePort(); // nothing listens there
    const session = new TeamSession({ store: memoryRefreshTokenStore() });
    const error = (await session
      .signIn(`http://127.0.0.1:${closedPort}`, 'mei', PASSWORD)
      .catch((e: unknown) => e)) as TeamError;
    expect(error.code).toBe('unreachable');
    expect(teamErrorText(error, (k, p) => translate('en', k, p))).toMatch(/could not be reached/u);
    await expect(session.signIn('ftp://files', 'mei', PASSWORD)).rejects.toMatchObject({ code: 'bad-url' });
  });

  it('says to wait when sign-in attempts are rate limited, in minutes', async () => {
    const session = new TeamSession({ store: memoryRefreshTokenStore() });
    let last: TeamError | undefined;
    for (let attempt = 0; attempt < 11; attempt += 1)
      last = (await session.signIn(server.url, 'zhao', 'wrong password!').catch((e: unknown) => e)) as TeamError;
    expect(last?.code).toBe('rate-limited');
    expect(last?.retryAfterSeconds).toBeGreaterThan(0);
    expect(teamErrorText(last, (k, p) => translate('en', k, p))).toMatch(/Too many attempts.*\d+ minutes?/u);
    expect(teamErrorText(last, (k, p) => translate('zh-CN', k, p))).toMatch(/尝试次数过多.*\d+ 分钟/u);
  });
});

describe('the access token', () => {
  it('is reused while fresh, and refreshed once it is within a minute of expiring', async () => {
    let now = Date.now();
    const { fetcher, refreshes } = countingFetch();
    const store = memoryRefreshTokenStore();
    const session = new TeamSession({ store, fetch: fetcher, now: () => now });
    await session.signIn(server.url, 'wu', PASSWORD);
    const first = await session.accessToken();
    const firstRefreshToken = store.load()!.refreshToken;
    now += 15 * 60_000 - RENEW_BEFORE_MS - 1_000;
    expect(await session.accessToken()).toBe(first);
    expect(refreshes()).toBe(0);
    now += 2_000;
    // Five calls at once share one refresh: the rotated token is never presented twice.
    const tokens = await Promise.all([1, 2, 3, 4, 5].map(() => session.accessToken()));
    expect(refreshes()).toBe(1);
    expect(new Set(tokens).size).toBe(1);
    expect(store.load()!.refreshToken).not.toBe(firstRefreshToken);
    // The sign-in is still alive: another refresh works.
    await session.refresh();
    expect(await listSharedDeals(session)).toEqual([]);
  });

  it('is refreshed and the call repeated once when the server refuses it', async () => {
    let forgeNext = true;
    const fetcher: typeof fetch = (input, init) => {
      const headers = { ...(init?.headers as Record<string, string>) };
      if (forgeNext && headers['authorization']) {
        forgeNext = false;
        headers['authorization'] = 'Bearer forged.token.value';
      }
      return fetch(input, { ...init, headers });
    };
    const session = new TeamSession({ store: memoryRefreshTokenStore(), fetch: fetcher });
    await session.signIn(server.url, 'mei', PASSWORD);
    await publishDeal(session, { id: 'deal-refused-once', name: 'Refused once' });
    expect(forgeNext).toBe(false);
    expect((await listSharedDeals(session)).map((d) => [d.id, d.owner.name, d.role])).toEqual([
      ['deal-refused-once', 'mei', 'owner'],
    ]);
  });

  it('is refreshed one window at a time, each with the newest refresh token', async () => {
    const store = memoryRefreshTokenStore();
    const lock = processLock();
    const first = new TeamSession({ store, lock });
    await first.signIn(server.url, 'lin', PASSWORD);
    // A second window of the same profile: it starts signed in from the stored token.
    const second = new TeamSession({ store, lock });
    expect(second.current()?.user.name).toBe('lin');
    await Promise.all([first.refresh(), second.refresh(), first.refresh(), second.refresh()]);
    expect(await listSharedDeals(first)).toEqual([]);
    await expect(second.refresh()).resolves.toMatch(/\S+/u);
  });

  it('ends the sign-in when the refresh token was replaced elsewhere, and says to sign in again', async () => {
    const store = memoryRefreshTokenStore();
    const session = new TeamSession({ store });
    await session.signIn(server.url, 'wu', PASSWORD);
    const copy: StoredSession = store.load()!;
    await session.refresh();
    // A stale copy of the token (a restored backup, a thief) is shown: the server revokes the family.
    const stale = new TeamSession({ store: memoryRefreshTokenStore(copy) });
    const error = (await stale.refresh().catch((e: unknown) => e)) as TeamError;
    expect(error.code).toBe('signed-out');
    expect(stale.current()).toBeNull();
    expect(teamErrorText(error, (k, p) => translate('en', k, p))).toMatch(/sign in again/iu);
    await expect(session.refresh()).rejects.toMatchObject({ code: 'signed-out' });
    expect(store.load()).toBeNull();
  });

  it('keeps the sign-in when the server is unreachable for a while', async () => {
    let down = false;
    const fetcher: typeof fetch = (input, init) =>
      down ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init);
    const store = memoryRefreshTokenStore();
    const session = new TeamSession({ store, fetch: fetcher });
    await session.signIn(server.url, 'mei', PASSWORD);
    down = true;
    await expect(session.refresh()).rejects.toMatchObject({ code: 'unreachable' });
    expect(session.current()?.user.name).toBe('mei');
    down = false;
    await expect(session.refresh()).resolves.toMatch(/\S+/u);
  });
});

describe('signing out', () => {
  it('revokes the refresh token on the server and forgets it here', async () => {
    const store = memoryRefreshTokenStore();
    const session = new TeamSession({ store });
    await session.signIn(server.url, 'lin', PASSWORD);
    const copy = store.load()!;
    await session.signOut();
    expect(session.current()).toBeNull();
    expect(store.load()).toBeNull();
    await expect(session.accessToken()).rejects.toMatchObject({ code: 'signed-out' });
    await expect(new TeamSession({ store: memoryRefreshTokenStore(copy) }).refresh()).rejects.toMatchObject({
      code: 'signed-out',
    });
  });
});

describe('the server address', () => {
  it('is read with or without a scheme, without a trailing slash', () => {
    expect(normalizeServerUrl(' powermap.bank.internal ')).toBe('https://powermap.bank.internal');
    expect(normalizeServerUrl('http://127.0.0.1:4080/')).toBe('http://127.0.0.1:4080');
    expect(normalizeServerUrl('https://bank.internal/powermap/')).toBe('https://bank.internal/powermap');
    expect(() => normalizeServerUrl('ftp://files.bank')).toThrow(TeamError);
    expect(() => normalizeServerUrl('http://')).toThrow(TeamError);
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: false, withFragments: false }), (url) => {
        const once = normalizeServerUrl(url);
        expect(normalizeServerUrl(once)).toBe(once);
        expect(once.endsWith('/')).toBe(false);
      }),
    );
  });
});
