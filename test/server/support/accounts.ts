/** Users, teams and sign-in for the tests. One password for every test user: one scrypt hash. */
import { hashPassword } from '../../../server/auth/password';
import type { Sql } from '../../../server/db/database';
import { addTeam, setTeamMember } from '../../../server/store/teams';
import { addUser, type User } from '../../../server/store/users';

export const PASSWORD = 'a test password, long enough';
let hash: Promise<string> | undefined;

export async function addUsers(sql: Sql, names: readonly string[]): Promise<Record<string, User>> {
  hash ??= hashPassword(PASSWORD);
  const passwordHash = await hash;
  const users: Record<string, User> = {};
  for (const name of names) users[name] = await addUser(sql, { name, displayName: `${name} (display)`, passwordHash });
  return users;
}

export async function addTeamWith(
  sql: Sql,
  name: string,
  members: ReadonlyArray<{ user: User; lead?: boolean }>,
): Promise<string> {
  const team = await addTeam(sql, name);
  for (const member of members) await setTeamMember(sql, team.id, member.user.id, member.lead ? 'lead' : 'member');
  return team.id;
}

export interface Session {
  accessToken: string;
  refreshToken: string;
}

export async function signIn(url: string, name: string, password = PASSWORD): Promise<Session> {
  const response = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password }),
  });
  if (response.status !== 200)
    throw new Error(`sign-in of ${name} failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as Session;
}

/** A JSON API call with a bearer token; returns status and parsed body. */
export async function api(
  url: string,
  method: string,
  path: string,
  token?: string,
  body?: unknown,
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}
