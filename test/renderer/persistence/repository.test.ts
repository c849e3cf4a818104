/// <reference lib="dom" />
/**
 * The deals in the local database, each a Y.Doc (renderer/persistence/repository.ts): whole
 * documents in and out unchanged, the library's summaries, delete, restore, purge, import,
 * an import over a deal, and a damaged store that never locks a deal.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { analyze } from '../../../shared/analysis';
import { listTrail } from '../../../shared/collab/trail';
import { parseDocument, type PowermapDocument } from '../../../shared/document';
import type { PowermapDatabase } from '../../../renderer/persistence/db';
import { openDealDoc } from '../../../renderer/persistence/dealDoc';
import type { LibraryChange, LoadResult } from '../../../renderer/persistence/repository';
import { addPeople } from '../../../renderer/editor/commands/people';
import { updateDeal } from '../../../renderer/editor/commands/deal';
import { documentArb } from '../../support/arbitraries';
import { expectDocument, makeDocument, person, rawDocument, snapshot } from '../../support/builders';
import { interceptWrites, openDatabase, openEditor, openRepository, uniqueName } from './helpers';

const RICH = expectDocument(
  parseDocument(
    rawDocument({
      'x-root': { level: 1, list: [1, 'two', { three: [null, true] }], text: '张华' },
      deal: { id: 'd-rich', name: 'Core banking upgrade', account: 'First City Bank', crmId: 'CRM-42' },
      team: [
        { id: 't-2', name: 'Wang Wei', email: 'wang@example.com' },
        { id: 't-1', name: 'Li Na' },
      ],
      stakeholders: [
        { id: 's-3', name: 'Zhang Hua', interests: { personal: 'golf' }, ownerId: 't-1', '@odd': { a: 1 } },
        { id: 's-1', name: 'Chen', position: { x: 1, y: 2, z: 3 } },
        { id: 's-2', name: 'Wang', attitude: 'supporter', influence: 60 },
      ],
      relationships: [
        { id: 'r-2', kind: 'influences', from: 's-1', to: 's-2', meta: { source: 'ceo' } },
        { id: 'r-1', kind: 'reports-to', from: 's-3', to: 's-1' },
      ],
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

const dbs: PowermapDatabase[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

function setup(options: Parameters<typeof openRepository>[0] = {}) {
  const db = options.db ?? openDatabase();
  dbs.push(db);
  const library: LibraryChange[] = [];
  const saved: string[] = [];
  const { repository } = openRepository({
    ...options,
    db,
    observer: { dealSaved: (dealId) => saved.push(dealId), libraryChanged: (change) => library.push(change) },
  });
  return { db, repository, library, saved };
}

function expectLoaded(result: LoadResult): PowermapDocument {
  if (result.status !== 'ok') throw new Error(`expected the deal to load, got ${JSON.stringify(result)}`);
  return result.document;
}

describe('DealRepository: round trip through the Y.Doc', () => {
  it('a document comes back the same: unknown fields at every level, list order, history', async () => {
    const { db, repository } = setup();
    await repository.createDeal(RICH);
    expect(expectLoaded(await repository.loadDeal('d-rich'))).toEqual(RICH);
    // One log row: the deal's first write, with no trail entries (nothing was changed, only stored).
    expect(await db.dealDocs.where('dealId').equals('d-rich').count()).toBe(1);
    const open = await repository.openDeal('d-rich');
    expect(open.status === 'ok' && listTrail(open.handle.ydoc)).toEqual([]);
    if (open.status === 'ok') await open.handle.close();
  });

  it('any valid document comes back the same (property)', async () => {
    const { repository } = setup();
    await fc.assert(
      fc.asyncProperty(documentArb(), async (doc) => {
        await repository.replaceDeal(doc);
        expect(expectLoaded(await repository.loadDeal(doc.deal.id))).toEqual(doc);
      }),
      { numRuns: 20 },
    );
  });
});

describe('DealRepository: the library', () => {
  it('lists summaries, newest change first, without deleted deals unless asked', async () => {
    const { repository } = setup();
    await repository.createDeal(makeDocument({ deal: { id: 'd-a', name: 'A' } }));
    await repository.createDeal(makeDocument({ deal: { id: 'd-b', name: 'B' } }), { winLikelihood: 77 });
    await repository.deleteDeal('d-a');
    expect((await repository.listDeals()).map((d) => d.id)).toEqual(['d-b']);
    expect((await repository.listDeals({ includeDeleted: true })).map((d) => d.id)).toEqual(['d-b', 'd-a']);
    expect((await repository.getSummary('d-b'))?.winLikelihood).toBe(77);
    const analysed = analyze(makeDocument({ deal: { id: 'd-a', name: 'A' } }), { asOf: '2026-11-20' });
    expect((await repository.getSummary('d-a'))?.winLikelihood).toBe(analysed.winLikelihood);
  });

  it('lists every set of lines newest change first, lines changed at the same moment by id from the last', async () => {
    const times = fc.constantFrom('2026-11-30T08:00:00.000Z', '2026-12-01T09:00:00.000Z', '2026-12-02T10:00:00.000Z');
    const lines = fc.uniqueArray(
      fc.record({ id: fc.constantFrom('d-a', 'd-b', 'd-c', 'd-d', 'd-e'), updatedAt: times }),
      {
        selector: (line) => line.id,
      },
    );
    await fc.assert(
      fc.asyncProperty(lines, async (chosen) => {
        const { db, repository } = setup();
        const base = { account: '', purchaseStage: 'needs', value: null, currency: null, winLikelihood: 0 };
        await db.deals.bulkPut(
          chosen.map((line) => ({ ...base, ...line, name: line.id, peopleCount: 0, deletedAt: null })),
        );
        // As an index read backwards: newest first, and among equal times the greater id first.
        const newestFirst = [...chosen].sort((a, b) =>
          a.updatedAt === b.updatedAt ? b.id.localeCompare(a.id) : b.updatedAt.localeCompare(a.updatedAt),
        );
        expect((await repository.listDeals()).map((d) => d.id)).toEqual(newestFirst.map((line) => line.id));
      }),
      { numRuns: 30 },
    );
  });

  it('creating a deal whose id is taken fails and writes nothing', async () => {
    const { db, repository } = setup();
    await repository.createDeal(RICH);
    await expect(repository.createDeal({ ...RICH, stakeholders: [] })).rejects.toThrow();
    expect(await db.dealDocs.count()).toBe(1);
    expect(expectLoaded(await repository.loadDeal('d-rich'))).toEqual(RICH);
  });

  it('delete is soft: the deal loads, restores, and only a purge removes it and its Y.Doc', async () => {
    const { db, repository, library } = setup();
    await repository.createDeal(RICH);
    await db.setAside.put({ dealId: 'd-rich', parts: [] });
    expect(await repository.deleteDeal('d-rich')).toBe(true);
    expect(expectLoaded(await repository.loadDeal('d-rich'))).toEqual(RICH);
    expect(await repository.restoreDeal('d-rich')).toBe(true);
    await repository.deleteDeal('d-rich');
    expect(await repository.purgeDeleted('2000-01-01')).toEqual([]);
    expect(await repository.purgeDeleted('2100-01-01')).toEqual(['d-rich']);
    expect(await repository.loadDeal('d-rich')).toEqual({ status: 'missing', dealId: 'd-rich' });
    expect(await db.dealDocs.count()).toBe(0);
    expect(await db.setAside.count()).toBe(0);
    expect(library.map((c) => c.type)).toEqual(['created', 'deleted', 'restored', 'deleted', 'purged']);
    expect(await repository.deleteDeal('d-rich')).toBe(false);
  });

  it('duplicates a deal under a new id and name, history included; the original is untouched', async () => {
    const { repository } = setup();
    await repository.createDeal(RICH);
    const copy = await repository.duplicateDeal('d-rich', { newId: 'd-copy', name: 'Copy' });
    if (copy.status !== 'ok') throw new Error(copy.status);
    const loaded = expectLoaded(await repository.loadDeal('d-copy'));
    expect(loaded.deal).toMatchObject({ id: 'd-copy', name: 'Copy', crmId: 'CRM-42' });
    expect(loaded.history.map((s) => s.id)).toEqual(['h-1', 'h-0']);
    expect(loaded.history.every((s) => s.deal.id === 'd-copy')).toBe(true);
    expect(expectLoaded(await repository.loadDeal('d-rich'))).toEqual(RICH);
  });

  it('imports a document under its own id, or a new one when that is taken (snapshots follow)', async () => {
    const { repository } = setup({ newDealId: () => 'd-new' });
    const first = await repository.importDocument(RICH);
    expect(first.dealId).toBe('d-rich');
    const second = await repository.importDocument(RICH);
    expect(second.dealId).toBe('d-new');
    const loaded = expectLoaded(await repository.loadDeal('d-new'));
    expect(loaded.history.every((s) => s.deal.id === 'd-new')).toBe(true);
    expect(loaded.stakeholders).toEqual(RICH.stakeholders);
  });

  it('an import over a deal is one change of its Y.Doc: undeleted, trail entries, and an open editor follows', async () => {
    const name = uniqueName();
    const channel = uniqueName('doc-channel');
    const { repository, library } = setup({ db: openDatabase(name), docChannelName: channel });
    await repository.createDeal(RICH);
    await repository.deleteDeal('d-rich');
    const other = setup({ db: openDatabase(name), docChannelName: channel });
    const editor = await openEditor(other.repository, 'd-rich');

    const next: PowermapDocument = {
      ...RICH,
      stakeholders: [...RICH.stakeholders.slice(1), person('s-9', { name: 'New' })],
      relationships: RICH.relationships.filter((line) => line.id !== 'r-1'),
      history: [
        ...RICH.history,
        snapshot('h-2', '2026-11-01T09:00:00Z', { deal: { id: 'd-rich', name: 'Core banking upgrade' } }),
      ],
    };
    await repository.replaceDeal(next);
    expect(expectLoaded(await repository.loadDeal('d-rich'))).toEqual(next);
    expect((await repository.getSummary('d-rich'))?.deletedAt).toBeNull();
    expect(library.at(-1)).toEqual({ type: 'replaced', dealId: 'd-rich' });
    for (let i = 0; i < 100 && editor.store.getState().doc.stakeholders.length !== 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(editor.store.getState().doc.stakeholders.map((p) => p.id)).toEqual(['s-1', 's-2', 's-9']);
    expect(listTrail(editor.handle.ydoc).map((e) => [e.action, e.entityId])).toEqual(
      expect.arrayContaining([
        ['delete', 's-3'],
        ['add', 's-9'],
      ]),
    );
    await editor.handle.close();
  });
});

describe('DealRepository: a damaged store never locks a deal', () => {
  it('a log row that is not a Y update is skipped: the rest opens', async () => {
    const { db, repository } = setup();
    await repository.createDeal(RICH);
    await db.dealDocs.add({ dealId: 'd-rich', update: new Uint8Array([9, 9, 9]) });
    const open = await repository.openDeal('d-rich');
    if (open.status !== 'ok') throw new Error(open.status);
    expect(open.document).toEqual(RICH);
    expect(open.handle.damagedRows).toBe(1);
    await open.handle.close();
  });

  it('a person record set to null and an unknown attitude: what is valid opens, the rest is set aside', async () => {
    const { db, repository } = setup();
    await repository.createDeal(RICH);
    const handle = await openDealDoc(db, 'd-rich', { channelName: null });
    const people = handle.ydoc.getMap<unknown>('people');
    handle.ydoc.transact(() => {
      people.set('s-1', null);
      (people.get('s-2') as Y.Map<unknown>).set('attitude', 'friendly');
    }, 'another tool');
    await handle.close();

    const loaded = await repository.loadDeal('d-rich');
    if (loaded.status !== 'corrupt' || !loaded.salvaged) throw new Error(loaded.status);
    expect(loaded.salvaged.document.stakeholders.map((p) => [p.id, p.attitude])).toEqual([
      ['s-3', 'unknown'],
      ['s-2', 'unknown'],
    ]);
    expect(loaded.salvaged.setAside.map((part) => part.value)).toEqual(expect.arrayContaining([null, 'friendly']));
  });

  it('a deal whose content is lost behind the app’s back opens under the library’s name, editable', async () => {
    const { db, repository } = setup();
    await repository.createDeal(RICH);
    await db.dealDocs.clear();
    const open = await repository.openDeal('d-rich');
    if (open.status !== 'ok') throw new Error(open.status);
    expect(open.document.deal.name).toBe('Core banking upgrade');
    expect(open.document.stakeholders).toEqual([]);
    await open.handle.close();
    expect(await db.dealDocs.count()).toBe(1);
  });

  it('a missing deal is missing; a closed database is an error of kind blocked', async () => {
    const { db, repository } = setup();
    expect(await repository.loadDeal('nope')).toEqual({ status: 'missing', dealId: 'nope' });
    db.close();
    const result = await repository.loadDeal('nope');
    expect(result.status === 'error' && result.error.kind).toBe('blocked');
  });
});

/** Fails every write to the library's rows while `failing.on`: the crash between an edit and its row. */
function failSummaryWrites(db: PowermapDatabase, failing: { on: boolean }): void {
  interceptWrites(db, 'fail-summary-writes', (table, _req, send) =>
    failing.on && table === 'deals' ? Promise.reject(new Error('crashed before the row')) : send(),
  );
}

describe('DealRepository: the library row follows the edit', () => {
  /** An edit written to the Y.Doc's log whose library row never was (the app stopped between the two). */
  async function editThenCrash(name: string): Promise<void> {
    const db = openDatabase(name);
    const failing = { on: false };
    failSummaryWrites(db, failing);
    const { repository } = openRepository({ db });
    await repository.createDeal(makeDocument({ deal: { id: 'd-1', name: 'Before' }, stakeholders: [person('s-1')] }));
    const { store, saver, handle } = await openEditor(repository, 'd-1');
    failing.on = true;
    store.apply(updateDeal({ name: 'After the crash' }));
    store.apply(addPeople([{ ...person('s-2'), attitude: 'supporter' }]));
    expect(await saver.flush()).toBe(true);
    await expect(handle.flush()).rejects.toThrow('crashed');
    db.close();
  }

  it('a row older than its Y.Doc is made again at the next start, and agrees with the document', async () => {
    const name = uniqueName();
    await editThenCrash(name);
    const { repository } = setup({ db: openDatabase(name) });
    expect((await repository.getSummary('d-1'))?.name).toBe('Before');
    expect(await repository.repairSummaries()).toEqual(['d-1']);
    const row = await repository.getSummary('d-1');
    const document = expectLoaded(await repository.loadDeal('d-1'));
    expect(row).toMatchObject({
      name: 'After the crash',
      peopleCount: 2,
      winLikelihood: analyze(document, { asOf: '2026-11-20' }).winLikelihood,
    });
    // Current now: nothing left to repair.
    expect(await repository.repairSummaries()).toEqual([]);
  });

  it('opening the deal repairs its row too, and says so to other windows', async () => {
    const name = uniqueName();
    await editThenCrash(name);
    const { repository, saved } = setup({ db: openDatabase(name) });
    const opened = await repository.openDeal('d-1');
    if (opened.status !== 'ok') throw new Error(opened.status);
    expect(opened.summary).toMatchObject({ name: 'After the crash', peopleCount: 2 });
    expect(await repository.getSummary('d-1')).toMatchObject({ name: 'After the crash', peopleCount: 2 });
    expect(saved).toContain('d-1');
    await opened.handle.close();
  });

  it('rows the app wrote itself are current: a start repairs nothing (property: for all edits)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ maxLength: 8 }), { minLength: 1, maxLength: 5 }), async (names) => {
        const { repository } = setup();
        await repository.createDeal(makeDocument({ deal: { id: 'd-1', name: 'Start' } }));
        const { store, saver, handle } = await openEditor(repository, 'd-1');
        for (const next of names) store.apply(updateDeal({ name: `deal ${next}` }));
        await saver.flush();
        await handle.close();
        expect(await repository.repairSummaries()).toEqual([]);
        expect((await repository.getSummary('d-1'))?.name).toBe(`deal ${names.at(-1)}`);
      }),
      { numRuns: 8 },
    );
  });
});
