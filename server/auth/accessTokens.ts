/**
 * Short-lived access tokens: JWT signed with HS256 (jose). They carry the user's id and name;
 * what the user may do with a deal is looked up on every connection, never read from a token.
 *
 * A token that verified is remembered, by its exact text, until it expires (issue 11): a team
 * opening its deals presents the same token on many connections (one per deal, and again at
 * every reconnect), and checking its signature each time was a good part of the CPU of
 * connecting. A remembered token is still refused from the second it expires (jose's rule,
 * below), a forged or altered one is a different text and is verified in full, and a failed
 * verification is never remembered. Tokens cannot be revoked before they expire (signing out
 * revokes the refresh token), so remembering one changes no answer.
 */
import { jwtVerify, SignJWT } from 'jose';

export const ACCESS_TOKEN_SECONDS = 15 * 60;
const ISSUER = 'powermap-server';
const AUDIENCE = 'powermap';
/** Tokens remembered at most; beyond, the expired go first, then the oldest. */
export const MAX_REMEMBERED_TOKENS = 10_000;
/** How often expired tokens are dropped, so the map holds about the tokens in use. */
const SWEEP_MS = 60_000;

export interface AccessClaims {
  userId: string;
  name: string;
}

export interface VerifiedClaims extends AccessClaims {
  /** When the token expires, in milliseconds since the epoch. */
  expiresAt: number;
}

/** A verified token's claims with the times it is valid between, in seconds as in the token. */
interface Verified {
  claims: VerifiedClaims;
  exp: number;
  nbf: number | undefined;
}

/** jose's own time rule (no clock tolerance): valid from nbf, until the second before exp. */
function validAt(verified: Verified, now: number): boolean {
  const seconds = Math.floor(now / 1000);
  return verified.exp > seconds && (verified.nbf === undefined || verified.nbf <= seconds);
}

/** A verification made or under way; `verified` once it succeeded. */
interface Remembered {
  verifying: Promise<Verified | undefined>;
  verified?: Verified;
}

export class AccessTokens {
  private readonly key: Uint8Array;
  /** Verifications by token text; only successful ones stay once settled. */
  private readonly remembered = new Map<string, Remembered>();
  /** When expired tokens are next dropped (at the latest; also whenever the map is full). */
  private nextSweepAt = 0;

  constructor(
    secret: string,
    private readonly lifetimeSeconds = ACCESS_TOKEN_SECONDS,
    private readonly maxRemembered = MAX_REMEMBERED_TOKENS,
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

  /** The claims of a valid token at `now`, or undefined when it is expired, forged or malformed. */
  async verify(token: string, now = Date.now()): Promise<VerifiedClaims | undefined> {
    const earlier = this.remembered.get(token);
    if (earlier) {
      const verified = await earlier.verifying;
      if (verified) return validAt(verified, now) ? verified.claims : undefined;
      // It failed at the time of the call that made it, maybe not at this one's: verified anew, not remembered.
      return (await this.verifyInFull(token, now))?.claims;
    }
    const entry: Remembered = { verifying: this.verifyInFull(token, now) };
    this.remember(token, entry);
    const verified = await entry.verifying;
    if (verified) entry.verified = verified;
    else if (this.remembered.get(token) === entry) this.remembered.delete(token);
    return verified?.claims;
  }

  /** Tokens remembered now (for tests). */
  rememberedCount(): number {
    return this.remembered.size;
  }

  private async verifyInFull(token: string, now: number): Promise<Verified | undefined> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: AUDIENCE,
        currentDate: new Date(now),
      });
      if (typeof payload.sub !== 'string' || typeof payload['name'] !== 'string' || typeof payload.exp !== 'number')
        return undefined;
      return {
        claims: { userId: payload.sub, name: payload['name'], expiresAt: payload.exp * 1000 },
        exp: payload.exp,
        nbf: payload.nbf,
      };
    } catch {
      return undefined;
    }
  }

  private remember(token: string, entry: Remembered): void {
    const now = Date.now();
    if (this.remembered.size >= this.maxRemembered || now >= this.nextSweepAt) {
      this.nextSweepAt = now + SWEEP_MS;
      for (const [text, { verified }] of this.remembered)
        if (verified && !validAt(verified, now)) this.remembered.delete(text);
    }
    // Still full (all valid, or under way): the oldest tenth goes; a token that comes back is verified again.
    if (this.remembered.size >= this.maxRemembered)
      for (const text of this.remembered.keys()) {
        if (this.remembered.size < 0.9 * this.maxRemembered) break;
        this.remembered.delete(text);
      }
    this.remembered.set(token, entry);
  }
}
