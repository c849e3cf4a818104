/** Who is on a collaboration connection, and what they may do with its deal. */
import type { RefusalReason } from '../../shared/collab/closeReasons';
import type { DealAccess } from '../store/roles';

// The close codes and refusal reasons are shared with the app, which reads them to decide whether to attach again.
export { ACCESS_CLOSE } from '../../shared/collab/closeReasons';

export interface ConnectionContext {
  userId: string;
  userName: string;
  access: DealAccess;
  /** When the access token of the connection expires (ms); the server asks for a new one before. */
  tokenExpiresAt: number;
}

/** How long before its token expires a connection is asked for a new one. */
export const TOKEN_RENEWAL_MS = 60_000;

/**
 * Why a connection to a deal is refused, sent to the client as the reason of its
 * permission-denied message. The message stays empty on purpose: Hocuspocus logs every hook
 * error that has one, and a refused connection is an answer, not a server fault.
 */
export class ConnectionRefused extends Error {
  constructor(readonly reason: RefusalReason) {
    super('');
    this.name = 'ConnectionRefused';
  }
}
