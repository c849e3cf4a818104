/** Server-wide settings kept in the database, so every server process shares them. */
import { randomBytes } from 'node:crypto';
import type { Sql } from '../db/database';

/**
 * The value of `key`, created by `make` the first time. Two processes starting together
 * agree: the first insert wins and both read it back.
 */
export async function settingOrCreate(sql: Sql, key: string, make: () => string): Promise<string> {
  await sql.query('insert into settings (key, value) values ($1, $2) on conflict (key) do nothing', [key, make()]);
  const rows = await sql.query<{ value: string }>('select value from settings where key = $1', [key]);
  return rows[0]!.value;
}

/** The key that signs access tokens when none is configured: 256 random bits, made once. */
export const storedJwtSecret = (sql: Sql): Promise<string> =>
  settingOrCreate(sql, 'jwt-secret', () => randomBytes(32).toString('base64url'));
