/** Passwords, access tokens, sign-in limits and the Redis address: the server's small pure parts. */
import fc from 'fast-check';
import { SignJWT } from 'jose';
import { describe, expect, it, vi } from 'vitest';
import { AccessTokens } from '../../server/auth/accessTokens';
import { hashPassword, verifyPassword } from '../../server/auth/password';
import { RateLimiter } from '../../server/auth/rateLimit';
import { redisConnection } from '../../server/collab/collabServer';
import { coversOwnEdits, readStoredMessage, storedMessage } from '../../shared/collab/storedAck';
import * as Y from 'yjs';

describe('passwords', () => {
  it('are stored as scrypt with their parameters, and only the right one verifies', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/u);
    expect(hash).not.toContain('correct');
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('correct horse batterY', hash)).toBe(false);
    expect(await verifyPassword('correct horse battery', 'not a hash')).toBe(false);
    expect(await hashPassword('correct horse battery')).not.toBe(hash);
  });

  it('refuses a short password with the reason', async () => {
    await expect(hashPassword('short')).rejects.toThrow('a password needs at least 10 characters');
  });
});

describe('access tokens', () => {
  const tokens = new AccessTokens('x'.repeat(32));

  it('carry the user, and refuse expired, forged and altered ones', async () => {
    const token = await tokens.issue({ userId: 'u1', name: 'mei' });
    expect(await tokens.verify(token)).toEqual({ userId: 'u1', name: 'mei', expiresAt: expect.any(Number) as number });
    expect(
      await tokens.verify(await tokens.issue({ userId: 'u1', name: 'mei' }, Date.now() - 16 * 60_000)),
    ).toBeUndefined();
    expect(await new AccessTokens('y'.repeat(32)).verify(token)).toBeUndefined();
    const [header, , signature] = token.split('.');
    const altered = Buffer.from(JSON.stringify({ sub: 'admin', name: 'admin' })).toString('base64url');
    expect(await tokens.verify(`${header}.${altered}.${signature}`)).toBeUndefined();
    // alg "none" is never accepted.
    const none = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    expect(await tokens.verify(`${none}.${token.split('.')[1]}.`)).toBeUndefined();
  });

  it('are remembered once verified, and refused from the second they expire all the same', async () => {
    const issuedAt = Date.UTC(2026, 0, 5, 9, 0, 0);
    const short = new AccessTokens('x'.repeat(32), 60);
    const token = await short.issue({ userId: 'u1', name: 'mei' }, issuedAt);
    const expiresAt = issuedAt + 60_000;
    expect(await short.verify(token, issuedAt)).toEqual({ userId: 'u1', name: 'mei', expiresAt });
    expect(short.rememberedCount()).toBe(1);
    expect(await short.verify(token, expiresAt - 1)).toEqual({ userId: 'u1', name: 'mei', expiresAt });
    expect(await short.verify(token, expiresAt)).toBeUndefined();
    expect(await short.verify(token, expiresAt + 3600_000)).toBeUndefined();
    // One character changed is another text: verified in full, refused, and not remembered.
    const last = token.at(-1) === 'A' ? 'B' : 'A';
    expect(await short.verify(`${token.slice(0, -1)}${last}`, issuedAt)).toBeUndefined();
    expect(short.rememberedCount()).toBe(1);
  });

  it('give the same answer remembered as verified afresh, for any tokens presented at any times', async () => {
    const secret = 'x'.repeat(32);
    const start = Date.UTC(2026, 0, 5, 9, 0, 0);
    const issuer = new AccessTokens(secret, 600);
    const valid = await issuer.issue({ userId: 'u1', name: 'mei' }, start);
    const later = await issuer.issue({ userId: 'u2', name: 'lin' }, start + 300_000);
    const foreign = await new AccessTokens('y'.repeat(32), 600).issue({ userId: 'u1', name: 'mei' }, start);
    // Valid only from ten minutes in (nbf), signed with the right key.
    const notYet = await new SignJWT({ name: 'wu' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u3')
      .setIssuer('powermap-server')
      .setAudience('powermap')
      .setNotBefore(Math.floor(start / 1000) + 600)
      .setExpirationTime(Math.floor(start / 1000) + 1200)
      .sign(new TextEncoder().encode(secret));
    const tokens = [valid, later, foreign, notYet, `${valid.slice(0, -2)}xx`, 'not.a.jwt'];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ token: fc.nat(tokens.length - 1), seconds: fc.integer({ min: -60, max: 1500 }) }), {
          maxLength: 12,
        }),
        async (calls) => {
          const remembering = new AccessTokens(secret, 600);
          for (const call of calls) {
            const now = start + call.seconds * 1000;
            const token = tokens[call.token]!;
            expect(await remembering.verify(token, now)).toEqual(await new AccessTokens(secret).verify(token, now));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('share one verification among connections presenting a token at once; a forged one is refused to all and not kept', async () => {
    const token = await tokens.issue({ userId: 'u1', name: 'mei' });
    const fresh = new AccessTokens('x'.repeat(32));
    const answers = await Promise.all(Array.from({ length: 20 }, () => fresh.verify(token)));
    expect(new Set(answers.map((answer) => answer?.userId))).toEqual(new Set(['u1']));
    expect(fresh.rememberedCount()).toBe(1);
    const forged = await new AccessTokens('y'.repeat(32)).issue({ userId: 'u1', name: 'mei' });
    expect(await Promise.all(Array.from({ length: 20 }, () => fresh.verify(forged)))).toEqual(
      Array<undefined>(20).fill(undefined),
    );
    expect(fresh.rememberedCount()).toBe(1);
  });

  it('remember a bounded number: expired ones are dropped as time passes, the oldest when full', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const start = Date.UTC(2026, 0, 5, 9, 0, 0);
      vi.setSystemTime(start);
      const bounded = new AccessTokens('x'.repeat(32), 60, 10);
      const issued = await Promise.all(
        Array.from({ length: 25 }, (_, i) => bounded.issue({ userId: `u${i}`, name: `user ${i}` })),
      );
      for (const token of issued) expect(await bounded.verify(token)).toBeDefined();
      expect(bounded.rememberedCount()).toBeLessThanOrEqual(10);
      // The first ones were dropped to make room, yet still verify (in full).
      expect(await bounded.verify(issued[0]!)).toMatchObject({ userId: 'u0' });
      // Two minutes on, every token verified so far has expired: the next one clears them out.
      vi.setSystemTime(start + 120_000);
      const next = await bounded.issue({ userId: 'next', name: 'next' });
      expect(await bounded.verify(next)).toMatchObject({ userId: 'next' });
      expect(bounded.rememberedCount()).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('need a secret of 32 characters or more', () => {
    expect(() => new AccessTokens('short')).toThrow('at least 32 characters');
  });
});

describe('the sign-in limiter', () => {
  it('allows `limit` attempts per window and key, then says how long to wait', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1_000, max: 100_000 }), (limit, windowMs) => {
        let now = 0;
        const limiter = new RateLimiter(limit, windowMs, () => now);
        for (let i = 0; i < limit; i += 1) expect(limiter.hit('mei')).toBe(0);
        expect(limiter.hit('mei')).toBe(windowMs);
        expect(limiter.hit('other')).toBe(0);
        now += windowMs;
        expect(limiter.hit('mei')).toBe(0);
        limiter.clear('mei');
        for (let i = 0; i < limit; i += 1) expect(limiter.hit('mei')).toBe(0);
      }),
    );
  });
});

describe('the Redis address', () => {
  it('is read from REDIS_URL, and anything but redis:// is refused', () => {
    expect(redisConnection('redis://:s%40cret@10.0.0.5:6380/2')).toEqual({
      host: '10.0.0.5',
      port: 6380,
      options: { password: 's@cret', db: 2, maxRetriesPerRequest: 3 },
    });
    expect(redisConnection('redis://localhost').port).toBe(6379);
    expect(() => redisConnection('http://localhost')).toThrow('REDIS_URL must start with redis://');
  });
});

describe('the store acknowledgement', () => {
  it('covers exactly the edits a stored state vector holds', () => {
    const doc = new Y.Doc();
    doc.getMap('people').set('a', 1);
    const stored = readStoredMessage(storedMessage(Y.encodeStateVector(doc)));
    expect(stored && coversOwnEdits(stored, doc)).toBe(true);
    doc.getMap('people').set('b', 2);
    expect(stored && coversOwnEdits(stored, doc)).toBe(false);
    expect(readStoredMessage('{"type":"other"}')).toBeUndefined();
    expect(readStoredMessage('not json')).toBeUndefined();
  });
});
