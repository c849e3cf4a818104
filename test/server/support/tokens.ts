/**
 * Access tokens signed with the test server's secret, as a sign-in would hand them out, without
 * a sign-in round trip (and its rate limit) for every connection a test opens.
 */
import { AccessTokens } from '../../../server/auth/accessTokens';
import type { User } from '../../../server/store/users';

/** A token for the user of that name; `users` is read at each call, as suites fill it in beforeAll. */
export function tokenIssuer(
  secret: string,
  users: () => Record<string, User>,
): (name: string, now?: number) => Promise<string> {
  const tokens = new AccessTokens(secret);
  return (name, now = Date.now()) => tokens.issue({ userId: users()[name]!.id, name }, now);
}
