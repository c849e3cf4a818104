/**
 * Cross-origin access for the desktop app. Its pages come from `app://powermap`, so its
 * calls to /api are cross-origin requests that a browser engine only completes when the
 * server allows that origin (and answers the preflight of a JSON or Bearer request). Only
 * that one origin is allowed, never `*`, and never with credentials: the API authenticates
 * with a Bearer token the app holds, not with cookies, so the answer gives the desktop app
 * nothing a page on another origin could use. Browsers never send `app://powermap` as the
 * Origin of a web page. The WebSocket at /collab needs no CORS.
 */
import type { FastifyInstance } from 'fastify';

/** The origin of every page of the desktop app (electron/protocol.ts APP_ORIGIN). */
export const DESKTOP_APP_ORIGIN = 'app://powermap';

export function desktopCors(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    if (request.headers.origin !== DESKTOP_APP_ORIGIN) return;
    void reply.header('Access-Control-Allow-Origin', DESKTOP_APP_ORIGIN).header('Vary', 'Origin');
    if (request.method === 'OPTIONS' && request.headers['access-control-request-method'] !== undefined) {
      await reply
        .code(204)
        .header('Access-Control-Allow-Methods', 'GET, POST, PUT, PATCH, DELETE')
        .header('Access-Control-Allow-Headers', 'authorization, content-type')
        .header('Access-Control-Max-Age', '600')
        .send();
    }
  });
}
