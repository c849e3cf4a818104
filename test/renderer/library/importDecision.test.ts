/// <reference lib="dom" />
/** Importing a file whose deal is already in the library: replace keeps everything, new is consistent, cancel is nothing. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PowermapDocument } from '../../../shared/document';
import { mapContentOf, restoreSnapshot } from '../../../shared/history';
import type { PowermapDatabase } from '../../../renderer/persistence/db';
import type { DealRepository, LoadResult } from '../../../renderer/persistence/repository';
import {
  importWithDecision,
  type ImportChoice,
  type ImportDecisionDeps,
} from '../../../renderer/library/importDecision';
import { openDealDoc } from '../../../renderer/persistence/dealDoc';
import { makeDocument, person, snapshot } from '../../support/builders';
import { countWrites, openDatabase, openRepository } from '../persistence/helpers';

const open: PowermapDatabase[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) {
    db.close();
    await db.delete();
  }
});

const DEAL = { id: 'd-1', name: 'Lab systems' };

/** The deal as the library has it: two people, one snapshot. */
function stored(): PowermapDocument {
  const doc = makeDocument({
    deal: DEAL,
    stakeholders: [
      { id: 's-1', name: 'Wang Wei', attitude: 'neutral' },
      { id: 's-2', name: 'Li Ming' },
    ],
  });
  return { ...doc, history: [snapshot('h-a', '2026-11-01T09:00:00Z', { deal: doc.deal, label: 'first visit' })] };
}

/** The same deal's file, from a colleague: another map, the shared snapshot, one of its own and one whose id clashes. */
function file(): PowermapDocument {
  const doc = makeDocument({
    deal: { ...DEAL, name: 'Lab systems (from Anna)' },
    stakeholders: [{ id: 's-9', name: 'Zhou Yu', attitude: 'champion' }],
  });
  const shared = stored().history[0]!;
  return {
    ...doc,
    history: [
      shared,
      snapshot('h-b', '2026-11-05T09:00:00Z', { deal: doc.deal, label: 'Anna’s visit' }),
      snapshot('h-c', '2026-11-03T09:00:00Z', { deal: doc.deal, label: 'clash', stakeholders: [person('s-7')] }),
    ],
  };
}

async function setup(choice: ImportChoice) {
  const db = openDatabase();
  open.push(db);
  const ids = ['h-new-1', 'h-new-2', 'h-new-3'];
  const deals = ['d-fresh'];
  const { repository } = openRepository({ db, newDealId: () => deals.shift()! });
  const existing = stored();
  // The deal's own "h-c" is another snapshot than the file's.
  const withClash = {
    ...existing,
    history: [...existing.history, snapshot('h-c', '2026-11-02T09:00:00Z', { deal: existing.deal, label: 'mine' })],
  };
  await repository.createDeal(withClash);
  const calls: string[] = [];
  const deps: ImportDecisionDeps = {
    repository: tracked(repository, calls),
    ask: vi.fn(() => Promise.resolve(choice)),
    lang: 'en',
    now: () => new Date('2026-11-27T09:00:00Z'),
    newSnapshotId: () => ids.shift()!,
    beforeReplace: (dealId) => {
      calls.push(`beforeReplace ${dealId}`);
      return Promise.resolve();
    },
  };
  return { db, repository, deps, calls, existing: withClash };
}

/** The repository, logging which reads and writes the decision makes, in order. */
function tracked(repository: DealRepository, calls: string[]): ImportDecisionDeps['repository'] {
  return {
    getSummary: (id) => repository.getSummary(id),
    loadDeal: (id) => (calls.push(`loadDeal ${id}`), repository.loadDeal(id)),
    replaceDeal: (doc) => (calls.push(`replaceDeal ${doc.deal.id}`), repository.replaceDeal(doc)),
    importDocument: (doc) => (calls.push(`importDocument ${doc.deal.id}`), repository.importDocument(doc)),
  };
}

function loaded(result: LoadResult): PowermapDocument {
  if (result.status !== 'ok') throw new Error(`expected the deal to load, got ${result.status}`);
  return result.document;
}

describe('importing a file whose deal is in the library', () => {
  it('replace: the current map is kept as "Before import", the file’s map is current, no snapshot is lost', async () => {
    const { repository, deps, calls, existing } = await setup('replace');
    const outcome = await importWithDecision(file(), deps);
    expect(outcome.status).toBe('replaced');
    expect(deps.ask).toHaveBeenCalledWith(expect.objectContaining({ id: 'd-1', name: 'Lab systems' }));
    expect(calls).toEqual(['beforeReplace d-1', 'loadDeal d-1', 'replaceDeal d-1']);

    const doc = loaded(await repository.loadDeal('d-1'));
    expect(doc.stakeholders.map((p) => p.name)).toEqual(['Zhou Yu']);
    expect(doc.deal.name).toBe('Lab systems (from Anna)');
    expect((await repository.listDeals()).map((d) => d.id)).toEqual(['d-1']);
    // Oldest first: the shared one once, both "h-c"s (the file's under a fresh id), the file's own, then the kept map.
    expect(doc.history.map((h) => [h.id, h.label])).toEqual([
      ['h-a', 'first visit'],
      ['h-c', 'mine'],
      ['h-new-2', 'clash'],
      ['h-b', 'Anna’s visit'],
      ['h-new-1', 'Before import'],
    ]);
    expect(doc.history.every((h) => h.deal.id === 'd-1')).toBe(true);
    const before = doc.history.at(-1)!;
    expect(before.takenAt.slice(0, 10)).toBe('2026-11-27');
    expect(mapContentOf(before)).toEqual(mapContentOf(existing));

    // Restoring it brings the old map back.
    const restored = restoreSnapshot(doc, 'h-new-1', { id: 'h-r', takenAt: '2026-11-27T10:00:00Z', label: 'r' });
    expect(mapContentOf(restored)).toEqual(mapContentOf(existing));
  });

  it('new deal: a fresh id in the document, its summary, its rows and every snapshot; the old deal untouched', async () => {
    const { db, repository, deps, existing } = await setup('new');
    const outcome = await importWithDecision(file(), deps);
    expect(outcome).toMatchObject({ status: 'created', dealId: 'd-fresh' });

    const fresh = loaded(await repository.loadDeal('d-fresh'));
    expect(fresh.deal.id).toBe('d-fresh');
    expect(fresh.history.map((h) => h.deal.id)).toEqual(['d-fresh', 'd-fresh', 'd-fresh']);
    expect((await repository.getSummary('d-fresh'))?.name).toBe('Lab systems (from Anna)');
    expect(await db.dealDocs.where('dealId').equals('d-fresh').count()).toBe(1);
    expect(loaded(await repository.loadDeal('d-1'))).toEqual(existing);
    expect((await repository.listDeals()).map((d) => d.id).sort()).toEqual(['d-1', 'd-fresh']);
  });

  it('cancel: nothing is written', async () => {
    const { db, repository, deps, calls, existing } = await setup('cancel');
    const writes = countWrites(db);
    const outcome = await importWithDecision(file(), deps);
    expect(outcome).toEqual({ status: 'cancelled' });
    expect(calls).toEqual([]);
    expect(writes.total()).toBe(0);
    expect(loaded(await repository.loadDeal('d-1'))).toEqual(existing);
  });

  it('a file whose deal is not in the library (or only in the bin) is imported without asking', async () => {
    const { repository, deps } = await setup('replace');
    const other = { ...file(), deal: { ...file().deal, id: 'd-2' } };
    expect(await importWithDecision(other, deps)).toMatchObject({ status: 'created', dealId: 'd-2' });
    await repository.deleteDeal('d-1');
    expect(await importWithDecision(file(), deps)).toMatchObject({ status: 'created', dealId: 'd-fresh' });
    expect(deps.ask).not.toHaveBeenCalled();
  });

  it('replace over a deal that cannot be read whole: the file becomes a new deal, the stored one is left alone', async () => {
    const { db, repository, deps } = await setup('replace');
    const damage = await openDealDoc(db, 'd-1', { channelName: null });
    damage.ydoc.getMap('people').set('s-1', null);
    await damage.close();
    const stored = await db.dealDocs.where('dealId').equals('d-1').toArray();
    const outcome = await importWithDecision(file(), deps);
    expect(outcome).toMatchObject({ status: 'created', dealId: 'd-fresh', unreadable: true });
    expect((await repository.loadDeal('d-1')).status).toBe('corrupt');
    expect(await db.dealDocs.where('dealId').equals('d-1').toArray()).toEqual(stored);
  });
});
