/**
 * Signing in and out. A sign-in answers with a short-lived access token (JWT) and a refresh
 * token that is rotated on every refresh; signing out revokes the refresh token's family.
 * Sign-ins are limited per user name and per address, and every attempt is audited.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ACCESS_TOKEN_SECONDS } from '../auth/accessTokens';
import { audit } from '../store/audit';
import { issueRefreshToken, revokeRefreshToken, rotateRefreshToken } from '../store/refreshTokens';
import { findUserById, type User } from '../store/users';
import type { ApiContext } from './context';
import { ApiError, parseWith } from './errors';

const SignInBody = z.object({ name: z.string().min(1).max(64), password: z.string().min(1).max(1024) });
const RefreshBody = z.object({ refreshToken: z.string().min(1).max(200) });

export function sessionRoutes(app: FastifyInstance, context: ApiContext): void {
  const { db, tokens } = context;

  async function sessionFor(user: User, refreshToken: string) {
    return {
      accessToken: await tokens.issue({ userId: user.id, name: user.name }),
      expiresIn: ACCESS_TOKEN_SECONDS,
      refreshToken,
      user: { name: user.name, displayName: user.displayName },
    };
  }

  app.post('/api/session', async (request, reply) => {
    const body = parseWith(SignInBody, request.body);
    const nameKey = body.name.toLowerCase();
    const wait = Math.max(context.signInLimits.perUser.hit(nameKey), context.signInLimits.perAddress.hit(request.ip));
    if (wait > 0) {
      await audit(db, {
        actorId: null,
        action: 'sign-in-refused',
        target: body.name,
        address: request.ip,
        detail: { reason: 'rate-limited' },
      });
      void reply.header('retry-after', Math.ceil(wait / 1000));
      throw new ApiError(429, 'rate-limited', 'too many sign-in attempts; try again later');
    }
    const user = await context.identity.authenticate({ kind: 'password', name: body.name, password: body.password });
    if (!user) {
      await audit(db, {
        actorId: null,
        action: 'sign-in-refused',
        target: body.name,
        address: request.ip,
        detail: { reason: 'bad-credentials' },
      });
      throw new ApiError(401, 'bad-credentials', 'the user name or the password is wrong');
    }
    context.signInLimits.perUser.clear(nameKey);
    const refreshToken = await issueRefreshToken(db, user.id, context.refreshTokenMs);
    await audit(db, {
      actorId: user.id,
      action: 'sign-in',
      target: user.name,
      address: request.ip,
      detail: { provider: context.identity.kind },
    });
    return sessionFor(user, refreshToken);
  });

  app.post('/api/session/refresh', async (request) => {
    const body = parseWith(RefreshBody, request.body);
    const result = await db.transaction((sql) => rotateRefreshToken(sql, body.refreshToken, context.refreshTokenMs));
    if (!result.ok) {
      if (result.reason === 'reused')
        await audit(db, { actorId: result.userId ?? null, action: 'refresh-reuse', address: request.ip });
      throw new ApiError(401, 'invalid-refresh-token', 'sign in again: the refresh token is unknown, expired or used');
    }
    const user = await findUserById(db, result.userId);
    if (!user || user.disabled)
      throw new ApiError(401, 'invalid-refresh-token', 'sign in again: the account is disabled');
    return sessionFor(user, result.token);
  });

  app.delete('/api/session', async (request, reply) => {
    const body = parseWith(RefreshBody, request.body);
    const userId = await revokeRefreshToken(db, body.refreshToken);
    if (userId) await audit(db, { actorId: userId, action: 'sign-out', address: request.ip });
    return reply.code(204).send();
  });
}
