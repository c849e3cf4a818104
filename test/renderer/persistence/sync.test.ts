/// <reference lib="dom" />
/** Two windows in one process: two DealSyncs on one channel, two connections to one database. */
import { afterEach, describe, expect, it } from 'vitest';
import { NO_CHANGES } from '../../../renderer/editor/changeSet';
import { updateDeal } from '../../../renderer/editor/commands/deal';
import { updatePeople } from '../../../renderer/editor/commands/people';
import type { PowermapDatabase } from '../../../renderer/persistence/db';
import {
  DealSync,
  type DealChangeMessage,
  type LibraryEvent,
  type SyncMessage,
} from '../../../renderer/persistence/sync';
import { makeDocument, person } from '../../support/builders';
import { openDatabase, openEditor, openRepository, uniqueName } from './helpers';

const closers: (() => void)[] = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

function window(channelName: string, windowId: string): DealSync {
  const sync = new DealSync({ channelName, windowId });
  closers.push(() => sync.close());
  return sync;
}

/** Everything a listener hears, and a way to wait for the next thing. */
function recorder<T>() {
  const heard: T[] = [];
  let wake: (() => void) | null = null;
  return {
    heard,
    listener: (value: T) => {
      heard.push(value);
      wake?.();
    },
    /** Resolves once `count` things were heard; fails after a second. */
    until(count: number): Promise<void> {
      if (heard.length >= count) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`heard ${heard.length} of ${count}`)), 1000);
        wake = () => {
          if (heard.length < count) return;
          clearTimeout(timer);
          wake = null;
          resolve();
        };
      });
    },
  };
}

/** Waits long enough for any BroadcastChannel message in flight to arrive. */
const quiet = () => new Promise<void>((resolve) => setTimeout(resolve, 50));

const DOC = makeDocument({ deal: { id: 'd-1', name: 'Core banking' }, stakeholders: [person('s-1'), person('s-2')] });

describe('DealSync', () => {
  it("tells a window of another window's writes to a deal it follows, not of its own", async () => {
    const channel = uniqueName('channel');
    const a = window(channel, 'w-a');
    const b = window(channel, 'w-b');
    const inA = recorder<DealChangeMessage>();
    const inB = recorder<DealChangeMessage>();
    a.onDealChange('d-1', inA.listener);
    b.onDealChange('d-1', inB.listener);
    const changes = { ...NO_CHANGES, people: { put: ['s-1'], del: [] } };
    a.dealSaved('d-1', changes);
    await inB.until(1);
    expect(inB.heard).toEqual([{ type: 'deal', dealId: 'd-1', changes, writer: 'w-a' }]);
    await quiet();
    expect(inA.heard).toEqual([]);
  });

  it('ignores messages written by its own window id (a second DealSync in the same window)', async () => {
    const channel = uniqueName('channel');
    const a1 = window(channel, 'w-a');
    const a2 = window(channel, 'w-a');
    const b = window(channel, 'w-b');
    const inA2 = recorder<DealChangeMessage>();
    const inB = recorder<DealChangeMessage>();
    a2.onDealChange('d-1', inA2.listener);
    b.onDealChange('d-1', inB.listener);
    a1.dealSaved('d-1', NO_CHANGES);
    await inB.until(1);
    await quiet();
    expect(inA2.heard).toEqual([]);
  });

  it('only the deal followed: other deals are not heard; unsubscribing stops it', async () => {
    const channel = uniqueName('channel');
    const a = window(channel, 'w-a');
    const b = window(channel, 'w-b');
    const inB = recorder<DealChangeMessage>();
    const stop = b.onDealChange('d-1', inB.listener);
    a.dealSaved('d-2', NO_CHANGES);
    a.dealSaved('d-1', NO_CHANGES);
    await inB.until(1);
    expect(inB.heard.map((m) => m.dealId)).toEqual(['d-1']);
    stop();
    a.dealSaved('d-1', NO_CHANGES);
    await quiet();
    expect(inB.heard).toHaveLength(1);
  });

  it('tells the library of changes made elsewhere, and of saves as `updated`', async () => {
    const channel = uniqueName('channel');
    const a = window(channel, 'w-a');
    const b = window(channel, 'w-b');
    const library = recorder<LibraryEvent>();
    b.onLibraryChange(library.listener);
    a.libraryChanged({ type: 'created', dealId: 'd-1' });
    a.dealSaved('d-1', NO_CHANGES);
    a.libraryChanged({ type: 'deleted', dealId: 'd-1' });
    await library.until(3);
    expect(library.heard).toEqual([
      { type: 'created', dealId: 'd-1' },
      { type: 'updated', dealId: 'd-1' },
      { type: 'deleted', dealId: 'd-1' },
    ]);
  });

  it('a library row written in this window after its edits is heard by both libraries, this one too', async () => {
    const channel = uniqueName('channel');
    const a = window(channel, 'w-a');
    const b = window(channel, 'w-b');
    const inA = recorder<LibraryEvent>();
    const inB = recorder<LibraryEvent>();
    a.onLibraryChange(inA.listener);
    b.onLibraryChange(inB.listener);
    a.summaryWritten('d-1');
    await inB.until(1);
    expect(inA.heard).toEqual([{ type: 'updated', dealId: 'd-1' }]);
    expect(inB.heard).toEqual([{ type: 'updated', dealId: 'd-1' }]);
  });

  it('a library change made in this window is heard by its own library at once, and by the others', async () => {
    const channel = uniqueName('channel');
    const a = window(channel, 'w-a');
    const b = window(channel, 'w-b');
    const inA = recorder<LibraryEvent>();
    const inB = recorder<LibraryEvent>();
    a.onLibraryChange(inA.listener);
    b.onLibraryChange(inB.listener);
    a.libraryChanged({ type: 'purged', dealId: 'd-1' });
    // Synchronously: the list of this window reloads without waiting for the channel.
    expect(inA.heard).toEqual([{ type: 'purged', dealId: 'd-1' }]);
    await inB.until(1);
    expect(inB.heard).toEqual([{ type: 'purged', dealId: 'd-1' }]);
    await quiet();
    // Its own message, coming back on the channel, is not heard a second time.
    expect(inA.heard).toHaveLength(1);
  });

  it('ignores malformed messages on the channel', async () => {
    const channel = uniqueName('channel');
    const b = window(channel, 'w-b');
    const deal = recorder<DealChangeMessage>();
    const library = recorder<LibraryEvent>();
    b.onDealChange('d-1', deal.listener);
    b.onLibraryChange(library.listener);
    const raw = new BroadcastChannel(channel);
    closers.push(() => raw.close());
    const garbage: unknown[] = [
      null,
      'hello',
      { type: 'deal', dealId: 'd-1', writer: 'w-x' },
      { type: 'deal', dealId: 'd-1', writer: 'w-x', changes: { deal: 'yes' } },
      { type: 'library', writer: 'w-x', change: { type: 'exploded', dealId: 'd-1' } },
      { type: 'deal', dealId: 1, writer: 'w-x', changes: NO_CHANGES },
    ];
    for (const message of garbage) raw.postMessage(message);
    const valid: SyncMessage = { type: 'deal', dealId: 'd-1', writer: 'w-x', changes: NO_CHANGES };
    raw.postMessage(valid);
    await deal.until(1);
    expect(deal.heard).toEqual([valid]);
    expect(library.heard).toEqual([{ type: 'updated', dealId: 'd-1' }]);
  });

  it('a listener that throws does not keep the others from hearing', async () => {
    const channel = uniqueName('channel');
    const a = window(channel, 'w-a');
    const b = window(channel, 'w-b');
    const errors: unknown[] = [];
    const onError = (error: unknown) => errors.push(error);
    process.on('uncaughtException', onError);
    closers.push(() => process.off('uncaughtException', onError));
    const inB = recorder<DealChangeMessage>();
    b.onDealChange('d-1', () => {
      throw new Error('listener bug');
    });
    b.onDealChange('d-1', inB.listener);
    a.dealSaved('d-1', NO_CHANGES);
    await inB.until(1);
    await quiet();
    expect(errors).toEqual([new Error('listener bug')]);
  });

  it('after close, nothing is posted or heard', async () => {
    const channel = uniqueName('channel');
    const a = window(channel, 'w-a');
    const b = window(channel, 'w-b');
    const inB = recorder<DealChangeMessage>();
    b.onDealChange('d-1', inB.listener);
    a.close();
    expect(() => a.dealSaved('d-1', NO_CHANGES)).not.toThrow();
    await quiet();
    expect(inB.heard).toEqual([]);
  });
});

describe('one window', () => {
  const dbs: PowermapDatabase[] = [];
  afterEach(() => {
    for (const db of dbs.splice(0)) db.close();
  });

  it('a local copy deleted for good away from the list (the team refresh) leaves the list of the same window', async () => {
    const sync = window(uniqueName('channel'), 'w-a');
    const db = openDatabase(uniqueName());
    dbs.push(db);
    const { repository } = openRepository({ db, observer: sync, docChannelName: uniqueName('doc-channel') });
    await repository.createDeal(DOC);
    // The library as LibraryView keeps it: listed again at each change it hears.
    let listed = (await repository.listDeals()).map((deal) => deal.id);
    const reloads: Promise<void>[] = [];
    sync.onLibraryChange(() =>
      reloads.push(repository.listDeals().then((deals) => void (listed = deals.map((deal) => deal.id)))),
    );
    expect(listed).toEqual(['d-1']);
    // What teamStore.refuse does once the server says the user is no longer a member.
    expect(await repository.purgeDeal('d-1')).toBe(true);
    await Promise.all(reloads);
    expect(reloads.length).toBeGreaterThan(0);
    expect(listed).toEqual([]);
  });
});

describe('two windows on one deal', () => {
  const dbs: PowermapDatabase[] = [];
  afterEach(() => {
    for (const db of dbs.splice(0)) db.close();
  });

  function openWindow(dbName: string, channel: string, windowId: string, docChannel: string) {
    const sync = window(channel, windowId);
    const db = openDatabase(dbName);
    dbs.push(db);
    const { repository } = openRepository({ db, observer: sync, docChannelName: docChannel });
    return { sync, repository };
  }

  it("an edit saved in one window reaches the other's editor, and each library hears the other's changes", async () => {
    const dbName = uniqueName();
    const channel = uniqueName('channel');
    const docChannel = uniqueName('doc-channel');
    const a = openWindow(dbName, channel, 'w-a', docChannel);
    const b = openWindow(dbName, channel, 'w-b', docChannel);

    const libraryB = recorder<LibraryEvent>();
    b.sync.onLibraryChange(libraryB.listener);
    await a.repository.createDeal(DOC);
    await libraryB.until(2);
    expect(libraryB.heard.map((e) => e.type).sort()).toEqual(['created', 'updated']);

    // Both windows open the deal: their editors follow each other through the deal's Y.Doc.
    const editorA = await openEditor(a.repository, 'd-1');
    const editorB = await openEditor(b.repository, 'd-1');
    closers.push(
      () => void editorA.handle.close(),
      () => void editorB.handle.close(),
    );

    editorA.store.apply(updatePeople(['s-2'], { attitude: 'champion' }));
    await editorA.saver.flush();
    await libraryB.until(3);
    expect(libraryB.heard[2]).toEqual({ type: 'updated', dealId: 'd-1' });
    expect(editorB.store.getState().doc).toEqual(editorA.store.getState().doc);

    editorA.store.apply(updateDeal({ name: 'Renamed in A' }));
    await editorA.saver.flush();
    await libraryB.until(4);
    expect(editorB.store.getState().doc.deal.name).toBe('Renamed in A');
    expect((await b.repository.getSummary('d-1'))?.name).toBe('Renamed in A');

    const libraryA = recorder<LibraryEvent>();
    a.sync.onLibraryChange(libraryA.listener);
    await b.repository.deleteDeal('d-1');
    await libraryA.until(1);
    expect(libraryA.heard).toEqual([{ type: 'deleted', dealId: 'd-1' }]);
    await b.repository.restoreDeal('d-1');
    await libraryA.until(2);
    expect(libraryA.heard[1]).toEqual({ type: 'restored', dealId: 'd-1' });
  });
});
