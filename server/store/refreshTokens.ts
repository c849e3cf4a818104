/**
 * Refresh tokens: random, stored only as a SHA-256 hash, rotated on every use. Every token of
 * one sign-in shares a family; presenting a token that was already rotated means it leaked,
 * so the whole family is revoked.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Sql } from '../db/database';

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

export async function issueRefreshToken(
  sql: Sql,
  userId: string,
  lifetimeMs: number,
  family: string = randomUUID(),
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await sql.query(
    `insert into refresh_tokens (id, user_id, family, token_hash, expires_at) values ($1, $2, $3, $4, $5)`,
    [randomUUID(), userId, family, hashToken(token), new Date(Date.now() + lifetimeMs)],
  );
  return token;
}

export type RotateResult =
  | { ok: true; userId: string; token: string }
  | { ok: false; reason: 'unknown' | 'expired' | 'reused'; userId?: string };

/** Exchanges a refresh token for a new one of the same family. */
export async function rotateRefreshToken(sql: Sql, token: string, lifetimeMs: number): Promise<RotateResult> {
  const rows = await sql.query<{ id: string; user_id: string; family: string; expires_at: Date; revoked: boolean }>(
    `update refresh_tokens t set revoked_at = coalesce(t.revoked_at, now())
       from (select id, revoked_at as was_revoked from refresh_tokens where token_hash = $1 for update) old
      where t.id = old.id
      returning t.id, t.user_id, t.family, t.expires_at, (old.was_revoked is not null) as revoked`,
    [hashToken(token)],
  );
  const row = rows[0];
  if (!row) return { ok: false, reason: 'unknown' };
  if (row.revoked) {
    await revokeFamily(sql, row.family);
    return { ok: false, reason: 'reused', userId: row.user_id };
  }
  if (row.expires_at.getTime() <= Date.now()) return { ok: false, reason: 'expired', userId: row.user_id };
  const next = await issueRefreshToken(sql, row.user_id, lifetimeMs, row.family);
  return { ok: true, userId: row.user_id, token: next };
}

/** Signs out: revokes the family of `token`; returns its user, if the token was known. */
export async function revokeRefreshToken(sql: Sql, token: string): Promise<string | undefined> {
  const rows = await sql.query<{ user_id: string; family: string }>(
    'select user_id, family from refresh_tokens where token_hash = $1',
    [hashToken(token)],
  );
  const row = rows[0];
  if (!row) return undefined;
  await revokeFamily(sql, row.family);
  return row.user_id;
}

async function revokeFamily(sql: Sql, family: string): Promise<void> {
  await sql.query('update refresh_tokens set revoked_at = now() where family = $1 and revoked_at is null', [family]);
}

/** Revokes every refresh token of a user (password changed). */
export async function revokeUserTokens(sql: Sql, userId: string): Promise<void> {
  await sql.query('update refresh_tokens set revoked_at = now() where user_id = $1 and revoked_at is null', [userId]);
}
