/** Passwords, access tokens, sign-in limits and the Redis address: the server's small pure parts. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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
