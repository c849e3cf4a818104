/** A Yjs client of the team server, as the app will be: a Hocuspocus provider on a Y.Doc. */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { coversOwnEdits, readStoredMessage } from '../../../shared/collab/storedAck';

export interface TestClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  /** Reasons of refused authentications, in order. */
  refusals: string[];
  /** Reasons of document close messages from the server. */
  closes: string[];
  authenticated: () => boolean;
  /** Whether the server has stored (acknowledged) everything this client wrote. */
  acknowledged: () => boolean;
  /** This client's clock in the last stored state vector: its edits below it are stored. */
  storedClock: () => number;
  destroy(): void;
}

export function openClient(
  serverUrl: string,
  dealId: string,
  token: string | (() => string),
  doc: Y.Doc = new Y.Doc(),
): TestClient {
  const socket = new HocuspocusProviderWebsocket({
    url: `${serverUrl.replace(/^http/u, 'ws')}/collab`,
    delay: 100,
    minDelay: 100,
    maxDelay: 500,
    factor: 1.5,
    jitter: false,
  });
  const refusals: string[] = [];
  const closes: string[] = [];
  let stored = new Map<number, number>();
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: dealId,
    document: doc,
    token: typeof token === 'string' ? token : () => token(),
    onAuthenticationFailed: ({ reason }) => refusals.push(reason),
    onClose: ({ event }) => {
      if (event.reason) closes.push(event.reason);
    },
    onStateless: ({ payload }) => {
      const vector = readStoredMessage(payload);
      if (vector) stored = vector;
    },
  });
  // A provider given its own socket does not attach by itself.
  provider.attach();
  return {
    doc,
    provider,
    socket,
    refusals,
    closes,
    authenticated: () => provider.isAuthenticated,
    acknowledged: () => coversOwnEdits(stored, doc),
    storedClock: () => stored.get(doc.clientID) ?? 0,
    destroy() {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** The clients a suite opens, to destroy them all in its afterAll, whichever test opened them. */
export class OpenClients {
  private readonly opened: TestClient[] = [];

  open(serverUrl: string, dealId: string, token: string | (() => string), doc?: Y.Doc): TestClient {
    return this.add(openClient(serverUrl, dealId, token, doc));
  }

  add(client: TestClient): TestClient {
    this.opened.push(client);
    return client;
  }

  destroyAll(): void {
    for (const client of this.opened.splice(0)) client.destroy();
  }
}

/** The deal's people as the tests write them: a Y.Map of id → name (the real model is shared/collab's). */
export const people = (doc: Y.Doc) => doc.getMap<string>('people');
