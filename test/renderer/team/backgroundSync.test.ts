/**
 * The library's sync state of shared deals that are not open, and their background sync
 * (team/backgroundSync.ts), against a real team server on a free port and the app's real
 * local log (persistence/dealDoc.ts on fake-indexeddb): a deal's changes waiting are counted
 * from its log against the server's stored acknowledgement, kept across sessions; while
 * signed in and online, deals with changes waiting are sent and counted again; signing out
 * stops it; a server that never answers is tried a bounded number of times.
 */
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { documentToYDoc } from '../../../shared/collab';
import { DEFAULT_COLLAB_LIMITS } from '../../../server/collab/limits';
import type { RunningServer } from '../../../server/start';
import { openDealDoc } from '../../../renderer/persistence/dealDoc';
import { readDealLog, STORAGE_ORIGIN } from '../../../renderer/persistence/dealLog';
import type { PowermapDatabase } from '../../../renderer/persistence/db';
import { BackgroundSync } from '../../../renderer/team/backgroundSync';
import type { DealDoc } from '../../../renderer/team/TeamContext';
import { memoryRefreshTokenStore } from '../../../renderer/team/refreshTokenStore';
import { TeamSession } from '../../../renderer/team/session';
import { publishDeal } from '../../../renderer/team/teamApi';
import { TeamStore } from '../../../renderer/team/teamStore';
import { addUsers, PASSWORD } from '../../server/support/accounts';
import { makeDocument } from '../../support/builders';
import { openDatabase } from '../persistence/helpers';
import { startEmbeddedServer } from '../../server/support/embeddedServer';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 240_000 });

let server: RunningServer;
let remove: () => void;

beforeAll(async () => {
  ({ server, remove } = await startEmbeddedServer('the background sync test secret, 32+', {
    ...DEFAULT_COLLAB_LIMITS,
    debounceMs: 50,
    maxDebounceMs: 200,
  }));
  await addUsers(server.db, ['owner']);
});

afterAll(async () => {
  await server?.close();
  remove?.();
});

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

function openDoc(db: PowermapDatabase) {
  return async (dealId: string): Promise<DealDoc> => {
    const handle = await openDealDoc(db, dealId);
    return {
      ydoc: handle.ydoc,
      existed: handle.existed,
      foreignOrigins: [STORAGE_ORIGIN, handle.windowOrigin],
      setLibraryRow: () => undefined,
      whenPersisted: () => handle.whenPersisted(),
      close: () => handle.close(),
    };
  };
}

/** Writes a local edit to a deal's log, as the editor would while offline. */
async function editOffline(db: PowermapDatabase, dealId: string, edit: (ydoc: Y.Doc) => void): Promise<void> {
  const handle = await openDealDoc(db, dealId);
  edit(handle.ydoc);
  await handle.close();
}

async function setUp(dealId: string) {
  const session = new TeamSession({ store: memoryRefreshTokenStore() });
  await session.signIn(server.url, 'owner', PASSWORD);
  await publishDeal(session, { id: dealId, name: dealId });
  const db = openDatabase();
  // The deal's first write, then two edits: three rows of its log.
  await editOffline(db, dealId, (ydoc) =>
    Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(documentToYDoc(makeDocument(), { id: 'u', name: 'U' }))),
  );
  await editOffline(db, dealId, (ydoc) => ydoc.getMap('deal').set('name', 'Harbour Bank'));
  await editOffline(db, dealId, (ydoc) => ydoc.getMap('deal').set('value', 1000));
  const storage = memoryStorage();
  const store = new TeamStore(
    session,
    storage,
    () => Promise.resolve(),
    (id) => readDealLog(db, id),
  );
  store.link({ id: dealId, name: dealId, role: 'owner' });
  return { session, db, store, storage };
}

describe('a shared deal that is not open', () => {
  it('says how many changes wait, from its log; the background sends them; the next session knows they are stored', async () => {
    const { session, db, store, storage } = await setUp('deal-bg');
    // Never acknowledged by the server: all three rows wait.
    expect(await store.recount('deal-bg')).toBe(3);
    expect(store.syncState('deal-bg')).toEqual({ kind: 'offline', count: 3 });

    const background = new BackgroundSync({ store, openDoc: openDoc(db), backoffMs: 50 });
    const stop = background.start();
    await background.kick();
    await background.whenIdle();
    expect(store.syncState('deal-bg')).toEqual({ kind: 'synced' });
    // The server holds the edits and stored them.
    const loaded = server.collab.hocuspocus.documents.get('deal-bg');
    expect(loaded?.getMap('deal').get('value')).toBe(1000);

    // An edit made while not open waits, and is sent at the next kick.
    await editOffline(db, 'deal-bg', (ydoc) => ydoc.getMap('deal').set('value', 2000));
    expect(await store.recount('deal-bg')).toBe(1);
    expect(store.syncState('deal-bg')).toEqual({ kind: 'offline', count: 1 });
    await background.kick();
    await background.whenIdle();
    expect(store.syncState('deal-bg')).toEqual({ kind: 'synced' });
    stop();

    // A new session of the app reads the acknowledgement kept with the linked deal.
    const again = new TeamStore(
      session,
      storage,
      () => Promise.resolve(),
      (id) => readDealLog(db, id),
    );
    expect(await again.recount('deal-bg')).toBe(0);
  });

  it('counts the edits waiting the same after its local log is compacted, and none once they are sent', async () => {
    const { db, store } = await setUp('deal-compact');
    const background = new BackgroundSync({ store, openDoc: openDoc(db), backoffMs: 50 });
    await background.kick();
    await background.whenIdle();
    expect(await store.recount('deal-compact')).toBe(0);

    // Four edits while not connected, each its own row, in a handle that compacts past five rows.
    const handle = await openDealDoc(db, 'deal-compact', { channelName: null, compactAfter: 5 });
    for (let i = 0; i < 4; i++) {
      handle.ydoc.getMap('deal').set(`note${i}`, `offline ${i}`);
      await handle.whenPersisted();
    }
    expect(await store.recount('deal-compact')).toBe(4);
    await handle.close();
    // Compacted into one row, which still counts its four edits waiting, not one.
    expect(await readDealLog(db, 'deal-compact')).toHaveLength(1);
    expect(await store.recount('deal-compact')).toBe(4);
    expect(store.syncState('deal-compact')).toEqual({ kind: 'offline', count: 4 });

    await background.kick();
    await background.whenIdle();
    expect(store.syncState('deal-compact')).toEqual({ kind: 'synced' });
    expect(server.collab.hocuspocus.documents.get('deal-compact')?.getMap('deal').get('note3')).toBe('offline 3');
  });

  it('learns at connection that what it holds is stored, with nothing new to send', async () => {
    const { db, store } = await setUp('deal-known');
    const first = new BackgroundSync({ store, openDoc: openDoc(db) });
    await first.kick();
    await first.whenIdle();
    expect(store.syncState('deal-known')).toEqual({ kind: 'synced' });
    // The acknowledgement kept here is lost (another profile, say): the server says it at connection.
    const fresh = new TeamStore(
      store.session,
      memoryStorage(),
      () => Promise.resolve(),
      (id) => readDealLog(db, id),
    );
    fresh.link({ id: 'deal-known', name: 'deal-known', role: 'owner' });
    expect(await fresh.recount('deal-known')).toBe(3);
    const second = new BackgroundSync({ store: fresh, openDoc: openDoc(db), attempts: 1, ackTimeoutMs: 10_000 });
    await second.kick();
    await second.whenIdle();
    expect(fresh.syncState('deal-known')).toEqual({ kind: 'synced' });
  });

  it('does nothing signed out or offline, and stops a deal being sent at the sign-out', async () => {
    const { session, db, store } = await setUp('deal-out');
    const opened: string[] = [];
    const counting = (id: string) => {
      opened.push(id);
      return openDoc(db)(id);
    };
    const offline = new BackgroundSync({ store, openDoc: counting, online: () => false });
    await offline.kick();
    await offline.whenIdle();
    expect(opened).toEqual([]);

    // A server that never answers: the send waits for its acknowledgement until the sign-out.
    const silent = new BackgroundSync({
      store,
      openDoc: counting,
      connect: (options) => ({
        state: () => ({ kind: 'connecting' }),
        synced: () => new Promise<void>(() => undefined),
        awareness: null,
        destroy: () => options.onState?.({ kind: 'connecting' }),
      }),
      ackTimeoutMs: 60_000,
    });
    const stop = silent.start();
    await vi.waitUntil(() => opened.length === 1, { timeout: 10_000 });
    await session.signOut();
    await silent.whenIdle();
    expect(store.syncState('deal-out')).toBeUndefined();
    stop();
    await silent.kick();
    expect(opened).toEqual(['deal-out']);
  });

  it('tries a deal a bounded number of times, waiting longer each time', async () => {
    const { db, store } = await setUp('deal-retry');
    const opened: number[] = [];
    const start = Date.now();
    const background = new BackgroundSync({
      store,
      openDoc: (id) => {
        opened.push(Date.now() - start);
        return openDoc(db)(id);
      },
      connect: () => ({
        state: () => ({ kind: 'connecting' }),
        synced: () => new Promise<void>(() => undefined),
        awareness: null,
        destroy: () => undefined,
      }),
      attempts: 3,
      backoffMs: 100,
      ackTimeoutMs: 50,
    });
    await background.kick();
    await background.whenIdle();
    expect(opened).toHaveLength(3);
    // Each wait at least the back-off, doubled: 100 ms, then 200 ms (plus the 50 ms tries).
    expect(opened[1]! - opened[0]!).toBeGreaterThanOrEqual(150);
    expect(opened[2]! - opened[1]!).toBeGreaterThanOrEqual(250);
    expect(store.syncState('deal-retry')).toEqual({ kind: 'offline', count: 3 });
  });
});
