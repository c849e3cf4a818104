/** Who is on a collaboration connection, and what they may do with its deal. */
import type { DealAccess } from '../store/roles';

export interface ConnectionContext {
  userId: string;
  userName: string;
  access: DealAccess;
}

/** Close codes the server sends with a document's close message, so the app can say why. */
export const ACCESS_CLOSE = {
  revoked: { code: 4403, reason: 'access-revoked' },
  changed: { code: 4409, reason: 'access-changed' },
} as const;
