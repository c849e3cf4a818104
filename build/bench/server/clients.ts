/**
 * The benchmark's clients: Hocuspocus providers, each on its own WebSocket as each user of the
 * app is, all in the benchmark's process (the server runs in another, so its CPU is its own).
 * An edit writes the time it was made into a person's title; every peer that sees it arrive
 * records how long it took (one clock: all clients share this process).
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { rootsOf } from '../../../shared/collab';
import type { ServerHandle } from './serverHandle';

const EDIT_PREFIX = 'edit@';
const SYNC_TIMEOUT_MS = 120_000;

export interface BenchClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Resolves once the client holds the server's state of the deal. */
  synced: Promise<void>;
  destroy(): void;
}

export function openBenchClient(server: ServerHandle, dealId: string): BenchClient {
  const socket = new HocuspocusProviderWebsocket({ url: server.url, delay: 200, minDelay: 200, maxAttempts: 3 });
  const doc = new Y.Doc();
  let fail: (why: string) => void = () => undefined;
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: dealId,
    document: doc,
    token: server.token,
    onAuthenticationFailed: ({ reason }) => fail(`refused (${reason})`),
  });
  socket.on('maxAttemptsFailed', ({ error }: { error: unknown }) => fail(`could not connect: ${String(error)}`));
  let timer: NodeJS.Timeout | undefined;
  const synced = new Promise<void>((resolve, reject) => {
    fail = (why) => {
      clearTimeout(timer);
      reject(new Error(`${dealId} did not sync: ${why}`));
    };
    timer = setTimeout(() => fail('timed out'), SYNC_TIMEOUT_MS);
    provider.on('synced', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  // Awaited by the caller; a client destroyed before it synced is not an unhandled failure.
  synced.catch(() => undefined);
  provider.attach();
  return {
    doc,
    provider,
    synced,
    destroy() {
      clearTimeout(timer);
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Opens one client per entry of `dealIds` and waits until all are synced. */
export async function openClients(server: ServerHandle, dealIds: readonly string[]): Promise<BenchClient[]> {
  const clients = dealIds.map((id) => openBenchClient(server, id));
  try {
    await Promise.all(clients.map((client) => client.synced));
  } catch (error) {
    for (const client of clients) client.destroy();
    throw error;
  }
  return clients;
}

/** One field edit of a person, stamped with the time it was made. */
export function writeEdit(doc: Y.Doc, personId: string): void {
  const person = rootsOf(doc).people.get(personId);
  if (!(person instanceof Y.Map)) throw new Error(`no person ${personId} in the deal`);
  person.set('title', `${EDIT_PREFIX}${performance.now().toFixed(3)}`);
}

/** Calls `arrived` with the delay of every stamped edit that reaches `doc` from the server. */
export function watchEdits(doc: Y.Doc, arrived: (delayMs: number) => void): void {
  rootsOf(doc).people.observeDeep((events, transaction) => {
    if (transaction.local) return;
    const now = performance.now();
    for (const event of events) {
      if (!(event instanceof Y.YMapEvent) || !event.keysChanged.has('title')) continue;
      const title = (event.target as Y.Map<unknown>).get('title');
      if (typeof title === 'string' && title.startsWith(EDIT_PREFIX))
        arrived(now - Number(title.slice(EDIT_PREFIX.length)));
    }
  });
}

export function destroyAll(clients: readonly BenchClient[]): void {
  for (const client of clients) client.destroy();
}
