/**
 * The app's production build (dist/renderer) at the server's root, for team members who use
 * Powermap in a browser, with the same strict Content Security Policy as the desktop.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { SECURITY_HEADERS } from '../../shared/security/csp';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

export function staticFiles(app: FastifyInstance, root: string): void {
  const base = path.resolve(root);

  app.get('/*', async (request, reply) => {
    void reply.headers(SECURITY_HEADERS);
    const notFound = () => reply.code(404).send({ error: { code: 'not-found', message: `nothing at ${request.url}` } });
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    } catch {
      return notFound(); // a malformed %-escape names no file
    }
    // An unknown API path is an error for the caller, not the app's page.
    if (pathname === '/api' || pathname.startsWith('/api/')) return notFound();
    let file = path.resolve(base, `.${pathname}`);
    if (file !== base && !file.startsWith(base + path.sep)) return notFound();
    const info = await stat(file).catch(() => undefined);
    if (!info || info.isDirectory()) {
      // The app is one page: paths without a file name end at index.html.
      if (info || path.extname(file) === '') file = path.join(base, 'index.html');
      else return notFound();
    }
    const body = await readFile(file).catch(() => undefined);
    if (!body)
      return reply.code(404).send({
        error: { code: 'app-not-built', message: 'the app is not built: run "npm run build:renderer"' },
      });
    const hashed = /-[A-Za-z0-9_-]{8,}\.(js|css|woff2?)$/u.test(file);
    return reply
      .type(TYPES[path.extname(file)] ?? 'application/octet-stream')
      .header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache')
      .send(body);
  });
}
