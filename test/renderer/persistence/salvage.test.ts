/**
 * A damaged local record never locks the user out of a deal (issue 11): rows damaged behind
 * the app's back still give the strict problems, and beside them the deal as the salvage
 * reader opens it; the repair, one edit, stores the deal as shown.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { describeSetAside } from '../../../shared/collab/wording';
import { parseDocument, type PowermapDocument } from '../../../shared/document';
import { changeSet } from '../../../renderer/editor/changeSet';
import { updatePeople } from '../../../renderer/editor/commands/people';
import { EditorStore } from '../../../renderer/editor/store';
import { repairEdit } from '../../../renderer/deal/repairEdit';
import type { DealRepository } from '../../../renderer/persistence/repository';
import { makeDocument, member, person, relationship } from '../../support/builders';
import { openRepository } from './helpers';

const DEAL: PowermapDocument = makeDocument({
  deal: { id: 'd-1', name: 'Core banking upgrade' },
  team: [member('t-1', { name: 'Li Na' })],
  stakeholders: [
    person('s-1', { name: '副总', attitude: 'supporter', ownerId: 't-1' }),
    person('s-2', { name: 'Wang Wei' }),
    person('s-3', { name: 'Chen' }),
  ],
  relationships: [relationship('r-1', 'reports-to', 's-2', 's-1'), relationship('r-2', 'influences', 's-3', 's-1')],
});

async function damaged() {
  const context = openRepository();
  await context.repository.createDeal(DEAL);
  const { db } = context;
  // Behind the app's back: a person row set to null, an unknown attitude.
  const chen = (await db.stakeholders.get(['d-1', 's-3']))!;
  await db.stakeholders.put({ ...chen, data: null as never });
  const boss = (await db.stakeholders.get(['d-1', 's-1']))!;
  await db.stakeholders.put({ ...boss, data: { ...boss.data, attitude: 'friendly' as never } });
  return context;
}

async function salvaged(repository: DealRepository) {
  const result = await repository.loadDeal('d-1');
  if (result.status !== 'corrupt' || !result.salvaged)
    throw new Error(`expected a salvaged deal, got ${result.status}`);
  return result;
}

describe('a deal with damaged rows', () => {
  it('opens with what is valid, the damaged parts set aside with their raw values and named in words', async () => {
    const { repository } = await damaged();
    const result = await salvaged(repository);
    // The strict reader's problems are still there, for a file export or a support case.
    expect(result.problems.length).toBeGreaterThan(0);
    const { document, setAside } = result.salvaged!;
    expect(parseDocument(JSON.parse(JSON.stringify(document))).ok).toBe(true);
    expect(document.stakeholders.map((p) => [p.id, p.attitude])).toEqual([
      ['s-1', 'unknown'],
      ['s-2', 'unknown'],
    ]);
    expect(document.relationships.map((r) => r.id)).toEqual(['r-1']);
    expect(setAside.map((p) => [p.entity, p.field, p.value])).toEqual([
      ['person', 'attitude', 'friendly'],
      ['person', null, null],
      ['line', null, DEAL.relationships[1]],
    ]);
    expect(setAside.map((p) => describeSetAside(p, 'en'))).toEqual([
      '“副总”: attitude held “friendly”, which is not a valid value; shown as unknown.',
      'A person: the record could not be read (it holds nothing), so it is left out of the map.',
      'The line s-3 → 副总 names a person who is not on the map (removed?), so it is left out.',
    ]);
  });

  it('an edit before the repair keeps the rows set aside: the deal reopens with them set aside again', async () => {
    const { repository, db } = await damaged();
    const { salvaged: open } = await salvaged(repository);
    const store = new EditorStore(open!.document);
    const before = store.getState().doc;
    store.apply(updatePeople(['s-2'], { title: 'CIO' }));
    const after = store.getState().doc;
    await repository.saveChanges(after, changeSet(before, after));
    // The null row and the line to it are still stored, and still set aside; the edit is there.
    expect(await db.relationships.get(['d-1', 'r-2'])).toMatchObject({ data: DEAL.relationships[1] });
    expect(await db.stakeholders.get(['d-1', 's-3'])).toMatchObject({ data: null });
    const again = await salvaged(repository);
    expect(again.salvaged!.document.stakeholders[1]).toMatchObject({ id: 's-2', title: 'CIO' });
    expect(again.salvaged!.setAside.map((p) => p.reason)).toEqual(['invalid_value', 'unreadable', 'unknown_person']);
  });

  it('the repair, one edit through the saver’s path, stores the deal as shown; it then loads whole', async () => {
    const { repository, db } = await damaged();
    const { salvaged: open } = await salvaged(repository);
    repository.releaseSetAside('d-1');
    const store = new EditorStore(open!.document);
    const before = store.getState().doc;
    expect(store.apply(repairEdit(open!.setAside))).toBe(true);
    const after = store.getState().doc;
    expect(after).toEqual(before);
    await repository.saveChanges(after, changeSet(before, after));
    const loaded = await repository.loadDeal('d-1');
    expect(loaded.status).toBe('ok');
    if (loaded.status === 'ok') expect(loaded.document).toEqual(open!.document);
    expect(await db.stakeholders.get(['d-1', 's-3'])).toBeUndefined();
    expect(await db.relationships.get(['d-1', 'r-2'])).toBeUndefined();
    // One undo step.
    expect(store.undo()).toBe(true);
    expect(store.getState().canUndo).toBe(false);
  });

  it('a lost deal row or a damaged order still opens, under the library’s name', async () => {
    const { repository, db } = await damaged();
    await db.dealData.delete('d-1');
    const { salvaged: open } = await salvaged(repository);
    expect(open!.document.deal).toMatchObject({ id: 'd-1', name: 'Core banking upgrade' });
    expect(open!.document.stakeholders.map((p) => p.id).sort()).toEqual(['s-1', 's-2']);
  });
});
