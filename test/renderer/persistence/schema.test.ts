/// <reference lib="dom" />
/**
 * The database schema, one test per version: creating it empty at the current version,
 * and upgrading rows written by each earlier version.
 *
 * Adding version N+1 (see renderer/persistence/schema.ts): add an UPGRADE_CASES entry
 * `{ from: N, seed, check }`: `seed` puts rows as version N wrote them into a database
 * created at version N with plain Dexie (only the schema of versions 1..N, no app code),
 * and `check` reads them through PowermapDatabase after its upgrade ran. Also update
 * CURRENT_TABLES below.
 */
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { declareVersions, PowermapDatabase } from '../../../renderer/persistence/db';
import { classifyStorageError } from '../../../renderer/persistence/errors';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS, TABLES } from '../../../renderer/persistence/schema';
import { person } from '../../support/builders';
import { fakeIndexedDB, uniqueName } from './helpers';

/** What the current version's tables look like: primary key and indexes, as Dexie reports them. */
const CURRENT_TABLES: Record<string, { primaryKey: string; indexes: string[] }> = {
  deals: { primaryKey: 'id', indexes: ['deletedAt', 'updatedAt'] },
  dealData: { primaryKey: 'dealId', indexes: [] },
  stakeholders: { primaryKey: '[dealId+id]', indexes: [] },
  relationships: { primaryKey: '[dealId+id]', indexes: [] },
  team: { primaryKey: '[dealId+id]', indexes: [] },
  snapshots: { primaryKey: '[dealId+id]', indexes: [] },
  dealDocs: { primaryKey: '++seq', indexes: ['dealId'] },
  setAside: { primaryKey: 'dealId', indexes: [] },
  teamCache: { primaryKey: 'key', indexes: [] },
};

const opened: Dexie[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** A database as version `version` of the app created it: plain Dexie, the schemas of versions 1..version. */
async function createAtVersion(name: string, version: number): Promise<Dexie> {
  const db = new Dexie(name, fakeIndexedDB);
  declareVersions(
    db,
    SCHEMA_VERSIONS.filter((s) => s.version <= version),
  );
  await db.open();
  opened.push(db);
  return db;
}

async function openCurrent(name: string): Promise<PowermapDatabase> {
  const db = new PowermapDatabase(name, fakeIndexedDB);
  opened.push(db);
  await db.open();
  return db;
}

interface UpgradeCase {
  readonly name: string;
  /** The version the rows were written by. */
  readonly from: number;
  readonly seed: (db: Dexie) => Promise<void>;
  readonly check: (db: PowermapDatabase) => Promise<void>;
}

const UPGRADE_CASES: UpgradeCase[] = [
  {
    // Version 2 adds the Y.Doc tables and keeps the row tables: each deal moves out of its
    // rows on its own (renderer/persistence/migrate.ts, tested in migrate.test.ts), so the
    // schema upgrade itself must leave version 1 rows exactly as they were.
    name: 'version 1 rows open unchanged, beside the empty Y.Doc tables',
    from: 1,
    seed: async (db) => {
      await db.table('deals').put({
        id: 'd-1',
        name: 'Core banking',
        account: 'First City Bank',
        purchaseStage: 'evaluation',
        value: 1200000,
        currency: 'CNY',
        updatedAt: '2026-11-20T09:00:00.000Z',
        winLikelihood: 42,
        peopleCount: 1,
        deletedAt: null,
      });
      await db.table('stakeholders').put({ dealId: 'd-1', id: 's-1', data: person('s-1', { wechat: 'zh' }) });
    },
    check: async (db) => {
      expect(await db.deals.get('d-1')).toMatchObject({ name: 'Core banking', winLikelihood: 42, deletedAt: null });
      expect((await db.stakeholders.get(['d-1', 's-1']))?.data).toEqual(person('s-1', { wechat: 'zh' }));
      expect(await db.dealDocs.count()).toBe(0);
      expect(await db.setAside.count()).toBe(0);
    },
  },
  {
    // Version 3 only adds the team server's kept answers: a version 2 deal's Y update log and
    // its library row stay exactly as they were, and the new table starts empty and usable.
    name: 'version 2 rows open unchanged, beside the empty team cache',
    from: 2,
    seed: async (db) => {
      await db.table('deals').put({
        id: 'd-2',
        name: 'Branch network',
        account: 'Harbour Bank',
        purchaseStage: 'needs',
        value: null,
        currency: null,
        updatedAt: '2026-11-30T09:00:00.000Z',
        winLikelihood: 55,
        peopleCount: 0,
        deletedAt: null,
      });
      await db.table('dealDocs').add({ dealId: 'd-2', update: new Uint8Array([1, 2, 3]) });
      await db.table('setAside').put({ dealId: 'd-2', parts: [] });
    },
    check: async (db) => {
      expect(await db.deals.get('d-2')).toMatchObject({ name: 'Branch network', winLikelihood: 55 });
      const log = await db.dealDocs.where('dealId').equals('d-2').toArray();
      expect(log.map((entry) => [...entry.update])).toEqual([[1, 2, 3]]);
      expect(await db.setAside.get('d-2')).toEqual({ dealId: 'd-2', parts: [] });
      expect(await db.teamCache.count()).toBe(0);
      await db.teamCache.put({ key: 'pipeline|mei@https://team', fetchedAt: '2026-12-02T08:00:00.000Z', payload: {} });
      expect(await db.teamCache.get('pipeline|mei@https://team')).toMatchObject({ payload: {} });
    },
  },
];

describe('database schema', () => {
  it('versions are numbered 1, 2, ... in order', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
    expect(CURRENT_SCHEMA_VERSION).toBe(SCHEMA_VERSIONS.length);
  });

  it(`opening an empty database creates the tables of version ${CURRENT_SCHEMA_VERSION}`, async () => {
    const db = await openCurrent(uniqueName());
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual([...TABLES].sort());
    const shape = Object.fromEntries(
      db.tables.map((t) => [
        t.name,
        { primaryKey: t.schema.primKey.src, indexes: t.schema.indexes.map((i) => i.src).sort() },
      ]),
    );
    expect(shape).toEqual(CURRENT_TABLES);
    // What the IndexedDB itself holds, not only Dexie's view of it.
    const idb = db.backendDB();
    expect([...idb.objectStoreNames].sort()).toEqual([...TABLES].sort());
    const deals = idb.transaction('deals').objectStore('deals');
    expect([...deals.indexNames].sort()).toEqual(['deletedAt', 'updatedAt']);
    expect(idb.transaction('stakeholders').objectStore('stakeholders').keyPath).toEqual(['dealId', 'id']);
  });

  it('the tables answer the queries the repository makes', async () => {
    const db = await openCurrent(uniqueName());
    await db.deals.bulkPut([
      {
        id: 'a',
        name: 'A',
        account: '',
        purchaseStage: 'needs',
        value: null,
        currency: null,
        updatedAt: '2026-01-02',
        winLikelihood: 1,
        peopleCount: 0,
        deletedAt: null,
      },
      {
        id: 'b',
        name: 'B',
        account: '',
        purchaseStage: 'needs',
        value: null,
        currency: null,
        updatedAt: '2026-01-03',
        winLikelihood: 1,
        peopleCount: 0,
        deletedAt: '2026-01-04',
      },
    ]);
    expect(await db.deals.orderBy('updatedAt').reverse().primaryKeys()).toEqual(['b', 'a']);
    // Live deals hold null, which is not indexed: only deleted deals are found by deletedAt.
    expect(await db.deals.where('deletedAt').below('2027').primaryKeys()).toEqual(['b']);
    await db.stakeholders.bulkPut([
      { dealId: 'a', id: 's-1', data: person('s-1') },
      { dealId: 'b', id: 's-1', data: person('s-1') },
    ]);
    expect(await db.stakeholders.where('dealId').equals('a').count()).toBe(1);
  });

  describe.each(UPGRADE_CASES)('upgrade: $name (from version $from)', ({ from, seed, check }) => {
    it(`rows written at version ${from} read correctly at version ${CURRENT_SCHEMA_VERSION}`, async () => {
      const name = uniqueName();
      const old = await createAtVersion(name, from);
      await seed(old);
      old.close();
      const db = await openCurrent(name);
      expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
      await check(db);
    });
  });

  it('an upgrade that fails rejects the open with an error of kind blocked', async () => {
    // A future version whose upgrade function has a bug, declared the way PowermapDatabase declares its versions.
    const name = uniqueName();
    const old = await createAtVersion(name, CURRENT_SCHEMA_VERSION);
    await old.table('deals').put({ id: 'd-1' });
    old.close();
    const next = new Dexie(name, fakeIndexedDB);
    opened.push(next);
    declareVersions(next, [
      ...SCHEMA_VERSIONS,
      {
        version: CURRENT_SCHEMA_VERSION + 1,
        stores: { extra: 'id' },
        upgrade: () => {
          throw new Error('upgrade bug');
        },
      },
    ]);
    const error = await next.open().then(
      () => null,
      (e: unknown) => e,
    );
    expect(classifyStorageError(error)).toMatchObject({ kind: 'blocked', name: 'UpgradeError' });
    expect((error as { inner?: Error }).inner?.message).toBe('upgrade bug');
    next.close();
    // The failed upgrade changed nothing: the current version still opens the old rows.
    const db = await openCurrent(name);
    expect(await db.deals.count()).toBe(1);
  });

  it('a database left by a newer, compatible build still opens (Dexie 4 opens at the higher version)', async () => {
    const name = uniqueName();
    const newer = new Dexie(name, fakeIndexedDB);
    const allStores = Object.assign({}, ...SCHEMA_VERSIONS.map((v) => v.stores)) as Record<string, string>;
    newer.version(CURRENT_SCHEMA_VERSION + 1).stores({ ...allStores, extra: 'id' });
    await newer.open();
    await newer.table('deals').put({ id: 'd-1' });
    newer.close();
    const db = await openCurrent(name);
    expect(await db.deals.count()).toBe(1);
  });
});
