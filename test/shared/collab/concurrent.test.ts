import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  COALESCE_MS,
  MAX_TRAIL_ENTRIES,
  applyDocumentToYDoc,
  describeTrailEntry,
  documentToYDoc,
  listTrail,
  readDealFromYDoc,
  restorePerson,
  restoreValue,
  storedSnapshots,
  type Actor,
} from '../../../shared/collab';
import type { PowermapDocument, Stakeholder } from '../../../shared/document';
import { makeDocument, person, relationship } from '../../support/builders';

const LI: Actor = { id: 'u-li', name: 'Li Na' };
const ZHOU: Actor = { id: 'u-zhou', name: 'Zhou Min' };
const at = (minute: number) => () => new Date(Date.UTC(2026, 11, 2, 10, minute));

function base(): PowermapDocument {
  return makeDocument({
    stakeholders: [person('s-1', { name: '副总', attitude: 'neutral' }), person('s-2', { name: 'Wang Wei' })],
    relationships: [relationship('r-1', 'reports-to', 's-2', 's-1')],
  });
}

/** Two replicas of one deal, in step. */
function pair(doc = base()): [Y.Doc, Y.Doc] {
  const a = documentToYDoc(doc, LI);
  const b = new Y.Doc({ guid: doc.deal.id });
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  return [a, b];
}

function exchange(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB);
  Y.applyUpdate(a, toA);
}

function read(ydoc: Y.Doc) {
  const result = readDealFromYDoc(ydoc);
  if (!result.ok) throw new Error('refused');
  return result;
}

function editPerson(ydoc: Y.Doc, actor: Actor, id: string, patch: Partial<Stakeholder>, now = at(0)): void {
  const previous = read(ydoc).document;
  const next = { ...previous, stakeholders: previous.stakeholders.map((p) => (p.id === id ? { ...p, ...patch } : p)) };
  applyDocumentToYDoc(ydoc, next, actor, { previous, now });
}

describe('concurrent edits', () => {
  it('to different fields of one person both survive', () => {
    const [a, b] = pair();
    editPerson(a, LI, 's-1', { attitude: 'supporter' });
    editPerson(b, ZHOU, 's-1', { title: 'Vice president' });
    exchange(a, b);
    for (const ydoc of [a, b]) {
      expect(read(ydoc).document.stakeholders[0]).toMatchObject({ attitude: 'supporter', title: 'Vice president' });
    }
  });

  it('to the same field converge to one value, and the trail holds both, so the lost one can be put back', () => {
    const [a, b] = pair();
    editPerson(a, LI, 's-1', { attitude: 'supporter' }, at(1));
    editPerson(b, ZHOU, 's-1', { attitude: 'opponent' }, at(2));
    exchange(a, b);
    const kept = read(a).document.stakeholders[0]!.attitude;
    expect(read(b).document.stakeholders[0]!.attitude).toBe(kept);
    const sets = listTrail(a, { entityId: 's-1' }).filter((e) => e.field === 'attitude');
    expect(sets.map((e) => [e.actorName, e.value, e.previous])).toEqual([
      ['Li Na', 'supporter', 'neutral'],
      ['Zhou Min', 'opponent', 'neutral'],
    ]);
    expect(listTrail(b)).toEqual(listTrail(a));
    // Put back the value that lost.
    const lost = sets.find((e) => e.value !== kept)!;
    expect(restoreValue(b, lost, ZHOU, at(3))).toBe(true);
    exchange(a, b);
    expect(read(a).document.stakeholders[0]!.attitude).toBe(lost.value);
    expect(restoreValue(a, lost, LI)).toBe(false);
  });

  it('a person deleted on one replica while edited offline on another is listed and can be restored with its lines', () => {
    const [a, b] = pair();
    const before = read(a).document;
    applyDocumentToYDoc(a, { ...before, stakeholders: [before.stakeholders[1]!], relationships: [] }, LI, {
      previous: before,
      now: at(5),
    });
    editPerson(b, ZHOU, 's-1', { notes: 'Met at the fair; now our champion', attitude: 'champion' }, at(6));
    exchange(a, b);
    for (const ydoc of [a, b]) {
      const result = read(ydoc);
      expect(result.document.stakeholders.map((p) => p.id)).toEqual(['s-2']);
      expect(result.deletedButEdited).toEqual([
        {
          id: 's-1',
          name: '副总',
          deletedBy: { id: 'u-li', name: 'Li Na' },
          deletedAt: '2026-12-02T10:05:00.000Z',
          fields: ['attitude', 'notes'],
          editedBy: [{ id: ZHOU.id, name: 'Zhou Min' }],
        },
      ]);
    }
    expect(restorePerson(b, 's-1', ZHOU, at(7))).toBe(true);
    exchange(a, b);
    const restored = read(a).document;
    expect(restored.stakeholders.map((p) => [p.id, p.attitude])).toEqual([
      ['s-1', 'champion'],
      ['s-2', 'unknown'],
    ]);
    expect(restored.relationships.map((r) => r.id)).toEqual(['r-1']);
    expect(listTrail(a).map((e) => describeTrailEntry(e, 'en'))).toEqual([
      'deleted 副总',
      'deleted the line Wang Wei → 副总',
      'set 副总’s attitude to champion',
      'set 副总’s notes to “Met at the fair; now our champion”',
      'restored 副总',
      'restored the line Wang Wei → 副总',
    ]);
  });

  it('a person deleted after the other edit was seen is not listed', () => {
    const [a, b] = pair();
    editPerson(b, ZHOU, 's-1', { attitude: 'champion' });
    exchange(a, b);
    const before = read(a).document;
    applyDocumentToYDoc(a, { ...before, stakeholders: [before.stakeholders[1]!], relationships: [] }, LI, {
      previous: before,
    });
    exchange(a, b);
    expect(read(b).deletedButEdited).toEqual([]);
  });

  it('undo of a delete brings the same person back in the same place', () => {
    const [a] = pair();
    const before = read(a).document;
    const without = { ...before, stakeholders: [before.stakeholders[1]!], relationships: [] };
    applyDocumentToYDoc(a, without, LI, { previous: before });
    applyDocumentToYDoc(a, before, LI, { previous: without });
    expect(read(a).document).toEqual(before);
  });
});

describe('the activity trail', () => {
  it('words an entry in both languages', () => {
    const [a] = pair();
    editPerson(a, LI, 's-1', { attitude: 'supporter' });
    const [entry] = listTrail(a);
    expect(entry).toMatchObject({ actorName: 'Li Na', at: '2026-12-02T10:00:00.000Z' });
    expect(describeTrailEntry(entry!, 'en')).toBe('set 副总’s attitude to supporter');
    expect(describeTrailEntry(entry!, 'zh-CN')).toBe('将副总的态度设为支持者');
  });

  it('records the deal and additions, and lists one person’s entries', () => {
    const [a] = pair();
    const doc = read(a).document;
    const next = {
      ...doc,
      deal: { ...doc.deal, purchaseStage: 'design' as const },
      stakeholders: [...doc.stakeholders, person('s-3', { name: 'Liu' })],
    };
    applyDocumentToYDoc(a, next, LI, { previous: doc, now: at(1) });
    expect(listTrail(a).map((e) => describeTrailEntry(e, 'en'))).toEqual([
      'set the deal’s purchase stage to design',
      'added Liu',
    ]);
    expect(listTrail(a, { entityId: 's-3' }).map((e) => describeTrailEntry(e, 'zh-CN'))).toEqual(['添加了Liu']);
  });

  it('a person added then named by the same user soon after is one entry, “added” under the name', () => {
    const [a] = pair();
    const doc = read(a).document;
    const added = { ...doc, stakeholders: [...doc.stakeholders, person('s-3', { name: 'New person 1' })] };
    applyDocumentToYDoc(a, added, LI, { previous: doc, now: at(1) });
    editPerson(a, LI, 's-3', { name: '副' }, at(1));
    editPerson(a, LI, 's-3', { name: '副总' }, at(1));
    expect(listTrail(a).map((e) => describeTrailEntry(e, 'en'))).toEqual(['added 副总']);
    expect(listTrail(a).map((e) => describeTrailEntry(e, 'zh-CN'))).toEqual(['添加了副总']);
    // Renamed later, by someone else, or after another entry: a rename of its own.
    editPerson(a, ZHOU, 's-3', { name: '副总裁' }, at(2));
    editPerson(a, LI, 's-3', { name: '总裁' }, at(3));
    expect(listTrail(a).map((e) => describeTrailEntry(e, 'en'))).toEqual([
      'added 副总',
      'set 副总裁’s name to “副总裁”',
      'set 总裁’s name to “总裁”',
    ]);
  });

  it('a person added and named by another user, or much later, keeps both entries', () => {
    const [a] = pair();
    const doc = read(a).document;
    const added = { ...doc, stakeholders: [...doc.stakeholders, person('s-3', { name: 'New person 1' })] };
    applyDocumentToYDoc(a, added, LI, { previous: doc, now: at(1) });
    editPerson(a, LI, 's-3', { name: 'Liu' }, () => new Date(at(1)().getTime() + COALESCE_MS + 1));
    expect(listTrail(a).map((e) => e.action)).toEqual(['add', 'set']);
  });

  it('names the deal’s own name once: “renamed the deal to”', () => {
    const [a] = pair();
    const doc = read(a).document;
    applyDocumentToYDoc(a, { ...doc, deal: { ...doc.deal, name: 'Harbour Bank' } }, LI, { previous: doc, now: at(1) });
    const [entry] = listTrail(a);
    expect(describeTrailEntry(entry!, 'en')).toBe('renamed the deal to “Harbour Bank”');
    expect(describeTrailEntry(entry!, 'zh-CN')).toBe('将项目重命名为“Harbour Bank”');
  });

  it('words the sales step, the needs in writing and the position by their labels, in both languages', () => {
    const [a] = pair();
    const doc = read(a).document;
    const next = {
      ...doc,
      deal: {
        ...doc.deal,
        salesStep: 'discover-needs' as const,
        needsRecord: { date: '2026-12-01', text: 'Core system by Q3' },
        standing: { bestSupplier: null, scores: { brand: { ours: 6, best: 8 } } },
      },
    };
    applyDocumentToYDoc(a, next, LI, { previous: doc, now: at(1) });
    const en = listTrail(a).map((e) => describeTrailEntry(e, 'en'));
    expect(en).toContain('set the deal’s sales step to discover needs');
    expect(en.some((text) => text.startsWith('set the deal’s needs in writing to'))).toBe(true);
    // The position is worded by its labels, what changed only, never as its raw record.
    expect(en).toContain('changed the deal’s position against the best supplier: brand: ours 6, best 8');
    const zh = listTrail(a).map((e) => describeTrailEntry(e, 'zh-CN'));
    expect(zh.some((text) => text.startsWith('将本项目的销售步骤设为'))).toBe(true);
    expect(zh.some((text) => text.startsWith('将本项目的书面需求设为'))).toBe(true);
    expect(zh).toContain('修改了本项目的客户选择供应商的要素: 品牌: 我司 6, 业界最佳 8');
    expect([...en, ...zh].some((text) => text.includes('scores'))).toBe(false);

    // A second change names only the criterion that moved, and a named best supplier.
    const later = read(a).document;
    applyDocumentToYDoc(
      a,
      {
        ...later,
        deal: {
          ...later.deal,
          standing: { bestSupplier: 'Acme', scores: { brand: { ours: 6, best: 8 }, price: { ours: 4.5, best: null } } },
        },
      },
      LI,
      { previous: later, now: at(3) },
    );
    const last = listTrail(a).at(-1)!;
    expect(describeTrailEntry(last, 'en')).toBe(
      'changed the deal’s position against the best supplier: Best supplier: “Acme”; price: ours 4.5, best (none)',
    );
  });

  it('one person typing in a field within a minute is one entry, keeping the value from before', () => {
    const [a] = pair();
    editPerson(a, LI, 's-1', { notes: 'M' }, () => new Date(Date.UTC(2026, 0, 1, 0, 0, 0)));
    editPerson(a, LI, 's-1', { notes: 'Me' }, () => new Date(Date.UTC(2026, 0, 1, 0, 0, 10)));
    editPerson(a, LI, 's-1', { notes: 'Met' }, () => new Date(Date.UTC(2026, 0, 1, 0, 0, 20)));
    expect(listTrail(a).map((e) => [e.value, e.previous])).toEqual([['Met', '']]);
    editPerson(a, LI, 's-1', { notes: 'Met.' }, () => new Date(Date.UTC(2026, 0, 1, 0, 0, 20) + COALESCE_MS + 1));
    expect(listTrail(a)).toHaveLength(2);
  });

  it('keeps only the newest entries', () => {
    const [a] = pair();
    const stages = ['needs', 'design'] as const;
    for (let i = 0; i < MAX_TRAIL_ENTRIES + 10; i++) {
      const doc = read(a).document;
      applyDocumentToYDoc(a, { ...doc, deal: { ...doc.deal, purchaseStage: stages[i % 2]! } }, i % 2 ? LI : ZHOU, {
        previous: doc,
      });
    }
    expect(a.getArray('trail').length).toBe(MAX_TRAIL_ENTRIES);
  });
});

describe('snapshots', () => {
  const snapshotOf = (doc: PowermapDocument, id: string, label: string) => ({
    id,
    takenAt: '2026-12-01T09:00:00Z',
    label,
    deal: doc.deal,
    team: doc.team,
    stakeholders: doc.stakeholders,
    relationships: doc.relationships,
  });

  it('are records with their author, synced, and never overwritten', () => {
    const [a, b] = pair();
    const doc = read(a).document;
    const withSnapshot = { ...doc, history: [snapshotOf(doc, 'h-1', 'Before the visit')] };
    applyDocumentToYDoc(a, withSnapshot, LI, { previous: doc });
    exchange(a, b);
    const [stored] = storedSnapshots(b.getMap('snapshots'));
    expect(stored).toMatchObject({ id: 'h-1', author: LI, deleted: false });
    expect(read(b).document.history).toEqual(withSnapshot.history);
    // Another replica writes different content under the same id: refused, the record stays.
    const other = { ...withSnapshot, history: [{ ...snapshotOf(doc, 'h-1', 'Before the visit'), stakeholders: [] }] };
    const result = applyDocumentToYDoc(b, other, ZHOU);
    expect(read(b).document.history[0]!.stakeholders).toHaveLength(2);
    expect(result.keptSnapshots).toEqual([]);
    // The label alone may change (the history view renames).
    const renamed = { ...withSnapshot, history: [snapshotOf(doc, 'h-1', 'Visit')] };
    applyDocumentToYDoc(b, renamed, ZHOU, { previous: withSnapshot });
    expect(read(b).document.history[0]).toMatchObject({ label: 'Visit', stakeholders: doc.stakeholders });
    expect(listTrail(a).map((e) => describeTrailEntry(e, 'en'))).toEqual(['took the snapshot “Before the visit”']);
  });

  it('are stored compactly', () => {
    const people = Array.from({ length: 500 }, (_, i) => person(`s-${i}`, { name: `Person ${i}`, title: 'Manager' }));
    const doc = makeDocument({ stakeholders: people });
    const withSnapshot = { ...doc, history: [snapshotOf(doc, 'h-1', 'x')] };
    const plain = JSON.stringify(withSnapshot.history[0]).length;
    const ydoc = documentToYDoc(withSnapshot, LI);
    const data = (ydoc.getMap('snapshots').get('h-1') as Y.Map<unknown>).get('data') as Uint8Array;
    expect(data.length).toBeLessThan(plain / 5);
  });
});

describe('an edit of a person someone else deleted meanwhile', () => {
  it('does not undo their delete: the edit is kept and the person is listed for restoring', () => {
    const [a, b] = pair();
    const seenByB = read(b).document;
    const before = read(a).document;
    applyDocumentToYDoc(a, { ...before, stakeholders: [before.stakeholders[1]!], relationships: [] }, LI, {
      previous: before,
    });
    exchange(a, b);
    // B's editor still shows the person when the user changes the attitude.
    const next = {
      ...seenByB,
      stakeholders: seenByB.stakeholders.map((p) => (p.id === 's-1' ? { ...p, attitude: 'champion' as const } : p)),
    };
    applyDocumentToYDoc(b, next, ZHOU, { previous: seenByB });
    exchange(a, b);
    const result = read(a);
    expect(result.document.stakeholders.map((p) => p.id)).toEqual(['s-2']);
    expect(result.deletedButEdited.map((p) => [p.id, p.fields])).toEqual([['s-1', ['attitude']]]);
  });
});
