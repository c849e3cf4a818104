/// <reference lib="dom" />
/**
 * The first start of the version where every deal is a Y.Doc (issue 11), on databases
 * written by the release before it: its own code (./released/, a copy) writes deals as
 * rows, then the new code opens the same database. Nothing is lost, history included; a
 * damaged deal opens with its valid parts and its damaged parts kept aside with their raw
 * values; rows are deleted only once their deal's Y.Doc is written.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { syntheticMap } from '../../../build/bench/syntheticMap';
import { listTrail } from '../../../shared/collab/trail';
import { describeSetAside } from '../../../shared/collab/wording';
import { parseDocument, type PowermapDocument } from '../../../shared/document';
import { changeSet } from '../../../renderer/editor/changeSet';
import { updatePeople } from '../../../renderer/editor/commands/people';
import { EditorStore } from '../../../renderer/editor/store';
import { PowermapDatabase } from '../../../renderer/persistence/db';
import { migrateLegacyDeal } from '../../../renderer/persistence/migrate';
import { DealRepository } from '../../../renderer/persistence/repository';
import { documentArb } from '../../support/arbitraries';
import { expectDocument, makeDocument, member, person, rawDocument, relationship } from '../../support/builders';
import { failWrites, fakeIndexedDB, uniqueName } from './helpers';
import { PowermapDatabase as ReleasedDatabase } from './released/db';
import { DealRepository as ReleasedRepository } from './released/repository';

const ACTOR = { id: 'u-local', name: 'Li Na' };
const LEGACY_TABLES = ['dealData', 'stakeholders', 'relationships', 'team', 'snapshots'] as const;

const opened: { close(): void }[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** The release before issue 11, writing to a database of its own schema (version 1). */
function released(name: string): { db: ReleasedDatabase; repository: ReleasedRepository } {
  const db = new ReleasedDatabase(name, fakeIndexedDB);
  return { db, repository: new ReleasedRepository(db, undefined, { now: () => new Date('2026-11-20T09:00:00Z') }) };
}

/** This version, on the same database. */
function current(name: string): { db: PowermapDatabase; repository: DealRepository } {
  const db = new PowermapDatabase(name, fakeIndexedDB);
  opened.push(db);
  const repository = new DealRepository(db, undefined, {
    actor: () => ACTOR,
    now: () => new Date('2026-12-02T10:00:00Z'),
    docChannelName: null,
  });
  return { db, repository };
}

async function legacyRowCount(db: PowermapDatabase): Promise<number> {
  let count = 0;
  for (const table of LEGACY_TABLES) count += await db[table].count();
  return count;
}

const WITH_HISTORY: PowermapDocument = expectDocument(
  parseDocument(
    rawDocument({
      'x-root': { kept: ['as', 'is'] },
      deal: { id: 'd-rich', name: 'Core banking upgrade', account: 'First City Bank', crmId: 'CRM-42' },
      team: [
        { id: 't-2', name: 'Wang Wei', email: 'wang@example.com' },
        { id: 't-1', name: 'Li Na' },
      ],
      stakeholders: [
        { id: 's-3', name: 'Zhang Hua', interests: { personal: 'golf' }, ownerId: 't-1', '@odd': 1 },
        { id: 's-1', name: 'Chen', position: { x: 1, y: 2, z: 3 } },
        { id: 's-2', name: '副总', attitude: 'supporter', influence: 60 },
      ],
      relationships: [{ id: 'r-1', kind: 'reports-to', from: 's-3', to: 's-1', since: '2020' }],
      history: [
        {
          id: 'h-1',
          takenAt: '2026-10-01T09:00:00Z',
          author: 'Li Na',
          deal: { id: 'd-rich', name: 'Earlier' },
          stakeholders: [{ id: 's-1', name: 'Chen', legacyScore: 7 }],
        },
        { id: 'h-0', takenAt: '2026-10-08T09:00:00Z', label: 'after the visit', deal: { id: 'd-rich', name: 'Later' } },
      ],
    }),
  ),
);

const PLAIN: PowermapDocument = makeDocument({
  deal: { id: 'd-plain', name: 'Branch network' },
  team: [member('t-1', { name: 'Li Na' })],
  stakeholders: [person('s-1', { name: 'Boss', attitude: 'neutral' }), person('s-2', { name: 'Aide' })],
  relationships: [relationship('r-1', 'reports-to', 's-2', 's-1')],
});

describe('the first start of the Y.Doc version, on a database the previous release wrote', () => {
  it('moves every deal into its Y.Doc: the library, each document and its history come back the same', async () => {
    const name = uniqueName();
    const old = released(name);
    await old.repository.createDeal(WITH_HISTORY);
    await old.repository.createDeal(PLAIN);
    // An edit saved as the released app saves it (a changed row), and a deal in the bin.
    const store = new EditorStore(PLAIN);
    store.apply(updatePeople(['s-2'], { attitude: 'supporter', notes: 'met on Monday' }));
    await old.repository.saveChanges(store.getState().doc, changeSet(PLAIN, store.getState().doc));
    const big = syntheticMap(300);
    await old.repository.createDeal(big);
    await old.repository.deleteDeal(big.deal.id);
    const before = new Map<string, PowermapDocument>();
    for (const id of ['d-rich', 'd-plain', big.deal.id]) {
      const loaded = await old.repository.loadDeal(id);
      if (loaded.status !== 'ok') throw new Error(`the release could not load ${id}`);
      before.set(id, loaded.document);
    }
    const library = await old.repository.listDeals({ includeDeleted: true });
    old.db.close();

    const { db, repository } = current(name);
    const outcomes = await repository.migrateAll();
    expect([...outcomes.values()].map((o) => o.status)).toEqual(['migrated', 'migrated', 'migrated']);
    expect(await legacyRowCount(db)).toBe(0);
    expect(await repository.listDeals({ includeDeleted: true })).toEqual(library);
    for (const [id, document] of before) {
      const loaded = await repository.loadDeal(id);
      expect(loaded.status === 'ok' && loaded.document).toEqual(document);
    }
    const rich = await repository.loadDeal('d-rich');
    expect(rich.status === 'ok' && rich.document.history.map((s) => [s.id, s.author, s.label])).toEqual([
      ['h-1', 'Li Na', ''],
      ['h-0', undefined, 'after the visit'],
    ]);
    // A second start finds nothing left to move.
    expect([...(await repository.migrateAll()).values()].every((o) => o.status === 'none')).toBe(true);
  });

  it('any document the release stored comes back the same (property)', async () => {
    await fc.assert(
      fc.asyncProperty(documentArb(), async (doc) => {
        const name = uniqueName();
        const old = released(name);
        await old.repository.createDeal(doc);
        old.db.close();
        const { repository } = current(name);
        const loaded = await repository.loadDeal(doc.deal.id);
        expect(loaded.status === 'ok' && loaded.document).toEqual(doc);
      }),
      { numRuns: 15 },
    );
  });

  it('a deal is moved on opening when the sweep has not reached it, and opens editable', async () => {
    const name = uniqueName();
    const old = released(name);
    await old.repository.createDeal(PLAIN);
    old.db.close();
    const { db, repository } = current(name);
    const open = await repository.openDeal('d-plain');
    if (open.status !== 'ok') throw new Error(open.status);
    expect(open.document).toEqual(PLAIN);
    expect(open.handle.existed).toBe(true);
    // The migration is a first write, not a change: no trail entries.
    expect(listTrail(open.handle.ydoc)).toEqual([]);
    await open.handle.close();
    expect(await legacyRowCount(db)).toBe(0);
  });

  it('a damaged deal keeps its valid parts in the Y.Doc and its damaged parts aside, raw values and all', async () => {
    const name = uniqueName();
    const old = released(name);
    await old.repository.createDeal(PLAIN);
    // Behind the app's back: a person row set to null, an unknown attitude.
    const aide = (await old.db.stakeholders.get(['d-plain', 's-2']))!;
    await old.db.stakeholders.put({ ...aide, data: null as never });
    const boss = (await old.db.stakeholders.get(['d-plain', 's-1']))!;
    await old.db.stakeholders.put({ ...boss, data: { ...boss.data, attitude: 'friendly' as never } });
    old.db.close();

    const { db, repository } = current(name);
    const outcome = await migrateLegacyDeal(db, 'd-plain', { actor: ACTOR });
    expect(outcome).toEqual({ status: 'migrated', setAside: 3 });
    expect(await legacyRowCount(db)).toBe(0);

    const open = await repository.openDeal('d-plain');
    if (open.status !== 'ok') throw new Error(open.status);
    expect(open.document.stakeholders.map((p) => [p.name, p.attitude])).toEqual([['Boss', 'unknown']]);
    expect(open.keptAside.map((part) => part.entity)).toEqual(['person', 'person', 'line']);
    expect(open.keptAside.map((part) => part.value).slice(0, 2)).toEqual(['friendly', null]);
    // The line to the person set aside is kept whole, as it was stored.
    expect(open.keptAside[2]!.value).toEqual(PLAIN.relationships[0]);
    expect(open.keptAside.map((part) => describeSetAside(part, 'en')).slice(0, 2)).toEqual([
      '“Boss”: attitude held “friendly”, which is not a valid value; shown as unknown.',
      'A person: the record could not be read (it holds nothing), so it is left out of the map.',
    ]);
    expect(describeSetAside(open.keptAside[0]!, 'zh-CN')).not.toMatch(/stakeholders\[/);
    expect(open.document.relationships).toEqual([]);
    await open.handle.close();

    // Kept until the user repairs; then let go.
    expect((await repository.openDeal('d-plain')).status === 'ok').toBe(true);
    await repository.releaseSetAside('d-plain');
    const repaired = await repository.openDeal('d-plain');
    expect(repaired.status === 'ok' && repaired.keptAside).toEqual([]);
    if (repaired.status === 'ok') await repaired.handle.close();
  });

  it('a deal nothing can be made of (a newer format) keeps its rows and reports why', async () => {
    const name = uniqueName();
    const old = released(name);
    await old.repository.createDeal(PLAIN);
    const data = (await old.db.dealData.get('d-plain'))!;
    await old.db.dealData.put({ ...data, head: { ...data.head, version: 999 } });
    old.db.close();

    const { db, repository } = current(name);
    const rowsBefore = await legacyRowCount(db);
    const open = await repository.openDeal('d-plain');
    expect(open.status).toBe('corrupt');
    expect(open.status === 'corrupt' && open.problems.length).toBeGreaterThan(0);
    expect(await legacyRowCount(db)).toBe(rowsBefore);
    expect(await db.dealDocs.count()).toBe(0);
  });

  it('a migration that fails leaves the rows whole, and the next start moves them', async () => {
    const name = uniqueName();
    const old = released(name);
    await old.repository.createDeal(WITH_HISTORY);
    old.db.close();

    const { db, repository } = current(name);
    let failing = true;
    failWrites(db, () => (failing ? new DOMException('The quota has been exceeded.', 'QuotaExceededError') : null));
    const rowsBefore = await legacyRowCount(db);
    const outcome = await migrateLegacyDeal(db, 'd-rich', { actor: ACTOR });
    expect(outcome.status).toBe('failed');
    expect(await legacyRowCount(db)).toBe(rowsBefore);
    expect(await db.dealDocs.count()).toBe(0);
    expect((await repository.openDeal('d-rich')).status).toBe('error');

    failing = false;
    const loaded = await repository.loadDeal('d-rich');
    expect(loaded.status === 'ok' && loaded.document).toEqual(WITH_HISTORY);
    expect(await legacyRowCount(db)).toBe(0);
  });
});
