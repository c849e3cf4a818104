/// <reference lib="dom" />
/**
 * The editor's one path to a deal's Y.Doc (renderer/persistence/editorLink.ts): each edit
 * is written to the Y.Doc and the database; any other update reaches the editor as a remote
 * change that is not an undo step, is validated (damaged parts set aside, never a crash),
 * and leaves the undo of local edits working; two windows stay in step.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyDocumentToYDoc } from '../../../shared/collab/write';
import { listTrail } from '../../../shared/collab/trail';
import type { PowermapDocument } from '../../../shared/document';
import { updateDeal } from '../../../renderer/editor/commands/deal';
import { updatePeople } from '../../../renderer/editor/commands/people';
import type { PowermapDatabase } from '../../../renderer/persistence/db';
import type { DealDocHandle } from '../../../renderer/persistence/dealDoc';
import type { RemoteRead } from '../../../renderer/persistence/editorLink';
import { makeDocument, member, person, relationship } from '../../support/builders';
import { openDatabase, openEditor, openRepository, uniqueName } from './helpers';

const DOC: PowermapDocument = makeDocument({
  deal: { id: 'd-1', name: 'Core banking upgrade' },
  team: [member('t-1', { name: 'Li Na' })],
  stakeholders: [
    person('s-1', { name: '副总', attitude: 'neutral' }),
    person('s-2', { name: 'Wang Wei' }),
    person('s-3', { name: 'Chen' }),
  ],
  relationships: [relationship('r-1', 'reports-to', 's-2', 's-1')],
});

const dbs: PowermapDatabase[] = [];
const handles: DealDocHandle[] = [];
afterEach(async () => {
  for (const handle of handles.splice(0)) await handle.close().catch(() => undefined);
  for (const db of dbs.splice(0)) db.close();
});

async function setup(options: { dbName?: string; channel?: string | null } = {}) {
  const db = openDatabase(options.dbName);
  dbs.push(db);
  const { repository } = openRepository({ db, docChannelName: options.channel ?? null });
  if (!(await repository.getSummary('d-1'))) await repository.createDeal(DOC);
  const remote: RemoteRead[] = [];
  const editor = await openEditor(repository, 'd-1', { onRemote: (read) => remote.push(read) });
  handles.push(editor.handle);
  return { db, repository, remote, ...editor };
}

/** A change made on another replica (a teammate through a server), applied with the provider's origin. */
function fromTeammate(ydoc: Y.Doc, change: (doc: Y.Doc) => void): void {
  const other = new Y.Doc();
  Y.applyUpdate(other, Y.encodeStateAsUpdate(ydoc));
  const before = Y.encodeStateVector(other);
  change(other);
  Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(other, before), { provider: 'server' });
}

function personMap(ydoc: Y.Doc, id: string): Y.Map<unknown> {
  return ydoc.getMap<Y.Map<unknown>>('people').get(id)!;
}

const microtasks = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('EditorLink: edits out', () => {
  it('an edit is written to the Y.Doc at once, with its trail entry, and saved to the database', async () => {
    const { repository, store, handle, saver } = await setup();
    store.apply(updatePeople(['s-1'], { attitude: 'supporter' }));
    expect(personMap(handle.ydoc, 's-1').get('attitude')).toBe('supporter');
    expect(listTrail(handle.ydoc).map((e) => [e.action, e.field, e.value, e.actorName])).toEqual([
      ['set', 'attitude', 'supporter', 'Tester'],
    ]);
    expect(await saver.flush()).toBe(true);
    expect(handle.pendingLocalUpdates()).toBe(0);
    const loaded = await repository.loadDeal('d-1');
    expect(loaded.status === 'ok' && loaded.document).toEqual(store.getState().doc);
    expect((await repository.getSummary('d-1'))?.updatedAt).toBeDefined();
  });

  it('a what-if writes nothing until kept', async () => {
    const { store, handle } = await setup();
    const before = Y.encodeStateVector(handle.ydoc);
    store.startWhatIf();
    store.apply(updatePeople(['s-1'], { attitude: 'champion' }));
    expect(Y.encodeStateVector(handle.ydoc)).toEqual(before);
    store.keepWhatIf();
    expect(personMap(handle.ydoc, 's-1').get('attitude')).toBe('champion');
  });
});

describe('EditorLink: remote changes in', () => {
  it('a teammate’s change reaches the editor without an undo step; local undo still undoes only its own edit', async () => {
    const { store, handle, remote } = await setup();
    store.apply(updatePeople(['s-1'], { attitude: 'supporter' }));
    expect(store.getState().canUndo).toBe(true);

    fromTeammate(handle.ydoc, (doc) => personMap(doc, 's-2').set('title', 'CFO'));
    await microtasks();
    expect(remote).toHaveLength(1);
    expect(store.getState().doc.stakeholders[1]).toMatchObject({ id: 's-2', title: 'CFO' });
    expect(store.getState().doc.stakeholders[0]).toMatchObject({ attitude: 'supporter' });

    // Undo: the local edit goes, the teammate's change stays, in the editor and the Y.Doc.
    expect(store.undo()).toBe(true);
    await microtasks();
    expect(store.getState().doc.stakeholders[0]).toMatchObject({ attitude: 'neutral' });
    expect(store.getState().doc.stakeholders[1]).toMatchObject({ title: 'CFO' });
    expect(personMap(handle.ydoc, 's-1').get('attitude')).toBe('neutral');
    expect(personMap(handle.ydoc, 's-2').get('title')).toBe('CFO');
    expect(store.getState().canUndo).toBe(false);

    expect(store.redo()).toBe(true);
    await microtasks();
    expect(store.getState().doc.stakeholders[0]).toMatchObject({ attitude: 'supporter' });
    expect(store.getState().doc.stakeholders[1]).toMatchObject({ title: 'CFO' });
  });

  it('a remote change is persisted locally, and the editor’s own edits are not read back as remote', async () => {
    const { repository, store, handle, remote } = await setup();
    store.apply(updateDeal({ name: 'Local name' }));
    await microtasks();
    expect(remote).toHaveLength(0);
    fromTeammate(handle.ydoc, (doc) => doc.getMap('deal').set('account', 'First City Bank'));
    await handle.whenPersisted();
    await handle.close();
    handles.splice(0);
    const loaded = await repository.loadDeal('d-1');
    expect(loaded.status === 'ok' && loaded.document.deal).toMatchObject({
      name: 'Local name',
      account: 'First City Bank',
    });
  });

  it('a damaged remote update never crashes: the valid parts show, the damaged ones are set aside and reported', async () => {
    const { store, handle, remote } = await setup();
    fromTeammate(handle.ydoc, (doc) => {
      personMap(doc, 's-1').set('attitude', 'friendly');
      doc.getMap('people').set('s-3', null);
      personMap(doc, 's-2').set('influence', 300);
    });
    await microtasks();
    const { doc } = store.getState();
    expect(doc.stakeholders.map((p) => p.id)).toEqual(['s-1', 's-2']);
    expect(doc.stakeholders[0]!.attitude).toBe('unknown');
    expect(remote[0]!.setAside.map((part) => [part.entity, part.field ?? null, part.value])).toEqual(
      expect.arrayContaining([
        ['person', 'attitude', 'friendly'],
        ['person', null, null],
      ]),
    );
    // Still editable: an edit after it is written and read normally.
    expect(store.apply(updatePeople(['s-2'], { name: 'Wang Wei (CFO)' }))).toBe(true);
    expect(personMap(handle.ydoc, 's-2').get('name')).toBe('Wang Wei (CFO)');
  });

  it('a line left pointing at a person deleted elsewhere is left out, not a crash', async () => {
    const { store, handle } = await setup();
    // The teammate deletes Wang Wei; this replica's line r-1 still names him.
    const teammate = new Y.Doc();
    Y.applyUpdate(teammate, Y.encodeStateAsUpdate(handle.ydoc));
    const before = Y.encodeStateVector(teammate);
    const without = { ...DOC, stakeholders: DOC.stakeholders.filter((p) => p.id !== 's-2'), relationships: [] };
    applyDocumentToYDoc(teammate, without, { id: 'u-2', name: 'Wang' }, { previous: DOC });
    Y.applyUpdate(handle.ydoc, Y.encodeStateAsUpdate(teammate, before), 'server');
    await microtasks();
    expect(store.getState().doc.stakeholders.map((p) => p.id)).toEqual(['s-1', 's-3']);
    expect(store.getState().doc.relationships).toEqual([]);
  });

  it('during a what-if remote changes wait; they arrive when it ends', async () => {
    const { store, handle } = await setup();
    store.startWhatIf();
    store.apply(updatePeople(['s-1'], { attitude: 'champion' }));
    fromTeammate(handle.ydoc, (doc) => personMap(doc, 's-3').set('title', 'CIO'));
    await microtasks();
    expect(store.getState().doc.stakeholders[2]!.title).not.toBe('CIO');
    store.keepWhatIf();
    await microtasks();
    expect(store.getState().doc.stakeholders[0]!.attitude).toBe('champion');
    expect(store.getState().doc.stakeholders[2]!.title).toBe('CIO');
  });

  it('two windows on one deal stay in step, each edit written once', async () => {
    const dbName = uniqueName();
    const channel = uniqueName('doc-channel');
    const a = await setup({ dbName, channel });
    const b = await setup({ dbName, channel });
    a.store.apply(updatePeople(['s-1'], { attitude: 'champion' }));
    b.store.apply(updatePeople(['s-3'], { title: 'CIO' }));
    for (let i = 0; i < 100 && b.store.getState().doc.stakeholders[0]!.attitude !== 'champion'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    for (let i = 0; i < 100 && a.store.getState().doc.stakeholders[2]!.title !== 'CIO'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(a.store.getState().doc).toEqual(b.store.getState().doc);
    await a.saver.flush();
    await b.saver.flush();
    // Each window's edit is one log row, written by that window only (plus the deal's first row).
    expect(await a.db.dealDocs.where('dealId').equals('d-1').count()).toBe(3);
    // Each window can still undo its own edit.
    expect(a.store.getState().canUndo && b.store.getState().canUndo).toBe(true);
  });
});
