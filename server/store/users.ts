/** Accounts. A user name is the sign-in name, unique, kept as typed but compared in lower case. */
import { randomUUID } from 'node:crypto';
import type { Sql } from '../db/database';

export interface User {
  id: string;
  name: string;
  displayName: string;
  disabled: boolean;
}

interface UserRow {
  id: string;
  name: string;
  display_name: string;
  disabled: boolean;
  password_hash: string | null;
}

const toUser = (row: UserRow): User => ({
  id: row.id,
  name: row.name,
  displayName: row.display_name,
  disabled: row.disabled,
});

/** Sign-in names: letters, digits and . _ - @, so they read the same in logs and URLs. */
export const USER_NAME = /^[\p{L}\p{N}._@-]{1,64}$/u;

export class UserExistsError extends Error {
  constructor(name: string) {
    super(`a user named "${name}" exists already`);
  }
}

export async function addUser(
  sql: Sql,
  input: { name: string; displayName: string; passwordHash: string | null },
): Promise<User> {
  if (!USER_NAME.test(input.name))
    throw new Error(`"${input.name}" is not a valid user name (letters, digits and . _ - @, at most 64)`);
  if (await findUserByName(sql, input.name)) throw new UserExistsError(input.name);
  const rows = await sql.query<UserRow>(
    `insert into users (id, name, display_name, password_hash) values ($1, $2, $3, $4)
     returning id, name, display_name, disabled, password_hash`,
    [randomUUID(), input.name, input.displayName, input.passwordHash],
  );
  return toUser(rows[0]!);
}

export async function findUserByName(
  sql: Sql,
  name: string,
): Promise<(User & { passwordHash: string | null }) | undefined> {
  const rows = await sql.query<UserRow>(
    'select id, name, display_name, disabled, password_hash from users where lower(name) = lower($1)',
    [name],
  );
  const row = rows[0];
  return row && { ...toUser(row), passwordHash: row.password_hash };
}

export async function findUserById(sql: Sql, id: string): Promise<User | undefined> {
  const rows = await sql.query<UserRow>(
    'select id, name, display_name, disabled, password_hash from users where id = $1',
    [id],
  );
  return rows[0] && toUser(rows[0]);
}

export async function setPasswordHash(sql: Sql, userId: string, passwordHash: string): Promise<void> {
  await sql.query('update users set password_hash = $2 where id = $1', [userId, passwordHash]);
}
