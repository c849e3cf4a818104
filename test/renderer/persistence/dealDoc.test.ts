/// <reference lib="dom" />
/**
 * A deal's Y.Doc in the local database (renderer/persistence/dealDoc.ts): every update is
 * written, whatever its origin; the log compacts without losing another window's updates;
 * a damaged row costs that row only and is kept; a failed write keeps its updates; windows
 * follow each other through the channel without writing each other's updates again.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { PowermapDatabase } from '../../../renderer/persistence/db';
import { openDealDoc, type DealDocHandle } from '../../../renderer/persistence/dealDoc';
import { summaryRowOf } from '../../../renderer/persistence/summary';
import { makeDocument } from '../../support/builders';
import { failWrites, openDatabase, recordWrites, uniqueName } from './helpers';

const dbs: PowermapDatabase[] = [];
const handles: DealDocHandle[] = [];
afterEach(async () => {
  for (const handle of handles.splice(0)) await handle.close().catch(() => undefined);
  for (const db of dbs.splice(0)) db.close();
});

function database(name?: string): PowermapDatabase {
  const db = openDatabase(name);
  dbs.push(db);
  return db;
}

async function open(db: PowermapDatabase, options: Parameters<typeof openDealDoc>[2] = {}): Promise<DealDocHandle> {
  const handle = await openDealDoc(db, 'd-1', { channelName: null, ...options });
  handles.push(handle);
  return handle;
}

/** A change as a provider would bring it: made on another replica and applied with that replica's origin. */
function fromElsewhere(target: Y.Doc, change: (doc: Y.Doc) => void): void {
  const other = new Y.Doc();
  Y.applyUpdate(other, Y.encodeStateAsUpdate(target));
  const before = Y.encodeStateVector(other);
  change(other);
  Y.applyUpdate(target, Y.encodeStateAsUpdate(other, before), { provider: true });
}

async function logRows(db: PowermapDatabase): Promise<number> {
  return db.dealDocs.where('dealId').equals('d-1').count();
}

async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`never happened: ${what}`);
}

describe('openDealDoc', () => {
  it('writes every update, its own and a provider’s, and a reopened Y.Doc holds them', async () => {
    const db = database();
    const handle = await open(db);
    expect(handle.existed).toBe(false);
    handle.ydoc.getMap('deal').set('name', 'Core banking');
    fromElsewhere(handle.ydoc, (doc) => doc.getMap('deal').set('account', 'First City'));
    expect(handle.pendingLocalUpdates()).toBe(2);
    await handle.whenPersisted();
    expect(handle.pendingLocalUpdates()).toBe(0);
    await handle.close();

    const again = await open(db);
    expect(again.existed).toBe(true);
    expect(again.ydoc.getMap('deal').toJSON()).toEqual({ name: 'Core banking', account: 'First City' });
  });

  it('writes the updates of one burst as one row; the summary row follows, marked with that row', async () => {
    const db = database();
    const handle = await open(db);
    const doc = makeDocument({ deal: { id: 'd-1', name: 'Summary deal' } });
    for (let i = 0; i < 5; i++) handle.ydoc.getMap('deal').set(`f${i}`, i);
    handle.setSummary(() => summaryRowOf(doc, 40, null, '2026-12-01T10:00:00Z'));
    await handle.flush();
    expect(await logRows(db)).toBe(1);
    const [seq] = await db.dealDocs.where('dealId').equals('d-1').primaryKeys();
    expect(await db.deals.get('d-1')).toMatchObject({ name: 'Summary deal', winLikelihood: 40, docSeq: seq });
  });

  it('an edit sent at once is its own transaction, committed before the summary row is even asked for', async () => {
    const db = database();
    const order: string[] = [];
    recordWrites(db, order);
    const handle = await open(db);
    const doc = makeDocument({ deal: { id: 'd-1', name: 'In order' } });
    handle.ydoc.getMap('deal').set('name', 'In order');
    handle.persistNow();
    // The summary comes after, as the autosaver gives it: the update is already on its way.
    handle.setSummary((stored) => {
      order.push('summary computed');
      return summaryRowOf(doc, 10, stored?.deletedAt ?? null, '2026-12-01T10:00:00Z');
    });
    await handle.whenPersisted();
    expect(order[0]).toBe('dealDocs');
    expect(await logRows(db)).toBe(1);
    await handle.flush();
    expect(order).toEqual(['dealDocs', 'summary computed', 'deals']);
  });

  it('a failed summary write leaves the edit saved and the summary pending; the next flush writes it', async () => {
    const db = database();
    let failure: Error | null = null;
    failWrites(db, () => failure);
    const handle = await open(db);
    handle.ydoc.getMap('deal').set('name', 'Saved first');
    await handle.whenPersisted();
    failure = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    handle.setSummary(() => summaryRowOf(makeDocument({ deal: { id: 'd-1', name: 'Saved first' } }), 5, null, 'x'));
    await expect(handle.flush()).rejects.toThrow('quota');
    expect(await logRows(db)).toBe(1);
    expect(await db.deals.get('d-1')).toBeUndefined();
    failure = null;
    await handle.flush();
    expect(await db.deals.get('d-1')).toMatchObject({ name: 'Saved first' });
  });

  describe('the summary row written when idle, as another window deletes, restores or purges the deal', () => {
    const doc = makeDocument({ deal: { id: 'd-1', name: 'Idle row' } });
    const line = (deletedAt: string | null) => ({
      ...summaryRowOf(doc, 30, deletedAt, '2026-12-01T09:00:00Z'),
      docSeq: 0,
    });

    /**
     * An edit in this window whose summary row is made while the other window changes the
     * stored row: its change is started between this write's read and its write (the other
     * window's database is open, so its transaction is made at once, ahead of this write's).
     */
    async function editWhile(db: PowermapDatabase, otherWindow: () => Promise<unknown>): Promise<{ calls: number }> {
      const handle = await open(db);
      handle.ydoc.getMap('deal').set('name', 'Idle row');
      await handle.whenPersisted();
      const seen = { calls: 0 };
      const other: Promise<unknown>[] = [];
      handle.setSummary((stored) => {
        seen.calls += 1;
        if (other.length === 0) other.push(otherWindow());
        return summaryRowOf(doc, 60, stored?.deletedAt ?? null, '2026-12-01T10:00:00Z');
      });
      await handle.flush();
      await Promise.all(other);
      return seen;
    }

    it('keeps a delete made meanwhile: the row is made again from the deleted one', async () => {
      const name = uniqueName();
      const db = database(name);
      const other = database(name);
      await other.open();
      await db.deals.put(line(null));
      const seen = await editWhile(db, () => other.deals.update('d-1', { deletedAt: '2026-12-01T09:30:00Z' }));
      expect(seen.calls).toBe(2);
      expect(await db.deals.get('d-1')).toMatchObject({ deletedAt: '2026-12-01T09:30:00Z', winLikelihood: 60 });
    });

    it('keeps a restore made meanwhile', async () => {
      const name = uniqueName();
      const db = database(name);
      const other = database(name);
      await other.open();
      await db.deals.put(line('2026-12-01T09:30:00Z'));
      const seen = await editWhile(db, () => other.deals.update('d-1', { deletedAt: null }));
      expect(seen.calls).toBe(2);
      expect(await db.deals.get('d-1')).toMatchObject({ deletedAt: null, winLikelihood: 60 });
    });

    it('never brings back a deal purged meanwhile, its row nor its log', async () => {
      const name = uniqueName();
      const db = database(name);
      const other = database(name);
      await other.open();
      await db.deals.put(line(null));
      await editWhile(db, () =>
        other.transaction('rw', other.deals, other.dealDocs, async () => {
          await other.deals.delete('d-1');
          await other.dealDocs.where('dealId').equals('d-1').delete();
        }),
      );
      expect(await db.deals.get('d-1')).toBeUndefined();
      expect(await logRows(db)).toBe(0);
    });
  });

  it('compacts the log past its limit into one row, taking in another window’s rows written meanwhile', async () => {
    const db = database();
    const a = await open(db, { compactAfter: 5 });
    const b = await open(db, { compactAfter: 1000 });
    b.ydoc.getMap('deal').set('fromB', 'kept');
    await b.whenPersisted();
    for (let i = 0; i < 6; i++) {
      a.ydoc.getMap('deal').set(`a${i}`, i);
      await a.whenPersisted();
    }
    // The compaction waits for an idle moment (or a flush): the edits were written first.
    await a.flush();
    expect(await logRows(db)).toBe(1);
    // A saw B's row while compacting: it is in A's Y.Doc now, and in the one row left.
    expect(a.ydoc.getMap('deal').get('fromB')).toBe('kept');
    const reopened = await open(db);
    expect(reopened.ydoc.getMap('deal').toJSON()).toMatchObject({ fromB: 'kept', a0: 0, a5: 5 });
  });

  it('a damaged row is skipped and kept, never deleted, even by a compaction', async () => {
    const db = database();
    const first = await open(db);
    first.ydoc.getMap('deal').set('name', 'Whole');
    await first.close();
    handles.splice(0);
    await db.dealDocs.add({ dealId: 'd-1', update: new Uint8Array([255, 1, 2, 3]) });
    await db.dealDocs.add({ dealId: 'd-1', update: 'not an update' as never });

    const handle = await open(db, { compactAfter: 3 });
    expect(handle.damagedRows).toBe(2);
    expect(handle.ydoc.getMap('deal').get('name')).toBe('Whole');
    handle.ydoc.getMap('deal').set('account', 'After');
    await handle.flush();
    // Compacted: one row for the state, the two damaged rows kept as they were.
    const rows = await db.dealDocs.where('dealId').equals('d-1').toArray();
    expect(rows).toHaveLength(3);
    expect(rows.filter((row) => row.update instanceof Uint8Array && row.update[0] === 255)).toHaveLength(1);
  });

  it('a failed write keeps its updates pending and rejects; the next call writes them', async () => {
    const db = database();
    let failure: Error | null = null;
    failWrites(db, () => failure);
    const handle = await open(db);
    failure = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    handle.ydoc.getMap('deal').set('name', 'Waiting');
    await expect(handle.whenPersisted()).rejects.toThrow('quota');
    expect(handle.pendingLocalUpdates()).toBe(1);
    failure = null;
    await handle.whenPersisted();
    expect(handle.pendingLocalUpdates()).toBe(0);
    const reopened = await open(db);
    expect(reopened.ydoc.getMap('deal').get('name')).toBe('Waiting');
  });

  it('two windows follow each other over the channel; each update is written once, by its window', async () => {
    const name = uniqueName();
    const channelName = uniqueName('doc-channel');
    const dbA = database(name);
    const dbB = database(name);
    const a = await open(dbA, { channelName });
    const b = await open(dbB, { channelName });
    const origins: unknown[] = [];
    b.ydoc.on('update', (_update: Uint8Array, origin: unknown) => origins.push(origin));

    a.ydoc.getMap('deal').set('name', 'From A');
    await until(() => b.ydoc.getMap('deal').get('name') === 'From A', 'B hears A');
    expect(origins).toEqual([b.windowOrigin]);
    await a.whenPersisted();
    await b.whenPersisted();
    expect(b.pendingLocalUpdates()).toBe(0);
    expect(await logRows(dbA)).toBe(1);

    b.ydoc.getMap('deal').set('account', 'From B');
    await until(() => a.ydoc.getMap('deal').get('account') === 'From B', 'A hears B');
    await b.whenPersisted();
    expect(await logRows(dbA)).toBe(2);
  });

  it('a message that is not a Y update, or for another deal, changes nothing', async () => {
    const channelName = uniqueName('doc-channel');
    const db = database();
    const handle = await open(db, { channelName });
    const sender = new BroadcastChannel(channelName);
    sender.postMessage({ type: 'update', dealId: 'd-1', update: new Uint8Array([1, 2, 3]), writer: 'x' });
    sender.postMessage({ type: 'update', dealId: 'd-1', update: 'nonsense', writer: 'x' });
    const other = new Y.Doc();
    other.getMap('deal').set('name', 'Other deal');
    sender.postMessage({ type: 'update', dealId: 'd-2', update: Y.encodeStateAsUpdate(other), writer: 'x' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    sender.close();
    expect(handle.ydoc.getMap('deal').toJSON()).toEqual({});
    expect(handle.pendingLocalUpdates()).toBe(0);
  });
});
