/**
 * The live connections a process holds, found by deal and user: the access control closes
 * them when access is removed, lowered or read again (accessControl.ts).
 */
import type { Connection, Document } from '@hocuspocus/server';
import { ACCESS_CLOSE, type ConnectionContext } from './access';

/** The loaded documents (Hocuspocus's, made after the access control). */
export type LoadedDocuments = () => ReadonlyMap<string, Document>;

export interface OpenConnection {
  document: Document;
  connection: Connection<ConnectionContext>;
  context: ConnectionContext;
}

export const contextOf = (connection: Connection<ConnectionContext>): ConnectionContext | undefined =>
  connection.context?.userId ? connection.context : undefined;

const connectionsOf = (document: Document) => document.getConnections() as Connection<ConnectionContext>[];

/** The open connections with a user, of one deal or of every deal. */
export function openConnections(documents: LoadedDocuments, dealId?: string): OpenConnection[] {
  const shown = dealId === undefined ? [...documents().values()] : [documents().get(dealId)];
  const open: OpenConnection[] = [];
  for (const document of shown) {
    if (!document) continue;
    for (const connection of connectionsOf(document)) {
      const context = contextOf(connection);
      if (context) open.push({ document, connection, context });
    }
  }
  return open;
}

/** Closes the user's connections to the deal on this process; returns how many. */
export function closeLocalConnections(
  documents: LoadedDocuments,
  dealId: string,
  userId: string,
  reason: keyof typeof ACCESS_CLOSE,
): number {
  const document = documents().get(dealId);
  if (!document) return 0;
  let closed = 0;
  for (const connection of connectionsOf(document)) {
    if (contextOf(connection)?.userId !== userId) continue;
    connection.close(ACCESS_CLOSE[reason]);
    closed += 1;
  }
  return closed;
}
