/**
 * The Content Security Policy of the app's pages. renderer/index.html carries the policy
 * in a meta tag (which also covers the browser build); the desktop's protocol handler and
 * the team server (which serves the browser build) send the same policy as a response
 * header with every answer, plus the directives a meta tag cannot carry.
 * test/electron/csp.test.ts keeps the two in step. `connect-src 'self'` also admits the
 * server's own WebSocket (ws:/wss: on the same host, CSP Level 3).
 *
 * The desktop app has no server of its own: the team servers the user signed in to are
 * admitted by origin (electron/teamOrigin.ts), and only for `connect-src`, each with
 * its WebSocket origin. Every other directive is the same whatever was admitted.
 */

/** The WebSocket origin of an http(s) origin: ws: for http:, wss: for https:. */
export function webSocketOrigin(origin: string): string {
  return origin.replace(/^http(s?):/u, 'ws$1:');
}

export interface PolicyOptions {
  /** Normalised http(s) origins (teamOrigin.ts) the page may fetch from and open a WebSocket to. */
  readonly connectOrigins?: readonly string[];
}

/** The policy a meta tag can carry, with `connect-src` opened to the admitted origins only. */
export function contentSecurityPolicy(options: PolicyOptions = {}): string {
  const connect = ["'self'"];
  for (const origin of options.connectOrigins ?? []) connect.push(origin, webSocketOrigin(origin));
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect.join(' ')}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Directives browsers ignore in a meta tag, so they are sent in the header only. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/** The Content-Security-Policy header: the page's policy plus the header-only directives. */
export function contentSecurityPolicyHeader(options: PolicyOptions = {}): string {
  return [contentSecurityPolicy(options), ...HEADER_ONLY_DIRECTIVES].join('; ');
}

/** The headers sent with every response, found or not, for a page admitting `options.connectOrigins`. */
export function securityHeaders(options: PolicyOptions = {}): Readonly<Record<string, string>> {
  return {
    'Content-Security-Policy': contentSecurityPolicyHeader(options),
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
  };
}

/** The policy with no server admitted: what renderer/index.html declares. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/** The Content-Security-Policy header of every page the team server sends (its own origin is 'self'). */
export const CONTENT_SECURITY_POLICY_HEADER = contentSecurityPolicyHeader();

/** Headers sent with every response of the server's app files, and of app:// when no server is admitted. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = securityHeaders();
