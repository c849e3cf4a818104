/// <reference lib="dom" />
/**
 * A deal stored under another id than its file's (an import whose id is taken, a
 * duplicate) must carry that id everywhere: in its rows, in its summary and inside every
 * snapshot. A snapshot that kept the old id would, once restored, put the old id back on
 * the current map, and the next save would write over the other deal.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { restoreSnapshot } from '../../../shared/history';
import type { PowermapDocument } from '../../../shared/document';
import type { PowermapDatabase } from '../../../renderer/persistence/db';
import { makeDocument, person, snapshot } from '../../support/builders';
import { openRepository } from './helpers';

const open: PowermapDatabase[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) {
    db.close();
    await db.delete();
  }
});

function withHistory(): PowermapDocument {
  const doc = makeDocument({ deal: { id: 'd-file', name: 'Imported' }, stakeholders: [{ id: 's-1', name: 'Wang' }] });
  return {
    ...doc,
    history: [
      snapshot('h-1', '2026-11-01T09:00:00Z', { deal: doc.deal, label: 'first' }),
      snapshot('h-2', '2026-11-02T09:00:00Z', { deal: doc.deal, stakeholders: [person('s-1')] }),
    ],
  };
}

describe('a deal stored under a new id', () => {
  it('an import whose id is taken uses the new id inside every snapshot too', async () => {
    const ids = ['d-new'];
    const { db, repository } = openRepository({ newDealId: () => ids.shift()! });
    open.push(db);
    await repository.importDocument(withHistory());
    const second = await repository.importDocument(withHistory());
    expect(second.dealId).toBe('d-new');

    const loaded = await repository.loadDeal('d-new');
    if (loaded.status !== 'ok') throw new Error(loaded.status);
    expect(loaded.document.deal.id).toBe('d-new');
    expect(loaded.document.history.map((h) => h.deal.id)).toEqual(['d-new', 'd-new']);
    // Stored under the new id: its Y.Doc's log, and nothing under the first deal's id but its own.
    expect(await db.dealDocs.where('dealId').equals('d-new').count()).toBe(1);
    expect(await db.dealDocs.where('dealId').equals('d-file').count()).toBe(1);
    expect((await repository.getSummary('d-new'))?.id).toBe('d-new');

    // Restoring one of its snapshots keeps the deal where it is.
    const restored = restoreSnapshot(loaded.document, 'h-1', {
      id: 'h-3',
      takenAt: '2026-11-27T09:00:00Z',
      label: 'x',
    });
    expect(restored.deal.id).toBe('d-new');
    // The first import is untouched.
    const original = await repository.loadDeal('d-file');
    if (original.status !== 'ok') throw new Error(original.status);
    expect(original.document.history.map((h) => h.deal.id)).toEqual(['d-file', 'd-file']);
  });

  it('a duplicate uses its new id inside every snapshot', async () => {
    const { db, repository } = openRepository();
    open.push(db);
    await repository.createDeal(withHistory());
    const copy = await repository.duplicateDeal('d-file', { newId: 'd-copy', name: 'Copy' });
    if (copy.status !== 'ok') throw new Error(copy.status);
    const loaded = await repository.loadDeal('d-copy');
    if (loaded.status !== 'ok') throw new Error(loaded.status);
    expect(loaded.document.history.map((h) => h.deal.id)).toEqual(['d-copy', 'd-copy']);
    // A snapshot keeps its own deal name: only the id, which says where the deal is stored, changes.
    expect(loaded.document.history.map((h) => h.deal.name)).toEqual(['Imported', 'Imported']);
  });
});
