/**
 * The server lets the desktop app (pages from app://powermap) call its API cross-origin,
 * answering the preflight, and allows no other origin.
 */
import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { DESKTOP_APP_ORIGIN, desktopCors } from '../../server/http/desktopCors';

const app = Fastify();
desktopCors(app);
app.post('/api/session', () => ({ ok: true }));
afterAll(() => app.close());

describe('desktopCors', () => {
  it('answers the desktop app’s preflight and allows its requests', async () => {
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: '/api/session',
      headers: {
        origin: DESKTOP_APP_ORIGIN,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('app://powermap');
    expect(preflight.headers['access-control-allow-headers']).toContain('authorization');
    expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();

    const post = await app.inject({ method: 'POST', url: '/api/session', headers: { origin: DESKTOP_APP_ORIGIN } });
    expect(post.statusCode).toBe(200);
    expect(post.headers['access-control-allow-origin']).toBe('app://powermap');
  });

  it.each(['https://evil.example', 'app://evil', 'null'])('allows no other origin (%s)', async (origin) => {
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: '/api/session',
      headers: { origin, 'access-control-request-method': 'POST' },
    });
    expect(preflight.statusCode).toBe(404);
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    const post = await app.inject({ method: 'POST', url: '/api/session', headers: { origin } });
    expect(post.headers['access-control-allow-origin']).toBeUndefined();
  });
});
