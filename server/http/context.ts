/** What every route handler reaches: the database, tokens, the collaboration server. */
import type { FastifyRequest } from 'fastify';
import type { AccessClaims, AccessTokens } from '../auth/accessTokens';
import type { IdentityProvider } from '../auth/identityProvider';
import type { RateLimiter } from '../auth/rateLimit';
import type { CollabServer } from '../collab/collabServer';
import type { Database } from '../db/database';
import { ApiError } from './errors';

export interface ApiContext {
  db: Database;
  tokens: AccessTokens;
  identity: IdentityProvider;
  collab: CollabServer;
  signInLimits: { perUser: RateLimiter; perAddress: RateLimiter };
  refreshTokenMs: number;
}

/** The signed-in user of a request (Authorization: Bearer <access token>), or a 401. */
export async function requireUser(context: ApiContext, request: FastifyRequest): Promise<AccessClaims> {
  const header = request.headers.authorization ?? '';
  const token = /^Bearer (\S+)$/u.exec(header)?.[1];
  const claims = token ? await context.tokens.verify(token) : undefined;
  if (!claims)
    throw new ApiError(401, 'unauthenticated', 'sign in first: the access token is missing, expired or invalid');
  return claims;
}
