/**
 * Team servers on the desktop: what the user typed becomes an origin or a clear refusal; an
 * admitted origin opens `connect-src` in the header and the meta tag alike and passes the
 * request filter, while every other remote request is still cancelled; the IPC call checks
 * its sender and payload; the list survives a restart.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { desktopPlatform } from '../../renderer/platform/desktopPlatform';
import { rememberPendingServer, takePendingServer } from '../../renderer/team/pendingSignIn';
import { createBridge, type IpcRendererLike } from '../../electron/bridge';
import { AdmittedOrigins, MAX_ADMITTED, parseAdmitted } from '../../electron/admittedOrigins';
import { createIpcHandlers, registerIpcHandlers, type IpcMainLike } from '../../electron/ipc';
import { IpcRefusedError } from '../../electron/ipcSender';
import { PathGrants } from '../../electron/files';
import { createAppProtocolHandler } from '../../electron/protocol';
import { isAllowedRequest } from '../../electron/security';
import { teamServerOrigin } from '../../electron/teamOrigin';
import { CHANNELS } from '../../shared/ipc/contract';
import { contentSecurityPolicy } from '../../shared/security/csp';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'powermap-team-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A policy as directive name → sources. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

describe('teamServerOrigin', () => {
  it.each([
    ['https://Powermap.Example.com', 'https://powermap.example.com'],
    ['https://powermap.example.com/', 'https://powermap.example.com'],
    ['  https://powermap.example.com:443  ', 'https://powermap.example.com'],
    ['http://127.0.0.1:4700', 'http://127.0.0.1:4700'],
    ['powermap.example.com', 'https://powermap.example.com'],
    ['localhost:4700', 'https://localhost:4700'],
    ['http://[::1]:8080/', 'http://[::1]:8080'],
    // Behind a reverse proxy under a prefix: the origin is what a CSP and the filter admit.
    ['https://powermap.example.com/team', 'https://powermap.example.com'],
    ['https://bank.example/tools/powermap/', 'https://bank.example'],
  ])('normalises %s to %s', (typed, origin) => {
    expect(teamServerOrigin(typed)).toEqual({ ok: true, origin });
  });

  it.each([
    ['file:///etc/passwd', 'not-http'],
    ['javascript:alert(1)', 'not-http'],
    ['ftp://powermap.example.com', 'not-http'],
    ['ws://powermap.example.com', 'not-http'],
    ['https://powermap.example.com/?x=1', 'path'],
    ['https://powermap.example.com/#top', 'path'],
    ['https://user:pass@powermap.example.com', 'credentials'],
    ['https://user@powermap.example.com', 'credentials'],
    ['', 'not-a-url'],
    ['https://power map.example.com', 'not-a-url'],
    ['https://', 'not-a-url'],
    ['https://"', 'not-a-url'],
    ["https://a.example;'unsafe-eval'", 'not-a-url'],
  ])('refuses %s (%s)', (typed, reason) => {
    expect(teamServerOrigin(typed)).toEqual({ ok: false, reason });
  });

  it('gives only bare http(s) origins, whatever was typed', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string()), (typed) => {
        const result = teamServerOrigin(typed);
        if (result.ok) expect(result.origin).toMatch(/^https?:\/\/[^/?#@\s;'"]+$/u);
      }),
    );
  });
});

describe('the CSP with admitted origins', () => {
  const indexHtml = readFileSync(new URL('../../renderer/index.html', import.meta.url), 'utf8');
  const admitted = ['https://powermap.example.com', 'http://127.0.0.1:4700'];

  function handlerWith(origins: readonly string[]) {
    writeFileSync(path.join(dir, 'index.html'), indexHtml);
    writeFileSync(path.join(dir, 'app.js'), 'console.log(1)');
    return createAppProtocolHandler(dir, undefined, { connectOrigins: () => origins });
  }

  it('opens connect-src to each origin and its WebSocket origin, and nothing else changes', () => {
    const open = directives(contentSecurityPolicy({ connectOrigins: admitted }));
    const closed = directives(contentSecurityPolicy());
    expect(open['connect-src']).toEqual([
      "'self'",
      'https://powermap.example.com',
      'wss://powermap.example.com',
      'http://127.0.0.1:4700',
      'ws://127.0.0.1:4700',
    ]);
    expect(closed['connect-src']).toEqual(["'self'"]);
    delete open['connect-src'];
    delete closed['connect-src'];
    expect(open).toEqual(closed);
  });

  it('is the same in the header and in the meta tag of the page the handler serves', async () => {
    const response = await handlerWith(admitted)(new Request('app://powermap/index.html'));
    const header = directives(response.headers.get('content-security-policy')!);
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(await response.text())?.[1];
    expect(meta).toBeDefined();
    expect(header['connect-src']).toContain('wss://powermap.example.com');
    expect(header['frame-ancestors']).toEqual(["'none'"]);
    delete header['frame-ancestors'];
    expect(header).toEqual(directives(meta!));
  });

  it('reads the admitted list at every request, so a reload gets a newly admitted server', async () => {
    const origins: string[] = [];
    const handle = handlerWith(origins);
    const before = await handle(new Request('app://powermap/'));
    expect(before.headers.get('content-security-policy')).not.toContain('example.com');
    expect(await before.text()).not.toContain('example.com');
    origins.push('https://powermap.example.com');
    const after = await handle(new Request('app://powermap/'));
    expect(after.headers.get('content-security-policy')).toContain("connect-src 'self' https://powermap.example.com");
    expect(await after.text()).toContain('https://powermap.example.com wss://powermap.example.com');
  });

  it('serves other files unchanged, with the same header', async () => {
    const response = await handlerWith(admitted)(new Request('app://powermap/app.js'));
    expect(await response.text()).toBe('console.log(1)');
    expect(response.headers.get('content-security-policy')).toContain('https://powermap.example.com');
  });
});

describe('the request filter', () => {
  const admitted = new Set(['https://powermap.example.com', 'http://127.0.0.1:4700']);

  it.each([
    'https://powermap.example.com/api/session',
    'wss://powermap.example.com/collab',
    'https://POWERMAP.example.com:443/api/deals',
    'http://127.0.0.1:4700/api/session',
    'ws://127.0.0.1:4700/collab',
    'app://powermap/index.html',
    'data:text/plain,hi',
  ])('lets %s through', (url) => {
    expect(isAllowedRequest(url, admitted)).toBe(true);
  });

  it.each([
    'https://evil.example/',
    'http://powermap.example.com/api/session',
    'ws://powermap.example.com/collab',
    'https://powermap.example.com:8443/',
    'https://evil.powermap.example.com/',
    'http://127.0.0.1:4701/',
    'https://user:pass@powermap.example.com/',
    'ftp://powermap.example.com/',
    'not a url',
  ])('cancels %s', (url) => {
    expect(isAllowedRequest(url, admitted)).toBe(false);
  });

  it('cancels every remote request when nothing is admitted', () => {
    expect(isAllowedRequest('https://powermap.example.com/', new Set())).toBe(false);
  });
});

describe('the admitTeamServer IPC call', () => {
  const OUR_ID = 7;
  const main = { url: 'app://powermap/index.html', parent: null, frameTreeNodeId: 1, processId: 42 };
  const ours = { sender: { id: OUR_ID, mainFrame: main }, senderFrame: main };

  function setup() {
    const admitOrigin = vi.fn((origin: string) => Promise.resolve(origin !== 'https://known.example.com'));
    const forgetOrigin = vi.fn((origin: string) => Promise.resolve(origin === 'https://known.example.com'));
    const handlers = createIpcHandlers({
      windowFor: (id) => (id === OUR_ID ? {} : undefined),
      dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
      grants: new PathGrants(),
      takePendingFile: () => undefined,
      language: () => 'en',
      setLanguage: () => undefined,
      defaultDirectory: () => dir,
      systemInfo: () => ({ locale: 'en', platform: 'linux', version: '0' }),
      admitOrigin,
      forgetOrigin,
    });
    return { handlers, admitOrigin, forgetOrigin };
  }

  it('admits the normalised origin and says whether the page must reload', async () => {
    const { handlers, admitOrigin } = setup();
    await expect(handlers.admitTeamServer(ours, { server: 'https://Powermap.example.com/' })).resolves.toEqual({
      ok: true,
      origin: 'https://powermap.example.com',
      reloadNeeded: true,
    });
    await expect(handlers.admitTeamServer(ours, { server: 'known.example.com' })).resolves.toEqual({
      ok: true,
      origin: 'https://known.example.com',
      reloadNeeded: false,
    });
    expect(admitOrigin.mock.calls).toEqual([['https://powermap.example.com'], ['https://known.example.com']]);
  });

  it('refuses a non-http address or one with a query or credentials, admitting nothing', async () => {
    const { handlers, admitOrigin } = setup();
    for (const [server, reason] of [
      ['file:///etc/passwd', 'not-http'],
      ['javascript:alert(1)', 'not-http'],
      ['https://a.example/path?x=1', 'path'],
      ['https://user:pass@a.example', 'credentials'],
    ] as const) {
      await expect(handlers.admitTeamServer(ours, { server })).resolves.toEqual({ ok: false, reason });
    }
    expect(admitOrigin).not.toHaveBeenCalled();
  });

  it('rejects a wrong sender', async () => {
    const { handlers, admitOrigin } = setup();
    const remote = { ...main, url: 'https://evil.example/' };
    const child = { ...main, parent: main, frameTreeNodeId: 2 };
    for (const event of [
      { sender: { id: 99, mainFrame: main }, senderFrame: main },
      { sender: { id: OUR_ID, mainFrame: remote }, senderFrame: remote },
      { sender: { id: OUR_ID, mainFrame: main }, senderFrame: child },
      { sender: { id: OUR_ID, mainFrame: main }, senderFrame: null },
    ]) {
      await expect(handlers.admitTeamServer(event, { server: 'https://a.example' })).rejects.toThrow(IpcRefusedError);
    }
    expect(admitOrigin).not.toHaveBeenCalled();
  });

  it.each([
    ['nothing', undefined],
    ['a bare string', 'https://a.example'],
    ['an empty address', { server: '' }],
    ['a number', { server: 42 }],
    ['an extra field', { server: 'https://a.example', admin: true }],
    ['a huge address', { server: `https://${'a'.repeat(3000)}.example` }],
  ])('rejects %s as payload', async (_what, payload) => {
    const { handlers, admitOrigin } = setup();
    await expect(handlers.admitTeamServer(ours, payload)).rejects.toThrow(/invalid payload/);
    expect(admitOrigin).not.toHaveBeenCalled();
  });

  it('forgets a signed-out server by its normalised origin, after the same checks', async () => {
    const { handlers, forgetOrigin } = setup();
    await expect(handlers.forgetTeamServer(ours, { server: 'https://KNOWN.example.com/' })).resolves.toEqual({
      forgotten: true,
    });
    await expect(handlers.forgetTeamServer(ours, { server: 'file:///etc' })).resolves.toEqual({ forgotten: false });
    await expect(handlers.forgetTeamServer(ours, { server: 42 })).rejects.toThrow(/invalid payload/);
    const stranger = { sender: { id: 99, mainFrame: main }, senderFrame: main };
    await expect(handlers.forgetTeamServer(stranger, { server: 'https://known.example.com' })).rejects.toThrow(
      IpcRefusedError,
    );
    expect(forgetOrigin.mock.calls).toEqual([['https://known.example.com']]);
  });

  it('is registered on its channel and refuses a second argument', async () => {
    const { handlers } = setup();
    const registered = new Map<string, (event: typeof ours, ...args: unknown[]) => unknown>();
    const ipcMain: IpcMainLike = {
      handle: (channel, listener) => registered.set(channel, listener),
      on: () => undefined,
    };
    registerIpcHandlers(ipcMain, handlers);
    const listener = registered.get(CHANNELS.admitTeamServer)!;
    await expect(listener(ours, { server: 'https://a.example' })).resolves.toMatchObject({ ok: true });
    expect(() => listener(ours, { server: 'https://a.example' }, 'more')).toThrow(IpcRefusedError);
  });
});

describe('AdmittedOrigins', () => {
  it('keeps the admitted origins across a restart, written atomically as JSON', async () => {
    const file = path.join(dir, 'team-servers.json');
    const first = new AdmittedOrigins(file);
    await first.load();
    expect(await first.admit('https://powermap.example.com')).toBe(true);
    expect(await first.admit('https://powermap.example.com')).toBe(false);
    expect(await first.admit('http://127.0.0.1:4700')).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      version: 1,
      origins: ['https://powermap.example.com', 'http://127.0.0.1:4700'],
    });

    const restarted = new AdmittedOrigins(file);
    expect(await restarted.load()).toEqual(['https://powermap.example.com', 'http://127.0.0.1:4700']);
    expect(restarted.asSet().has('http://127.0.0.1:4700')).toBe(true);
    expect(await restarted.forget('http://127.0.0.1:4700')).toBe(true);
    expect(await new AdmittedOrigins(file).load()).toEqual(['https://powermap.example.com']);
  });

  it('starts empty without a file, and with a corrupt one', async () => {
    const file = path.join(dir, 'team-servers.json');
    expect(await new AdmittedOrigins(file).load()).toEqual([]);
    writeFileSync(file, '{ not json');
    expect(await new AdmittedOrigins(file).load()).toEqual([]);
  });

  it('drops stored entries that are not normalised origins (a hand-edited file)', () => {
    const text = JSON.stringify({
      version: 1,
      origins: [
        'https://ok.example',
        'https://ok.example',
        'file:///etc',
        'https://a.example/path',
        "https://x.example 'unsafe-eval'",
        'HTTPS://UPPER.example',
        '*',
      ],
    });
    expect(parseAdmitted(text)).toEqual(['https://ok.example']);
  });

  it('keeps at most MAX_ADMITTED, dropping the oldest', async () => {
    const store = new AdmittedOrigins(path.join(dir, 'team-servers.json'));
    for (let i = 0; i <= MAX_ADMITTED; i++) await store.admit(`https://s${i}.example`);
    expect(store.list()).toHaveLength(MAX_ADMITTED);
    expect(store.has('https://s0.example')).toBe(false);
    expect(store.has(`https://s${MAX_ADMITTED}.example`)).toBe(true);
  });
});

describe('the renderer side', () => {
  function platformAnswering(answer: unknown) {
    const invoke = vi.fn<IpcRendererLike['invoke']>(() => Promise.resolve(answer));
    const bridge = createBridge({ invoke, send: vi.fn(), on: vi.fn() });
    return { platform: desktopPlatform(bridge, 'en', 'linux'), invoke };
  }

  it('asks the shell through the bridge and says whether a reload is needed', async () => {
    const { platform, invoke } = platformAnswering({ ok: true, origin: 'https://a.example', reloadNeeded: true });
    await expect(platform.admitTeamServer!('a.example')).resolves.toEqual({ state: 'reload' });
    expect(invoke).toHaveBeenCalledWith(CHANNELS.admitTeamServer, { server: 'a.example' });
    const known = platformAnswering({ ok: true, origin: 'https://a.example', reloadNeeded: false }).platform;
    await expect(known.admitTeamServer!('a.example')).resolves.toEqual({ state: 'ready' });
    const refused = platformAnswering({ ok: false, reason: 'path' }).platform;
    await expect(refused.admitTeamServer!('https://a.example/x')).resolves.toEqual({
      state: 'refused',
      reason: 'path',
    });
  });

  it('refuses an answer outside the contract', async () => {
    const { platform } = platformAnswering({ ok: true, origin: 'https://a.example' });
    await expect(platform.admitTeamServer!('a.example')).rejects.toThrow(/invalid answer/);
  });

  it('keeps the interrupted sign-in address across the reload, once', () => {
    const data = new Map<string, string>();
    const storage = {
      getItem: (key: string) => data.get(key) ?? null,
      setItem: (key: string, value: string) => void data.set(key, value),
      removeItem: (key: string) => void data.delete(key),
    } as Storage;
    expect(takePendingServer(storage)).toBeNull();
    rememberPendingServer('https://a.example', storage);
    expect(takePendingServer(storage)).toBe('https://a.example');
    expect(takePendingServer(storage)).toBeNull();
  });
});
