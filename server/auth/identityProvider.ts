/**
 * Who a user is: an identity provider checks credentials and answers with a user of ours.
 * Passwords are the one provider today; a bank's single sign-on (OIDC) becomes a second
 * implementation that trades an authorization code for a user, and the session routes
 * issue the same tokens for both.
 */
import type { Sql } from '../db/database';
import { findUserByName, type User } from '../store/users';
import { DUMMY_HASH, verifyPassword } from './password';

export type Credentials = { kind: 'password'; name: string; password: string };

export interface IdentityProvider {
  readonly kind: Credentials['kind'];
  /** The user the credentials prove, or undefined; never says which part was wrong. */
  authenticate(credentials: Credentials): Promise<User | undefined>;
}

export class PasswordIdentityProvider implements IdentityProvider {
  readonly kind = 'password';

  constructor(private readonly sql: Sql) {}

  async authenticate(credentials: Credentials): Promise<User | undefined> {
    const user = await findUserByName(this.sql, credentials.name);
    // An unknown user still costs one hash, so timing does not tell which names exist.
    const matches = await verifyPassword(credentials.password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !matches || user.disabled || !user.passwordHash) return undefined;
    return { id: user.id, name: user.name, displayName: user.displayName, disabled: user.disabled };
  }
}
