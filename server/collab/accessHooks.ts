/**
 * The Hocuspocus hooks that let a connection in and keep its token fresh: the access token
 * and the user's access verified before anything of a document is sent (viewers and team
 * leads get a read-only connection, whose updates Hocuspocus refuses), a renewed token checked.
 */
import type { Extension } from '@hocuspocus/server';
import type { AccessTokens } from '../auth/accessTokens';
import type { DealUser } from '../store/deals';
import { canWrite, type DealAccess } from '../store/roles';
import { ConnectionRefused, type ConnectionContext } from './access';
import { contextOf } from './openConnections';

export type AccessHooks = Pick<Extension<ConnectionContext>, 'onAuthenticate' | 'onTokenSync'>;

export function accessHooks(
  tokens: AccessTokens,
  accessOf: (pair: DealUser) => Promise<DealAccess | undefined>,
): AccessHooks {
  return {
    async onAuthenticate({ token, documentName, connectionConfig }) {
      const claims = await tokens.verify(token);
      if (!claims) throw new ConnectionRefused('invalid-token');
      const access = await accessOf({ dealId: documentName, userId: claims.userId });
      if (!access) throw new ConnectionRefused('no-access');
      connectionConfig.readOnly = !canWrite(access);
      const context: ConnectionContext = {
        userId: claims.userId,
        userName: claims.name,
        access,
        tokenExpiresAt: claims.expiresAt,
      };
      return context;
    },

    async onTokenSync({ token, connection }) {
      // A renewed token must be valid and the same user's; otherwise Hocuspocus closes the connection.
      const claims = await tokens.verify(token);
      const context = contextOf(connection);
      if (!claims || !context || claims.userId !== context.userId) throw new ConnectionRefused('invalid-token');
      context.tokenExpiresAt = claims.expiresAt;
    },
  };
}
