/**
 * The server's append-only stores end to end: each acknowledged store appends a row, the rows
 * are compacted into the base once there are `compactAfterUpdates` of them and when the deal
 * unloads, and what the clients wrote is all there after a restart of the deal.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_COLLAB_LIMITS } from '../../server/collab/limits';
import type { RunningServer } from '../../server/start';
import { addDeal } from '../../server/store/deals';
import { loadDocument } from '../../server/store/documents';
import { addUsers, signIn } from './support/accounts';
import { openClient, people } from './support/client';
import { until } from './support/until';
import { startEmbeddedServer } from './support/embeddedServer';
import { storedDoc } from './support/storedDeal';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 240_000 });

const COMPACT_AFTER = 4;
let server: RunningServer;
let remove: () => void;

beforeAll(async () => {
  ({ server, remove } = await startEmbeddedServer('the compaction test secret, 32 chars long', {
    ...DEFAULT_COLLAB_LIMITS,
    debounceMs: 20,
    maxDebounceMs: 100,
    compactAfterUpdates: COMPACT_AFTER,
  }));
  const { owner } = await addUsers(server.db, ['owner']);
  await server.db.transaction((sql) => addDeal(sql, { id: 'deal-c', name: 'c', ownerId: owner!.id, teamId: null }));
});

afterAll(async () => {
  await server?.close();
  remove?.();
});

const updateRows = async () => (await loadDocument(server.db, 'deal-c'))?.updates ?? 0;

describe('stores that append', () => {
  it('appends one row per store, compacts after the threshold and on unload, and loses nothing', async () => {
    const { accessToken } = await signIn(server.url, 'owner');
    const writer = openClient(server.url, 'deal-c', accessToken);
    await until(() => writer.provider.isSynced, 'the writer to sync');
    let most = 0;
    for (let i = 0; i < 3 * COMPACT_AFTER; i++) {
      people(writer.doc).set(`p${i}`, `edit ${i}`);
      await until(() => writer.acknowledged(), `store ${i} to be acknowledged`);
      const rows = await updateRows();
      most = Math.max(most, rows);
      expect(rows).toBeLessThan(COMPACT_AFTER);
    }
    // Rows did pile up between compactions: the stores appended.
    expect(most).toBeGreaterThan(0);
    writer.destroy();
    await until(() => server.collab.stats().documents === 0, 'the deal to unload');
    expect(await updateRows()).toBe(0);
    expect(server.collab.stats().followed).toBe(0);

    const stored = await storedDoc(server.db, 'deal-c');
    expect(people(stored).size).toBe(3 * COMPACT_AFTER);
    const reader = openClient(server.url, 'deal-c', accessToken);
    await until(() => reader.provider.isSynced, 'the reader to sync');
    expect(people(reader.doc).toJSON()).toEqual(people(stored).toJSON());
    reader.destroy();
  });
});
