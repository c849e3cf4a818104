/**
 * The app:// protocol: the renderer is served from dist/renderer through `app://powermap/`,
 * a standard, secure origin of its own, instead of file:// (which would give the page the
 * whole disk as its origin). `resolveAppRequest` maps a request URL to a file, or refuses
 * it; `createAppProtocolHandler` answers requests with the file, its MIME type and the
 * security headers. The CSP opens `connect-src` to the team servers the user admitted
 * (electron/admittedOrigins.ts), in the header and in the meta tag of the HTML pages alike. Neither touches Electron, so both are tested in plain Node.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { contentSecurityPolicy, securityHeaders } from '../shared/security/csp';

export const APP_SCHEME = 'app';
export const APP_HOST = 'powermap';
/** The origin of every page of the app (a standard scheme, so it has a real origin). */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** How the scheme is registered, before the app is ready (protocol.registerSchemesAsPrivileged). */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  codeCache: true,
} as const;

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export type AppRequestResolution =
  | { readonly ok: true; readonly filePath: string; readonly mimeType: string }
  | { readonly ok: false; readonly status: 404; readonly reason: string };

function refuse(reason: string): AppRequestResolution {
  return { ok: false, status: 404, reason };
}

/** A dot segment, literal or percent-encoded (`..`, `.%2e`, `%2E%2e`, `.`). */
const DOT_SEGMENT = /^(?:\.|%2e){1,2}$/i;
/** What a decoded path segment may not contain: separators of any platform, drive colons, `%` (double encoding), NUL and control characters. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN_IN_SEGMENT = /[/\\:%\u0000-\u001f\u007f]/;

/**
 * The file under `root` that an app:// URL names, or a refusal. Refused: other schemes and
 * hosts, credentials or ports, backslashes anywhere, dot segments (plain or encoded),
 * encoded separators, NUL and control characters, drive letters, bad percent-encoding, and
 * anything that would land outside `root`. `/` serves index.html; other directories are
 * refused. The query and fragment are ignored.
 */
export function resolveAppRequest(rawUrl: string, root: string): AppRequestResolution {
  if (rawUrl.includes('\\')) return refuse('backslash in URL');
  // Look at the raw path before URL parsing normalises dot segments away.
  const rawPath = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([^?#]*)/i.exec(rawUrl)?.[1];
  if (rawPath === undefined) return refuse('not an absolute URL');
  if (rawPath.split('/').some((segment) => DOT_SEGMENT.test(segment))) return refuse('dot segment in path');

  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return refuse('malformed URL');
  }
  if (url.protocol !== `${APP_SCHEME}:`) return refuse(`scheme ${url.protocol}`);
  if (url.hostname.toLowerCase() !== APP_HOST) return refuse(`host ${url.hostname}`);
  if (url.username !== '' || url.password !== '' || url.port !== '') return refuse('credentials or port');

  const pathname = url.pathname === '/' || url.pathname === '' ? '/index.html' : url.pathname;
  if (pathname.endsWith('/')) return refuse('directory');
  const segments: string[] = [];
  for (const encoded of pathname.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(encoded);
    } catch {
      return refuse('bad percent-encoding');
    }
    if (segment === '' || segment === '.' || segment === '..') return refuse('empty or dot segment');
    if (FORBIDDEN_IN_SEGMENT.test(segment)) return refuse('forbidden character in path');
    segments.push(segment);
  }

  const base = path.resolve(root);
  const filePath = path.resolve(base, ...segments);
  const relative = path.relative(base, filePath);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return refuse('outside the root');
  return { ok: true, filePath, mimeType: mimeTypeFor(filePath) };
}

/** File access the handler needs (node:fs/promises by default; tests may pass fakes). */
export interface ProtocolFs {
  stat(filePath: string): Promise<{ isFile(): boolean }>;
  readFile(filePath: string): Promise<Uint8Array>;
}

const nodeFs: ProtocolFs = { stat, readFile };

type ResponseBody = ConstructorParameters<typeof Response>[0];

const CSP_META = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")[^"]*(")/i;

/**
 * The HTML page with its CSP meta tag set to `policy`, so that the meta tag and the header
 * agree (a page obeys both; the stricter meta tag would otherwise block the admitted servers).
 */
export function withPolicyMeta(html: string, policy: string): string {
  return html.replace(CSP_META, (_match, start: string, end: string) => `${start}${policy}${end}`);
}

export interface ProtocolOptions {
  /** The team server origins admitted now; read for every response, so a reload sees a new one. */
  readonly connectOrigins?: () => readonly string[];
}

/**
 * The handler for `protocol.handle(APP_SCHEME, ...)`: GET and HEAD of files under `root`,
 * 404 for everything refused or missing, 405 for other methods. Every answer carries the
 * CSP and the other security headers.
 */
export function createAppProtocolHandler(
  root: string,
  fs: ProtocolFs = nodeFs,
  options: ProtocolOptions = {},
): (request: Request) => Promise<Response> {
  return async (request) => {
    const policy = { connectOrigins: options.connectOrigins?.() ?? [] };
    const respond = (status: number, body: ResponseBody, contentType: string): Response =>
      new Response(body, {
        status,
        headers: { ...securityHeaders(policy), 'Content-Type': contentType, 'Cache-Control': 'no-cache' },
      });
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return respond(405, 'Method not allowed', 'text/plain; charset=utf-8');
    }
    const resolved = resolveAppRequest(request.url, root);
    if (!resolved.ok) return respond(404, 'Not found', 'text/plain; charset=utf-8');
    try {
      if (!(await fs.stat(resolved.filePath)).isFile()) return respond(404, 'Not found', 'text/plain; charset=utf-8');
      if (request.method === 'HEAD') return respond(200, null, resolved.mimeType);
      let body: ResponseBody = (await fs.readFile(resolved.filePath)) as ResponseBody;
      if (resolved.mimeType.startsWith('text/html')) {
        const html = new TextDecoder().decode(body as Uint8Array);
        body = withPolicyMeta(html, contentSecurityPolicy(policy));
      }
      return respond(200, body, resolved.mimeType);
    } catch {
      return respond(404, 'Not found', 'text/plain; charset=utf-8');
    }
  };
}
