/**
 * Stores that fail do not lose edits and do not leak documents (Hocuspocus leaves a document in
 * memory for good when a store hook throws): our store hook never throws; a failed store is
 * counted and retried, the document stays loaded until it is stored, then unloads. A failing
 * onDocumentStored hook changes nothing of that.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_COLLAB_LIMITS } from '../../server/collab/limits';
import type { RunningServer } from '../../server/start';
import { addDeal } from '../../server/store/deals';
import { addUsers, signIn } from './support/accounts';
import { openClient, people } from './support/client';
import { sleep, until } from './support/until';
import { startEmbeddedServer } from './support/embeddedServer';
import { storedDoc } from './support/storedDeal';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 240_000 });

let server: RunningServer;
let remove: () => void;
const logged: string[] = [];
let hookCalls = 0;

beforeAll(async () => {
  ({ server, remove } = await startEmbeddedServer(
    'the store failure test secret, 32 chars',
    { ...DEFAULT_COLLAB_LIMITS, debounceMs: 50, maxDebounceMs: 200 },
    {
      log: (message) => logged.push(message),
      hooks: {
        onDocumentStored() {
          hookCalls += 1;
          throw new Error('a plug-in that fails');
        },
      },
    },
  ));
  const { owner } = await addUsers(server.db, ['owner']);
  await server.db.transaction((sql) => addDeal(sql, { id: 'deal-f', name: 'f', ownerId: owner!.id, teamId: null }));
});

afterAll(async () => {
  await server?.close();
  remove?.();
});

describe('a failing store', () => {
  it('keeps the document loaded and retries until stored, then unloads it; nothing is lost', async () => {
    const { accessToken } = await signIn(server.url, 'owner');
    const writer = openClient(server.url, 'deal-f', accessToken);
    await until(() => writer.provider.isSynced, 'the writer to sync');
    people(writer.doc).set('p1', 'stored before the failure');
    await until(() => writer.acknowledged(), 'the first store');
    expect(hookCalls).toBeGreaterThan(0);
    expect(logged.some((line) => line.includes('onDocumentStored of deal deal-f failed'))).toBe(true);

    // The database refuses the next stores (a store appends to document_updates).
    await server.db.query('alter table document_updates rename to document_updates_away');
    people(writer.doc).set('p2', 'written while stores fail');
    await until(() => server.collab.stats().storeFailures > 0, 'a failed store');
    expect(writer.acknowledged()).toBe(false);
    writer.destroy();
    await sleep(1_000);
    expect(server.collab.stats().documents).toBe(1);

    await server.db.query('alter table document_updates_away rename to document_updates');
    await until(() => server.collab.stats().documents === 0, 'the document to be stored and unloaded', 20_000);
    expect(server.collab.stats().followed).toBe(0);
    expect(people(await storedDoc(server.db, 'deal-f')).toJSON()).toEqual({
      p1: 'stored before the failure',
      p2: 'written while stores fail',
    });
  });

  it('leaves no document loaded when a load fails, and the deal opens once the database answers', async () => {
    const { accessToken } = await signIn(server.url, 'owner');
    await until(() => server.collab.stats().documents === 0, 'no document loaded');
    await server.db.query('alter table documents rename to documents_away');
    const refused = openClient(server.url, 'deal-f', accessToken);
    // The load fails on the server (it logs the missing table); the client is given nothing.
    await sleep(1_500);
    expect(refused.provider.isSynced).toBe(false);
    expect(people(refused.doc).size).toBe(0);
    refused.destroy();
    await until(() => server.collab.stats().documents === 0, 'the failed document to be dropped', 10_000);

    await server.db.query('alter table documents_away rename to documents');
    const reader = openClient(server.url, 'deal-f', accessToken);
    await until(() => reader.provider.isSynced, 'the reader to sync');
    expect(people(reader.doc).get('p2')).toBe('written while stores fail');
    reader.destroy();
  });
});
