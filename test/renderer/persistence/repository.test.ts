/// <reference lib="dom" />
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { syntheticMap } from '../../../build/bench/syntheticMap';
import { analyze } from '../../../shared/analysis';
import { withDealId } from '../../../shared/history';
import { parseDocument, serializeDocument, type PowermapDocument } from '../../../shared/document';
import { changeSet, NO_CHANGES, type ChangeSet } from '../../../renderer/editor/changeSet';
import { addTeamMember, updateDeal } from '../../../renderer/editor/commands/deal';
import { addLines } from '../../../renderer/editor/commands/lines';
import { addPeople, deletePeople, movePeople, updatePeople } from '../../../renderer/editor/commands/people';
import { EditorStore } from '../../../renderer/editor/store';
import type { PowermapDatabase } from '../../../renderer/persistence/db';
import type { DealRepository, LibraryChange, LoadResult } from '../../../renderer/persistence/repository';
import { documentArb } from '../../support/arbitraries';
import {
  expectDocument,
  makeDocument,
  member,
  person,
  rawDocument,
  relationship,
  snapshot,
} from '../../support/builders';
import { countWrites, openDatabase, openRepository, type WriteLog } from './helpers';

const nested = { level: 1, list: [1, 'two', { three: [null, true] }], empty: {}, text: '张华' };

/** A document with unknown fields at every level, and lists in an order that is not sorted. */
const RICH = expectDocument(
  parseDocument(
    rawDocument({
      'x-root': nested,
      generator: 'powermap 0.9',
      deal: {
        id: 'd-rich',
        name: 'Core banking upgrade',
        account: 'First City Bank',
        value: 1200000,
        currency: 'CNY',
        purchaseStage: 'evaluation',
        crmId: 'CRM-42',
        qualification: { canWin: 'no', why: 'incumbent' },
      },
      team: [
        { id: 't-2', name: 'Wang Wei', email: 'wang@example.com' },
        { id: 't-1', name: 'Li Na' },
      ],
      stakeholders: [
        {
          id: 's-3',
          name: 'Zhang Hua',
          wechat: 'zh123',
          interests: { personal: 'golf', hobby: 'tea' },
          ownerId: 't-1',
        },
        { id: 's-1', name: 'Chen', position: { x: 1, y: 2, z: 3 }, 'x-nested': nested },
        { id: 's-2', name: 'Wang', attitude: 'supporter', influence: 60 },
      ],
      relationships: [
        { id: 'r-2', kind: 'influences', from: 's-1', to: 's-2', since: '2020', meta: { source: 'ceo' } },
        { id: 'r-1', kind: 'reports-to', from: 's-3', to: 's-1' },
      ],
      history: [
        {
          id: 'h-1',
          takenAt: '2026-10-01T09:00:00Z',
          author: 'Li Na',
          deal: { id: 'd-rich', name: 'Earlier', crmId: 'CRM-41' },
          stakeholders: [{ id: 's-1', name: 'Chen', legacyScore: 7 }],
        },
        { id: 'h-0', takenAt: '2026-10-08T09:00:00Z', label: 'after the visit', deal: { id: 'd-rich', name: 'Later' } },
      ],
    }),
  ),
);

const open: PowermapDatabase[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

function setup(options: Parameters<typeof openRepository>[0] = {}): {
  db: PowermapDatabase;
  repository: DealRepository;
  writes: WriteLog;
  library: LibraryChange[];
  saved: { dealId: string; changes: ChangeSet }[];
} {
  const db = openDatabase();
  open.push(db);
  const writes = countWrites(db);
  const library: LibraryChange[] = [];
  const saved: { dealId: string; changes: ChangeSet }[] = [];
  const { repository } = openRepository({
    ...options,
    db,
    observer: {
      dealSaved: (dealId, changes) => saved.push({ dealId, changes }),
      libraryChanged: (change) => library.push(change),
    },
  });
  return { db, repository, writes, library, saved };
}

function expectLoaded(result: LoadResult): PowermapDocument {
  if (result.status !== 'ok') throw new Error(`expected the deal to load, got ${JSON.stringify(result)}`);
  return result.document;
}

async function expectCorrupt(repository: DealRepository, id: string) {
  const result = await repository.loadDeal(id);
  if (result.status !== 'corrupt') throw new Error(`expected corrupt, got ${result.status}`);
  expect(result).not.toHaveProperty('document');
  return result.problems;
}

/** The rows a write touched, by table: `{ put: {table: n}, del: {table: n} }`. */
function touched(writes: WriteLog) {
  return {
    put: Object.fromEntries(writes.puts),
    del: Object.fromEntries([...writes.deletes, ...writes.deleteRanges]),
  };
}

/** Edits a document through the real editor and returns the document and ChangeSet it reported. */
function edit(
  doc: PowermapDocument,
  apply: (store: EditorStore) => void,
): { doc: PowermapDocument; changes: ChangeSet } {
  const store = new EditorStore(doc);
  let reported: ChangeSet | null = null;
  store.onDocumentChange((_doc, changes) => {
    reported = changes;
  });
  apply(store);
  if (!reported) throw new Error('the edit changed nothing');
  return { doc: store.getState().doc, changes: reported };
}

describe('DealRepository: round trip', () => {
  it('a document comes back byte for byte: unknown fields at every level, list order', async () => {
    const { repository } = setup();
    await repository.createDeal(RICH);
    const loaded = expectLoaded(await repository.loadDeal('d-rich'));
    expect(serializeDocument(loaded)).toBe(serializeDocument(RICH));
    expect(loaded).toEqual(RICH);
    expect(loaded.stakeholders.map((p) => p.id)).toEqual(['s-3', 's-1', 's-2']);
    expect(loaded.history.map((h) => h.id)).toEqual(['h-1', 'h-0']);
    expect(loaded['x-root']).toEqual(nested);
    expect(loaded.stakeholders[1]?.position['z']).toBe(3);
  });

  it('any valid document comes back the same (property)', async () => {
    const { repository } = setup();
    await fc.assert(
      fc.asyncProperty(documentArb(), async (doc) => {
        await repository.replaceDeal(doc, { winLikelihood: 0 });
        const loaded = expectLoaded(await repository.loadDeal(doc.deal.id));
        expect(serializeDocument(loaded)).toBe(serializeDocument(doc));
      }),
      { numRuns: 40 },
    );
  });

  it('edits made in the editor and saved with their ChangeSet come back the same', async () => {
    const { repository } = setup();
    await repository.createDeal(RICH);
    let doc = RICH;
    const steps: ((store: EditorStore) => void)[] = [
      (s) => s.apply(updatePeople(['s-1'], { attitude: 'champion', notes: '见过两次' })),
      (s) => s.apply(addPeople([person('s-9', { name: 'New' })])),
      (s) => s.apply(addLines([relationship('r-9', 'ally', 's-9', 's-2')])),
      (s) => s.apply(movePeople(new Map([['s-3', { x: 400, y: 10 }]]))),
      (s) => s.apply(updateDeal({ name: 'Core banking, phase 2', value: 900000 })),
      (s) => s.apply(addTeamMember(member('t-3'))),
      (s) => s.apply(deletePeople(['s-1'])),
      (s) => {
        s.apply(updatePeople(['s-2'], { attitude: 'blocker' }));
        s.undo();
        s.undo();
      },
    ];
    for (const step of steps) {
      const result = edit(doc, step);
      await repository.saveChanges(result.doc, result.changes);
      doc = result.doc;
      const loaded = expectLoaded(await repository.loadDeal('d-rich'));
      expect(serializeDocument(loaded)).toBe(serializeDocument(doc));
    }
  });
});

describe('DealRepository: an edit writes only what changed', () => {
  it('one person edit on a 2,000-person map writes that person and the summary, nothing else', async () => {
    const { repository, writes } = setup();
    const big = syntheticMap(2000);
    await repository.createDeal(big);
    writes.reset();
    const { doc, changes } = edit(big, (s) => s.apply(updatePeople(['s-1234'], { attitude: 'champion' })));
    expect(changes.people).toEqual({ put: ['s-1234'], del: [] });
    await repository.saveChanges(doc, changes, { winLikelihood: 55 });
    expect(touched(writes)).toEqual({ put: { stakeholders: 1, deals: 1 }, del: {} });
    expect(writes.total()).toBe(2);
    const loaded = expectLoaded(await repository.loadDeal('bench'));
    expect(loaded.stakeholders.find((p) => p.id === 's-1234')?.attitude).toBe('champion');
    expect(serializeDocument(loaded)).toBe(serializeDocument(doc));
  });

  it('the same edit without a summary computes the likelihood and still writes two rows', async () => {
    const { repository, writes } = setup();
    const big = syntheticMap(2000);
    await repository.createDeal(big);
    writes.reset();
    const { doc, changes } = edit(big, (s) => s.apply(updatePeople(['s-7'], { closeness: 'close' })));
    const summary = await repository.saveChanges(doc, changes);
    expect(writes.total()).toBe(2);
    expect(summary.winLikelihood).toBe(analyze(doc, { asOf: summary.updatedAt.slice(0, 10) }).winLikelihood);
  });

  it('adding a person writes the person, the list order and the summary', async () => {
    const { repository, writes } = setup();
    await repository.createDeal(RICH);
    writes.reset();
    const { doc, changes } = edit(RICH, (s) => s.apply(addPeople([person('s-9')])));
    await repository.saveChanges(doc, changes);
    expect(touched(writes)).toEqual({ put: { stakeholders: 1, dealData: 1, deals: 1 }, del: {} });
  });

  it('deleting a person deletes its row and its lines, and rewrites no one else', async () => {
    const { repository, writes } = setup();
    await repository.createDeal(RICH);
    writes.reset();
    const { doc, changes } = edit(RICH, (s) => s.apply(deletePeople(['s-1'])));
    await repository.saveChanges(doc, changes);
    expect(touched(writes)).toEqual({ put: { dealData: 1, deals: 1 }, del: { stakeholders: 1, relationships: 2 } });
    expect(expectLoaded(await repository.loadDeal('d-rich'))).toEqual(doc);
  });

  it('a deal edit writes the deal row and the summary; the summary follows', async () => {
    const { repository, writes, library } = setup();
    await repository.createDeal(RICH);
    writes.reset();
    library.length = 0;
    const { doc, changes } = edit(RICH, (s) => s.apply(updateDeal({ name: 'Renamed', account: 'Second Bank' })));
    const summary = await repository.saveChanges(doc, changes, { winLikelihood: 12 });
    expect(touched(writes)).toEqual({ put: { dealData: 1, deals: 1 }, del: {} });
    expect(summary).toMatchObject({ name: 'Renamed', account: 'Second Bank', winLikelihood: 12 });
    expect(library).toEqual([{ type: 'renamed', dealId: 'd-rich' }]);
  });

  it('a reorder the ChangeSet does not show is still saved (the order follows the document)', async () => {
    const { repository, writes } = setup();
    await repository.createDeal(RICH);
    writes.reset();
    const reordered = { ...RICH, stakeholders: [...RICH.stakeholders].reverse() };
    await repository.saveChanges(reordered, NO_CHANGES);
    expect(touched(writes)).toEqual({ put: { dealData: 1, deals: 1 }, del: {} });
    expect(expectLoaded(await repository.loadDeal('d-rich')).stakeholders.map((p) => p.id)).toEqual([
      's-2',
      's-1',
      's-3',
    ]);
  });

  it('membership follows the document even when the ChangeSet is stale', async () => {
    const { repository } = setup();
    await repository.createDeal(RICH);
    // Names a person the document no longer has as put, and one it has as deleted.
    const doc = {
      ...RICH,
      stakeholders: RICH.stakeholders.filter((p) => p.id !== 's-2'),
      relationships: [RICH.relationships[1]!],
    };
    const stale: ChangeSet = { ...NO_CHANGES, people: { put: ['s-2'], del: ['s-3'] } };
    await repository.saveChanges(doc, stale);
    expect(serializeDocument(expectLoaded(await repository.loadDeal('d-rich')))).toBe(serializeDocument(doc));
  });

  it('snapshots: a new one is written alone; unchanged ones are not rewritten; a relabelled one is', async () => {
    const { repository, writes } = setup();
    await repository.createDeal(RICH);
    const loaded = expectLoaded(await repository.loadDeal('d-rich'));
    writes.reset();
    const taken = { ...loaded, history: [...loaded.history, snapshot('h-2', '2026-11-01T10:00:00Z')] };
    // A snapshot changes no row the ChangeSet knows of.
    await repository.saveChanges(taken, changeSet(loaded, taken));
    expect(touched(writes)).toEqual({ put: { snapshots: 1, dealData: 1, deals: 1 }, del: {} });

    writes.reset();
    const relabelled = { ...taken, history: taken.history.map((h) => (h.id === 'h-1' ? { ...h, label: 'first' } : h)) };
    await repository.saveChanges(relabelled, NO_CHANGES);
    expect(touched(writes)).toEqual({ put: { snapshots: 1, deals: 1 }, del: {} });

    writes.reset();
    const dropped = { ...relabelled, history: relabelled.history.filter((h) => h.id !== 'h-0') };
    await repository.saveChanges(dropped, NO_CHANGES);
    expect(touched(writes)).toEqual({ put: { dealData: 1, deals: 1 }, del: { snapshots: 1 } });
    expect(serializeDocument(expectLoaded(await repository.loadDeal('d-rich')))).toBe(serializeDocument(dropped));
  });

  it('a deal that is not stored (purged meanwhile) is written whole, not in part', async () => {
    const { repository, library } = setup();
    const { doc, changes } = edit(RICH, (s) => s.apply(updatePeople(['s-1'], { attitude: 'neutral' })));
    await repository.saveChanges(doc, changes);
    expect(expectLoaded(await repository.loadDeal('d-rich'))).toEqual(doc);
    expect(library).toEqual([{ type: 'created', dealId: 'd-rich' }]);
  });

  it('tells the observer the rows it wrote', async () => {
    const { repository, saved } = setup();
    await repository.createDeal(RICH);
    saved.length = 0;
    const { doc, changes } = edit(RICH, (s) => s.apply(updatePeople(['s-2'], { stage: 'trusted' })));
    await repository.saveChanges(doc, changes);
    expect(saved).toEqual([
      {
        dealId: 'd-rich',
        changes: {
          deal: false,
          team: { put: [], del: [] },
          people: { put: ['s-2'], del: [] },
          lines: { put: [], del: [] },
          history: { put: [], del: [] },
        },
      },
    ]);
  });
});

describe('DealRepository: the library', () => {
  it('lists summaries, newest change first, without deleted deals unless asked', async () => {
    const { repository } = setup();
    await repository.createDeal(makeDocument({ deal: { id: 'a', name: 'A', value: 10, currency: 'EUR' } }));
    await repository.createDeal(makeDocument({ deal: { id: 'b', name: 'B' }, stakeholders: [person('s-1')] }));
    await repository.createDeal(makeDocument({ deal: { id: 'c', name: 'C' } }));
    const a = expectLoaded(await repository.loadDeal('a'));
    await repository.saveChanges({ ...a, deal: { ...a.deal, account: 'Bank' } }, { ...NO_CHANGES, deal: true });
    expect((await repository.listDeals()).map((d) => d.id)).toEqual(['a', 'c', 'b']);
    await repository.deleteDeal('c');
    expect((await repository.listDeals()).map((d) => d.id)).toEqual(['a', 'b']);
    expect((await repository.listDeals({ includeDeleted: true })).map((d) => d.id)).toEqual(['a', 'c', 'b']);
    const [first] = await repository.listDeals();
    expect(first).toMatchObject({
      id: 'a',
      name: 'A',
      account: 'Bank',
      value: 10,
      currency: 'EUR',
      purchaseStage: 'needs',
      peopleCount: 0,
      deletedAt: null,
    });
    expect((await repository.getSummary('b'))?.peopleCount).toBe(1);
  });

  it('the summary holds the likelihood given, or the analysis of the document', async () => {
    const { repository } = setup();
    const given = await repository.createDeal(RICH, { winLikelihood: 77 });
    expect(given.winLikelihood).toBe(77);
    const computed = await repository.replaceDeal(RICH);
    expect(computed.winLikelihood).toBe(analyze(RICH, { asOf: computed.updatedAt.slice(0, 10) }).winLikelihood);
  });

  it('creating a deal whose id is taken fails and writes nothing', async () => {
    const { repository, writes } = setup();
    await repository.createDeal(RICH);
    writes.reset();
    const other = { ...makeDocument({ deal: { id: 'd-rich', name: 'Other' } }) };
    await expect(repository.createDeal(other)).rejects.toMatchObject({ name: 'ConstraintError' });
    expect(expectLoaded(await repository.loadDeal('d-rich'))).toEqual(RICH);
  });

  it('delete is soft: the deal loads, restores, and only a purge removes it', async () => {
    const { repository, db, library } = setup();
    await repository.createDeal(RICH);
    await repository.createDeal(makeDocument({ deal: { id: 'recent', name: 'Recent' } }));
    expect(await repository.deleteDeal('d-rich')).toBe(true);
    const deleted = await repository.getSummary('d-rich');
    expect(deleted?.deletedAt).toEqual(expect.any(String));
    expect(expectLoaded(await repository.loadDeal('d-rich'))).toEqual(RICH);
    expect(await repository.restoreDeal('d-rich')).toBe(true);
    expect((await repository.getSummary('d-rich'))?.deletedAt).toBeNull();

    await repository.deleteDeal('d-rich');
    const cutoff = new Date(Date.parse((await repository.getSummary('d-rich'))!.deletedAt!) + 1).toISOString();
    await repository.deleteDeal('recent');
    const later = (await repository.getSummary('recent'))!.deletedAt!;
    expect(later > cutoff).toBe(true);
    expect(await repository.purgeDeleted(cutoff)).toEqual(['d-rich']);
    expect(await repository.loadDeal('d-rich')).toEqual({ status: 'missing', dealId: 'd-rich' });
    expect(await db.stakeholders.where('dealId').equals('d-rich').count()).toBe(0);
    expect(await db.snapshots.count()).toBe(0);
    expect(await db.dealData.count()).toBe(1);
    expect((await repository.getSummary('recent'))?.deletedAt).toBe(later);
    expect(await repository.deleteDeal('nope')).toBe(false);
    expect(await repository.restoreDeal('nope')).toBe(false);
    expect(library.map((c) => c.type)).toEqual([
      'created',
      'created',
      'deleted',
      'restored',
      'deleted',
      'deleted',
      'purged',
    ]);
  });

  it('duplicates a deal under a new id and name, history included; the original is untouched', async () => {
    const { repository } = setup();
    await repository.createDeal(RICH);
    const result = await repository.duplicateDeal('d-rich', { newId: 'd-copy', name: 'Copy of it' });
    expect(result.status).toBe('ok');
    const copy = expectLoaded(await repository.loadDeal('d-copy'));
    expect(copy.deal).toEqual({ ...RICH.deal, id: 'd-copy', name: 'Copy of it' });
    // Everything else is the original's, history included (whose snapshots carry the new id: dealIdKeys.test.ts).
    expect(serializeDocument({ ...withDealId(copy, RICH.deal.id), deal: RICH.deal })).toBe(serializeDocument(RICH));
    expect(expectLoaded(await repository.loadDeal('d-rich'))).toEqual(RICH);
    expect(await repository.duplicateDeal('nope', { newId: 'x', name: 'x' })).toEqual({
      status: 'missing',
      dealId: 'nope',
    });
  });

  it('replacing a deal rewrites everything, drops rows the new document lacks, and undeletes it', async () => {
    const { repository, db } = setup();
    await repository.createDeal(RICH);
    await repository.deleteDeal('d-rich');
    const replacement = makeDocument({ deal: { id: 'd-rich', name: 'Imported' }, stakeholders: [person('s-1')] });
    await repository.replaceDeal(replacement);
    expect(expectLoaded(await repository.loadDeal('d-rich'))).toEqual(replacement);
    expect(await db.stakeholders.count()).toBe(1);
    expect(await db.relationships.count()).toBe(0);
    expect((await repository.getSummary('d-rich'))?.deletedAt).toBeNull();
  });

  it('imports a document under its own id, or a new one when that is taken', async () => {
    const ids = ['d-new-1', 'd-new-2'];
    const { repository } = setup({ newDealId: () => ids.shift()! });
    const first = await repository.importDocument(RICH);
    expect(first.dealId).toBe('d-rich');
    const second = await repository.importDocument(RICH);
    expect(second.dealId).toBe('d-new-1');
    expect(second.document.deal).toEqual({ ...RICH.deal, id: 'd-new-1' });
    expect(expectLoaded(await repository.loadDeal('d-new-1'))).toEqual(second.document);
    expect(expectLoaded(await repository.loadDeal('d-rich'))).toEqual(RICH);
  });
});

describe('DealRepository: a damaged database', () => {
  async function stored() {
    const context = setup();
    await context.repository.createDeal(RICH);
    return context;
  }

  it('a missing person row is a problem at its place, not a shorter document', async () => {
    const { repository, db } = await stored();
    await db.stakeholders.delete(['d-rich', 's-1']);
    expect(await expectCorrupt(repository, 'd-rich')).toEqual([
      { path: ['stakeholders', 1], code: 'required', params: {} },
    ]);
  });

  it('a row with a bad value is reported with its path, as for a file', async () => {
    const { repository, db } = await stored();
    const row = (await db.stakeholders.get(['d-rich', 's-2']))!;
    await db.stakeholders.put({ ...row, data: { ...row.data, attitude: 'hostile' as never } });
    const problems = await expectCorrupt(repository, 'd-rich');
    expect(problems).toEqual([expect.objectContaining({ path: ['stakeholders', 2, 'attitude'], code: 'not_one_of' })]);
  });

  it('a row that is not an object, a missing deal row, a damaged order', async () => {
    const { repository, db } = await stored();
    const row = (await db.relationships.get(['d-rich', 'r-1']))!;
    await db.relationships.put({ ...row, data: 'garbage' as never });
    expect((await expectCorrupt(repository, 'd-rich'))[0]).toMatchObject({
      path: ['relationships', 1],
      code: 'wrong_type',
    });

    const data = (await db.dealData.get('d-rich'))!;
    await db.dealData.put({ ...data, order: { ...data.order, people: 'nope' as never } });
    expect(await expectCorrupt(repository, 'd-rich')).toEqual([expect.objectContaining({ path: [], code: 'invalid' })]);

    await db.dealData.delete('d-rich');
    expect(await expectCorrupt(repository, 'd-rich')).toEqual([{ path: ['deal'], code: 'required', params: {} }]);
  });

  it('a row stored under another id, a deal row for another deal', async () => {
    const { repository, db } = await stored();
    const row = (await db.team.get(['d-rich', 't-1']))!;
    await db.team.put({ ...row, data: { ...row.data, id: 't-9' } });
    expect(await expectCorrupt(repository, 'd-rich')).toContainEqual(
      expect.objectContaining({ path: ['team', 1, 'id'], code: 'invalid' }),
    );
    await db.team.put(row);
    const data = (await db.dealData.get('d-rich'))!;
    await db.dealData.put({ ...data, deal: { ...data.deal, id: 'other' } });
    expect(await expectCorrupt(repository, 'd-rich')).toEqual([
      expect.objectContaining({ path: ['deal', 'id'], code: 'invalid' }),
    ]);
  });

  it('a `__proto__` key smuggled into a row is refused, not merged', async () => {
    const { repository, db } = await stored();
    const data = (await db.dealData.get('d-rich'))!;
    const head = JSON.parse('{"format":"powermap","version":1,"__proto__":{"polluted":true}}') as Record<
      string,
      unknown
    >;
    await db.dealData.put({ ...data, head });
    expect(await expectCorrupt(repository, 'd-rich')).toEqual([expect.objectContaining({ code: 'forbidden_key' })]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('rows no list names are not part of the document', async () => {
    const { repository, db } = await stored();
    await db.stakeholders.put({ dealId: 'd-rich', id: 'stray', data: person('stray') });
    expect(expectLoaded(await repository.loadDeal('d-rich'))).toEqual(RICH);
  });

  it('saving a deal whose deal row is lost writes it whole, which repairs it', async () => {
    const { repository, db } = await stored();
    await db.dealData.delete('d-rich');
    const { doc, changes } = edit(RICH, (s) => s.apply(updatePeople(['s-1'], { notes: 'x' })));
    await repository.saveChanges(doc, changes);
    expect(expectLoaded(await repository.loadDeal('d-rich'))).toEqual(doc);
  });

  it('a database that cannot be read gives an error result with its kind', async () => {
    const { repository, db } = await stored();
    db.close();
    const result = await repository.loadDeal('d-rich');
    expect(result).toMatchObject({
      status: 'error',
      dealId: 'd-rich',
      error: { kind: 'blocked', name: 'DatabaseClosedError' },
    });
  });

  it('a missing deal is missing', async () => {
    const { repository } = setup();
    expect(await repository.loadDeal('nope')).toEqual({ status: 'missing', dealId: 'nope' });
  });
});
