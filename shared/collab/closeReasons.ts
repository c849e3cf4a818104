/**
 * Why the team server closes or refuses a deal's connection: one list for the server that
 * sends the reason (server/collab/access.ts) and the app that reads it to decide whether to
 * attach the deal again (renderer/team/reattach.ts). The close message of a deal carries
 * the reason only (Hocuspocus sends no code with it), so the reason is what both sides agree on.
 */

/** Close codes and reasons the server sends with a document's close message. */
export const ACCESS_CLOSE = {
  revoked: { code: 4403, reason: 'access-revoked' },
  changed: { code: 4409, reason: 'access-changed' },
  expired: { code: 4401, reason: 'token-expired' },
} as const;

/** Reasons of a refused connection (Hocuspocus's permission-denied message). */
export const REFUSAL = {
  invalidToken: 'invalid-token',
  noAccess: 'no-access',
} as const;

export type RefusalReason = (typeof REFUSAL)[keyof typeof REFUSAL];

/**
 * What a client does after the server closed or refused its deal:
 * - `renew-token`: the access token ran out or was refused: a new one, then again;
 * - `ask-membership`: access was removed: ask whether the user is still a member, and only
 *   attach again if so (a removed member's copy is removed instead);
 * - `retry`: anything else may pass (a role changed, a deal unloaded after a failed load, the
 *   server restarting): attach again after a wait.
 */
export type CloseVerdict = 'renew-token' | 'ask-membership' | 'retry';

export function verdictOfClose(reason: string): CloseVerdict {
  if (reason === ACCESS_CLOSE.expired.reason || reason === REFUSAL.invalidToken) return 'renew-token';
  if (reason === ACCESS_CLOSE.revoked.reason || reason === REFUSAL.noAccess) return 'ask-membership';
  return 'retry';
}
