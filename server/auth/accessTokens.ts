/**
 * Short-lived access tokens: JWT signed with HS256 (jose). They carry the user's id and name;
 * what the user may do with a deal is looked up on every connection, never read from a token.
 */
import { jwtVerify, SignJWT } from 'jose';

export const ACCESS_TOKEN_SECONDS = 15 * 60;
const ISSUER = 'powermap-server';
const AUDIENCE = 'powermap';

export interface AccessClaims {
  userId: string;
  name: string;
}

export interface VerifiedClaims extends AccessClaims {
  /** When the token expires, in milliseconds since the epoch. */
  expiresAt: number;
}

export class AccessTokens {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    private readonly lifetimeSeconds = ACCESS_TOKEN_SECONDS,
  ) {
    if (secret.length < 32) throw new Error('the token secret needs at least 32 characters');
    this.key = new TextEncoder().encode(secret);
  }

  async issue(claims: AccessClaims, now = Date.now()): Promise<string> {
    const issuedAt = Math.floor(now / 1000);
    return new SignJWT({ name: claims.name })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + this.lifetimeSeconds)
      .sign(this.key);
  }

  /** The claims of a valid token, or undefined when it is expired, forged or malformed. */
  async verify(token: string): Promise<VerifiedClaims | undefined> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: AUDIENCE,
      });
      if (typeof payload.sub !== 'string' || typeof payload['name'] !== 'string' || typeof payload.exp !== 'number')
        return undefined;
      return { userId: payload.sub, name: payload['name'], expiresAt: payload.exp * 1000 };
    } catch {
      return undefined;
    }
  }
}
