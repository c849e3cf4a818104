/**
 * The Content Security Policy of the app's pages. renderer/index.html carries the policy
 * in a meta tag (which also covers the browser build); the desktop's protocol handler and
 * the team server (which serves the browser build) send the same policy as a response
 * header with every answer, plus the directives a meta tag cannot carry.
 * test/electron/csp.test.ts keeps the two in step. `connect-src 'self'` also admits the
 * server's own WebSocket (ws:/wss: on the same host, CSP Level 3).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Directives browsers ignore in a meta tag, so they are sent in the header only. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/** The Content-Security-Policy header of every app:// response and every page the server sends. */
export const CONTENT_SECURITY_POLICY_HEADER = [CONTENT_SECURITY_POLICY, ...HEADER_ONLY_DIRECTIVES].join('; ');

/** Headers sent with every response of the app:// protocol and of the server's app files, found or not. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};
