/** Who is on a collaboration connection, and what they may do with its deal. */
import type { DealAccess } from '../store/roles';

export interface ConnectionContext {
  userId: string;
  userName: string;
  access: DealAccess;
  /** When the access token of the connection expires (ms); the server asks for a new one before. */
  tokenExpiresAt: number;
}

/** How long before its token expires a connection is asked for a new one. */
export const TOKEN_RENEWAL_MS = 60_000;

/** Close codes the server sends with a document's close message, so the app can say why. */
export const ACCESS_CLOSE = {
  revoked: { code: 4403, reason: 'access-revoked' },
  changed: { code: 4409, reason: 'access-changed' },
  expired: { code: 4401, reason: 'token-expired' },
} as const;

/**
 * Why a connection to a deal is refused, sent to the client as the reason of its
 * permission-denied message. The message stays empty on purpose: Hocuspocus logs every hook
 * error that has one, and a refused connection is an answer, not a server fault.
 */
export class ConnectionRefused extends Error {
  constructor(readonly reason: 'invalid-token' | 'no-access') {
    super('');
    this.name = 'ConnectionRefused';
  }
}
