import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MAX_TRAIL_ENTRIES, documentToYDoc, listTrail, type Actor } from '../../../shared/collab';
import { deletePeople, updatePeople } from '../../../renderer/editor/commands/people';
import { EditorStore } from '../../../renderer/editor/store';
import { adoptDocument, putBackValue, restoreDeletedPerson } from '../../../renderer/history/trailEdits';
import { TRAIL_PAGE, trailFilterChoices, trailView } from '../../../renderer/history/trailModel';
import { AutoSaver } from '../../../renderer/persistence/autosave';
import type { DealDocHandle } from '../../../renderer/persistence/dealDoc';
import { EditorLink } from '../../../renderer/persistence/editorLink';
import type { PowermapDocument } from '../../../shared/document';
import { makeDocument, person, relationship } from '../../support/builders';

const LI: Actor = { id: 'u-li', name: 'Li Wei' };
const ZHOU: Actor = { id: 'u-zhou', name: 'Zhou Min' };
/** Local times: the view groups and words by the user's local day and clock. */
const local = (day: number, hour: number, minute: number) => () => new Date(2026, 11, day, hour, minute);
const TODAY = '2026-12-02';

function base(): PowermapDocument {
  return makeDocument({
    stakeholders: [person('s-1', { name: '副总', attitude: 'neutral' }), person('s-2', { name: 'Wang Fang' })],
    relationships: [relationship('r-1', 'reports-to', 's-2', 's-1')],
  });
}

/** A deal's Y.Doc as the app opens it, without the database: writing is the stored handle's concern. */
function memoryHandle(ydoc: Y.Doc): DealDocHandle {
  return {
    dealId: ydoc.guid,
    ydoc,
    existed: true,
    damagedRows: 0,
    loadedSeq: undefined,
    windowOrigin: {},
    persistNow: () => undefined,
    whenPersisted: () => Promise.resolve(),
    pendingLocalUpdates: () => 0,
    setSummary: () => undefined,
    flush: () => Promise.resolve(),
    close: () => Promise.resolve(),
  };
}

/** One user's app: an editor linked to the deal's Y.Doc by the app's own link and autosaver. */
function site(actor: Actor, ydoc: Y.Doc, clock: { now: () => Date }) {
  const store = new EditorStore(base());
  const link = new EditorLink(memoryHandle(ydoc), store, { actor: () => actor, now: () => clock.now() });
  link.attach();
  new AutoSaver(store, link).attach();
  return { store, ydoc };
}

/** Lets the links read what reached their Y.Doc (they read once per microtask). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const REMOTE = Symbol('remote');

/** Two replicas of one deal over a connection that can be cut: updates flow both ways while online. */
function twoSites() {
  const clock = { now: local(2, 10, 42) };
  const a = documentToYDoc(base(), LI);
  const b = new Y.Doc({ guid: a.guid });
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a), REMOTE);
  const link = { online: true };
  const forward = (to: Y.Doc) => (update: Uint8Array, origin: unknown) => {
    if (origin !== REMOTE && link.online) Y.applyUpdate(to, update, REMOTE);
  };
  a.on('update', forward(b));
  b.on('update', forward(a));
  const sync = () => {
    link.online = true;
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), REMOTE);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), REMOTE);
  };
  return { li: site(LI, a, clock), zhou: site(ZHOU, b, clock), link, sync, clock };
}

const attitudeOf = (store: EditorStore, id: string) =>
  store.getState().doc.stakeholders.find((p) => p.id === id)?.attitude;

describe('the trail view', () => {
  it('lists the entries newest first, grouped by local day, worded in both languages with who and when', async () => {
    const { li, zhou, clock } = twoSites();
    clock.now = local(1, 9, 5);
    li.store.apply(updatePeople(['s-2'], { title: 'CFO' }));
    clock.now = local(2, 10, 42);
    li.store.apply(updatePeople(['s-1'], { attitude: 'supporter' }));
    await settle();
    // Li's edit reached Zhou's editor through the Y.Doc, with its trail.
    expect(attitudeOf(zhou.store, 's-1')).toBe('supporter');

    const en = trailView(zhou.ydoc, listTrail(zhou.ydoc), { lang: 'en', today: TODAY });
    expect(en.days.map((d) => d.label)).toEqual(['Today', 'Yesterday']);
    const [today, yesterday] = en.days;
    expect(today!.rows[0]).toMatchObject({ who: 'Li Wei', what: 'set 副总’s attitude to supporter', time: '10:42' });
    expect(yesterday!.rows[0]).toMatchObject({ who: 'Li Wei', time: '09:05' });
    expect(yesterday!.rows[0]!.what).toContain('Wang Fang');

    const zh = trailView(zhou.ydoc, listTrail(zhou.ydoc), { lang: 'zh-CN', today: TODAY });
    expect(zh.days.map((d) => d.label)).toEqual(['今天', '昨天']);
    expect(zh.days[0]!.rows[0]!.what).toBe('将副总的态度设为支持者');
    // Nothing was overwritten: nothing to put back.
    expect(en.days.flatMap((d) => d.rows).some((r) => r.overwritten)).toBe(false);
  });

  it('narrows to one person or one teammate, and offers both as choices', () => {
    const { li, zhou } = twoSites();
    li.store.apply(updatePeople(['s-1'], { attitude: 'supporter' }));
    zhou.store.apply(updatePeople(['s-2'], { title: 'CFO' }));
    const entries = listTrail(li.ydoc);
    const onePerson = trailView(li.ydoc, entries, { lang: 'en', today: TODAY, filter: { personId: 's-2' } });
    expect(onePerson.total).toBe(1);
    expect(onePerson.days[0]!.rows[0]!.who).toBe('Zhou Min');
    const oneTeammate = trailView(li.ydoc, entries, { lang: 'en', today: TODAY, filter: { actorId: 'u-li' } });
    expect(oneTeammate.days.flatMap((d) => d.rows).map((r) => r.entry.entityId)).toEqual(['s-1']);
    const nobody = trailView(li.ydoc, entries, {
      lang: 'en',
      today: TODAY,
      filter: { personId: 's-2', actorId: 'u-li' },
    });
    expect(nobody).toMatchObject({ total: 0, shown: 0, days: [] });
    expect(trailFilterChoices(entries)).toEqual({
      people: [
        { id: 's-2', name: 'Wang Fang' },
        { id: 's-1', name: '副总' },
      ],
      actors: [
        { id: 'u-li', name: 'Li Wei' },
        { id: 'u-zhou', name: 'Zhou Min' },
      ],
    });
  });

  it('words only a page of a full trail of 5,000 entries, the newest', () => {
    const ydoc = documentToYDoc(base(), LI);
    const entries = Array.from({ length: MAX_TRAIL_ENTRIES }, (_, i) => ({
      at: new Date(2026, 11, 2, 8, 0, i).toISOString(),
      actorId: LI.id,
      actorName: LI.name,
      action: 'set' as const,
      entity: 'person' as const,
      entityId: 's-1',
      name: '副总',
      field: 'notes',
      value: `note ${i}`,
    }));
    const view = trailView(ydoc, entries, { lang: 'en', today: TODAY });
    expect(view).toMatchObject({ total: MAX_TRAIL_ENTRIES, shown: TRAIL_PAGE });
    const rows = view.days.flatMap((d) => d.rows);
    expect(rows).toHaveLength(TRAIL_PAGE);
    expect(rows[0]!.entry.value).toBe(`note ${MAX_TRAIL_ENTRIES - 1}`);
    expect(trailView(ydoc, entries, { lang: 'en', today: TODAY, limit: 2 * TRAIL_PAGE }).shown).toBe(2 * TRAIL_PAGE);
  });
});

describe('putting back an overwritten value', () => {
  it('finds the value lost to a concurrent edit and puts it back as one undoable edit that reaches the other replica', async () => {
    const { li, zhou, link, sync, clock } = twoSites();
    link.online = false;
    li.store.apply(updatePeople(['s-1'], { attitude: 'supporter' }));
    zhou.store.apply(updatePeople(['s-1'], { attitude: 'blocker' }));
    sync();
    await settle();
    const winner = attitudeOf(li.store, 's-1');
    expect(attitudeOf(zhou.store, 's-1')).toBe(winner);
    const loser = winner === 'supporter' ? 'blocker' : 'supporter';

    const rows = trailView(li.ydoc, listTrail(li.ydoc), { lang: 'en', today: TODAY }).days.flatMap((d) => d.rows);
    const lost = rows.filter((r) => r.overwritten);
    expect(lost.map((r) => r.entry.value)).toEqual([loser]);

    clock.now = local(2, 11, 0);
    expect(putBackValue(li.store, li.ydoc, lost[0]!.entry, LI, clock.now)).toBe(true);
    expect(attitudeOf(li.store, 's-1')).toBe(loser);
    await settle();
    expect(attitudeOf(zhou.store, 's-1')).toBe(loser);
    // One step: the trail records it by Li, and nothing else changed object.
    const last = listTrail(li.ydoc).at(-1)!;
    expect(last).toMatchObject({ actorId: 'u-li', action: 'set', field: 'attitude', value: loser, previous: winner });
    expect(putBackValue(li.store, li.ydoc, lost[0]!.entry, LI)).toBe(false);

    // One undo takes back the put-back, and only it.
    expect(li.store.undo()).toBe(true);
    expect(attitudeOf(li.store, 's-1')).toBe(winner);
    await settle();
    expect(attitudeOf(li.store, 's-1')).toBe(winner);
    expect(attitudeOf(zhou.store, 's-1')).toBe(winner);
  });

  it('does nothing during a what-if, whose changes may yet be dropped', async () => {
    const { li, zhou, link, sync } = twoSites();
    link.online = false;
    li.store.apply(updatePeople(['s-1'], { attitude: 'supporter' }));
    zhou.store.apply(updatePeople(['s-1'], { attitude: 'blocker' }));
    sync();
    await settle();
    const lost = trailView(li.ydoc, listTrail(li.ydoc), { lang: 'en', today: TODAY })
      .days.flatMap((d) => d.rows)
      .find((r) => r.overwritten)!;
    const before = listTrail(li.ydoc).length;
    li.store.startWhatIf();
    expect(putBackValue(li.store, li.ydoc, lost.entry, LI)).toBe(false);
    expect(listTrail(li.ydoc)).toHaveLength(before);
  });
});

describe('restoring a person deleted while edited elsewhere', () => {
  it('brings the person back with their lines as one undoable edit, recorded once', async () => {
    const { li, zhou, link, sync, clock } = twoSites();
    link.online = false;
    li.store.apply(deletePeople(['s-2']));
    zhou.store.apply(updatePeople(['s-2'], { title: 'CFO' }));
    sync();
    await settle();
    expect(li.store.getState().doc.stakeholders.map((p) => p.id)).toEqual(['s-1']);
    const trailBefore = listTrail(li.ydoc).length;

    clock.now = local(2, 11, 0);
    expect(restoreDeletedPerson(li.store, li.ydoc, 's-2', LI, clock.now)).toBe(true);
    const doc = li.store.getState().doc;
    expect(doc.stakeholders.find((p) => p.id === 's-2')?.title).toBe('CFO');
    expect(doc.relationships.map((r) => r.id)).toEqual(['r-1']);
    await settle();
    expect(zhou.store.getState().doc.stakeholders.map((p) => p.id)).toEqual(['s-1', 's-2']);
    // The person and the line restored, and no second "added" written back by the editor.
    expect(
      listTrail(li.ydoc)
        .slice(trailBefore)
        .map((e) => `${e.action} ${e.entity} ${e.entityId}`),
    ).toEqual(['restore person s-2', 'restore line r-1']);

    expect(li.store.undo()).toBe(true);
    expect(li.store.getState().doc.stakeholders.map((p) => p.id)).toEqual(['s-1']);
    await settle();
    expect(zhou.store.getState().doc.stakeholders.map((p) => p.id)).toEqual(['s-1']);
    expect(restoreDeletedPerson(li.store, li.ydoc, 's-1', LI)).toBe(false);
  });
});

describe('adoptDocument', () => {
  it('keeps every unchanged item as the same object, and the document itself when nothing changed', () => {
    const current = base();
    const copy = structuredClone(current);
    expect(adoptDocument(current, copy)).toBe(current);
    const next = { ...copy, stakeholders: copy.stakeholders.map((p) => (p.id === 's-1' ? { ...p, notes: 'x' } : p)) };
    const adopted = adoptDocument(current, next);
    expect(adopted.stakeholders[1]).toBe(current.stakeholders[1]);
    expect(adopted.stakeholders[0]).not.toBe(current.stakeholders[0]);
    expect(adopted.relationships).toBe(current.relationships);
    expect(adopted.deal).toBe(current.deal);
  });
});
