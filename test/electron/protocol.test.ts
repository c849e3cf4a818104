/**
 * The app:// protocol: which URLs map to which files under dist/renderer, which are
 * refused (every way of reaching outside the root), and what the handler answers.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../shared/security/csp';
import {
  APP_INDEX_URL,
  APP_ORIGIN,
  APP_SCHEME_PRIVILEGES,
  createAppProtocolHandler,
  mimeTypeFor,
  resolveAppRequest,
} from '../../electron/protocol';

const root = mkdtempSync(path.join(tmpdir(), 'powermap-protocol-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(path.join(root, 'assets', 'fonts'), { recursive: true });
writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Powermap</title>');
writeFileSync(path.join(root, 'assets', 'index-abc123.js'), 'console.log(1);');
writeFileSync(path.join(root, 'assets', 'index-abc123.css'), 'body{}');
writeFileSync(path.join(root, 'assets', 'fonts', 'noto.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
writeFileSync(path.join(root, 'assets', 'space name.svg'), '<svg/>');
// Something next to the root that a traversal would try to reach.
writeFileSync(path.join(root, '..', `${path.basename(root)}-secret.txt`), 'secret');
afterAll(() => rmSync(path.join(root, '..', `${path.basename(root)}-secret.txt`), { force: true }));

const file = (...parts: string[]) => path.join(root, ...parts);

describe('resolveAppRequest', () => {
  it.each([
    [`${APP_ORIGIN}/`, file('index.html')],
    [APP_ORIGIN, file('index.html')],
    [APP_INDEX_URL, file('index.html')],
    [`${APP_ORIGIN}/?lang=zh-CN#/deal/42`, file('index.html')],
    [`${APP_ORIGIN}/assets/index-abc123.js`, file('assets', 'index-abc123.js')],
    [`${APP_ORIGIN}/assets/index-abc123.js?v=2`, file('assets', 'index-abc123.js')],
    [`${APP_ORIGIN}/assets/fonts/noto.woff2`, file('assets', 'fonts', 'noto.woff2')],
    [`${APP_ORIGIN}/assets/space%20name.svg`, file('assets', 'space name.svg')],
    ['APP://POWERMAP/index.html', file('index.html')],
  ])('maps %s to its file', (url, expected) => {
    const resolved = resolveAppRequest(url, root);
    expect(resolved).toMatchObject({ ok: true, filePath: expected });
  });

  it.each([
    // Traversal, plain and encoded in every way.
    [`${APP_ORIGIN}/../secret.txt`],
    [`${APP_ORIGIN}/assets/../../secret.txt`],
    [`${APP_ORIGIN}/assets/..`],
    [`${APP_ORIGIN}/./index.html`],
    [`${APP_ORIGIN}/%2e%2e/secret.txt`],
    [`${APP_ORIGIN}/%2E%2E/secret.txt`],
    [`${APP_ORIGIN}/.%2e/secret.txt`],
    [`${APP_ORIGIN}/%2e./secret.txt`],
    [`${APP_ORIGIN}/assets/%2e%2e/%2e%2e/secret.txt`],
    [`${APP_ORIGIN}/%252e%252e/secret.txt`],
    [`${APP_ORIGIN}/..%2fsecret.txt`],
    [`${APP_ORIGIN}/%2e%2e%2fsecret.txt`],
    [`${APP_ORIGIN}/assets%2f..%2f..%2fsecret.txt`],
    // Backslashes, raw or encoded.
    [`${APP_ORIGIN}/..\\secret.txt`],
    [`${APP_ORIGIN}/assets\\index-abc123.js`],
    [`${APP_ORIGIN}/..%5csecret.txt`],
    [`${APP_ORIGIN}/%5c%5cserver%5cshare%5cfile`],
    // Absolute paths and drive letters.
    [`${APP_ORIGIN}//etc/passwd`],
    [`${APP_ORIGIN}/%2fetc%2fpasswd`],
    [`${APP_ORIGIN}/C:/Windows/win.ini`],
    [`${APP_ORIGIN}/C%3a%5cWindows%5cwin.ini`],
    // NUL, control characters, bad encoding.
    [`${APP_ORIGIN}/index.html%00.js`],
    [`${APP_ORIGIN}/index%0a.html`],
    [`${APP_ORIGIN}/%E0%A4%A`],
    // Other hosts, schemes, ports, credentials.
    ['app://evil/index.html'],
    ['app://powermap.evil.com/index.html'],
    ['app://powermap:8080/index.html'],
    ['app://user:pass@powermap/index.html'],
    ['file:///etc/passwd'],
    ['https://powermap/index.html'],
    ['http://localhost:5173/'],
    ['not a url'],
    // Directories other than the root.
    [`${APP_ORIGIN}/assets/`],
  ])('refuses %s with 404', (url) => {
    expect(resolveAppRequest(url, root)).toMatchObject({ ok: false, status: 404 });
  });

  it('never resolves outside the root, whatever the URL', () => {
    const tricky = ['..', '%2e%2e', '.%2E', '%2e.', '....', '.../', '%2e', 'a/../..', '%c0%ae%c0%ae'];
    for (const a of tricky) {
      for (const b of tricky) {
        const resolved = resolveAppRequest(`${APP_ORIGIN}/${a}/${b}/secret.txt`, root);
        if (resolved.ok) {
          const relative = path.relative(root, resolved.filePath);
          expect(relative.startsWith('..') || path.isAbsolute(relative), `${a}/${b}`).toBe(false);
        }
      }
    }
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['app.js', 'text/javascript; charset=utf-8'],
    ['chunk.mjs', 'text/javascript; charset=utf-8'],
    ['style.CSS', 'text/css; charset=utf-8'],
    ['app.js.map', 'application/json; charset=utf-8'],
    ['data.json', 'application/json; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['logo.png', 'image/png'],
    ['photo.jpeg', 'image/jpeg'],
    ['font.woff2', 'font/woff2'],
    ['font.woff', 'font/woff'],
    ['layout.wasm', 'application/wasm'],
    ['favicon.ico', 'image/x-icon'],
    ['unknown.xyz', 'application/octet-stream'],
    ['noextension', 'application/octet-stream'],
  ])('%s is %s', (name, type) => {
    expect(mimeTypeFor(name)).toBe(type);
  });
});

describe('the scheme', () => {
  it('is registered as standard and secure, with fetch support', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ standard: true, secure: true, supportFetchAPI: true });
    expect(APP_SCHEME_PRIVILEGES).not.toHaveProperty('bypassCSP');
    expect(APP_SCHEME_PRIVILEGES).not.toHaveProperty('corsEnabled');
  });
});

describe('createAppProtocolHandler', () => {
  const handle = createAppProtocolHandler(root);

  it('serves index.html for / with its type and the CSP header', async () => {
    const response = await handle(new Request(`${APP_ORIGIN}/`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY_HEADER);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Powermap</title>');
  });

  it('serves scripts and fonts with their MIME types', async () => {
    const script = await handle(new Request(`${APP_ORIGIN}/assets/index-abc123.js`));
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1);');
    const font = await handle(new Request(`${APP_ORIGIN}/assets/fonts/noto.woff2`));
    expect(font.headers.get('content-type')).toBe('font/woff2');
    expect(new Uint8Array(await font.arrayBuffer())).toEqual(new Uint8Array([0x77, 0x4f, 0x46, 0x32]));
  });

  it('answers 404 with the CSP for a missing file, a directory and a traversal', async () => {
    for (const url of [`${APP_ORIGIN}/missing.js`, `${APP_ORIGIN}/assets`, `${APP_ORIGIN}/%2e%2e/secret.txt`]) {
      const response = await handle(new Request(url));
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY_HEADER);
      expect(await response.text()).not.toContain('secret');
    }
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await handle(new Request(`${APP_ORIGIN}/index.html`, { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await handle(new Request(`${APP_ORIGIN}/index.html`, { method: 'POST', body: 'x' }));
    expect(post.status).toBe(405);
  });

  it('answers 404 when reading fails', async () => {
    const failing = createAppProtocolHandler(root, {
      stat: () => Promise.resolve({ isFile: () => true }),
      readFile: () => Promise.reject(Object.assign(new Error('EIO'), { code: 'EIO' })),
    });
    expect((await failing(new Request(APP_INDEX_URL))).status).toBe(404);
  });
});
