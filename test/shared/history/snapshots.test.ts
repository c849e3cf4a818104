/** Snapshots: take, restore, rename, delete and undo, references to versions, the daily snapshot. */
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../../shared/diff';
import { parseDocument, serializeDocument, type PowermapDocument } from '../../../shared/document';
import {
  HistoryError,
  autoSnapshotLabel,
  deleteSnapshot,
  insertSnapshot,
  mapContentOf,
  needsDailySnapshot,
  renameSnapshot,
  restoreSnapshot,
  snapshotAsDocument,
  takeSnapshot,
  versionOf,
} from '../../../shared/history';
import { expectDocument, member, person, rawDocument, relationship } from '../../support/builders';

/** A map with unknown fields at every level of its content. */
function start(): PowermapDocument {
  return expectDocument(
    parseDocument(
      rawDocument({
        'x-app': { theme: 'dark' },
        deal: { id: 'd-1', name: 'Core banking', 'x-crm': 'CRM-7' },
        team: [member('t1')],
        stakeholders: [
          { ...person('vp', { name: 'Wang Wei', level: 'decision', roles: ['decision-maker'] }), 'x-note': 1 },
          person('cto', { name: 'Li Jian', roles: ['technical'], attitude: 'supporter' }),
        ],
        relationships: [relationship('r1', 'reports-to', 'cto', 'vp')],
      }),
    ),
  );
}

const A = { id: 'h-a', takenAt: '2026-10-01T09:00:00+08:00', label: 'after first visit' };
const B = { id: 'h-b', takenAt: '2026-11-02T18:30:00+08:00', label: 'after the tender meeting' };
const R = { id: 'h-r', takenAt: '2026-11-26T10:00:00+08:00', label: 'Replaced by restoring “after first visit”' };

/** The map a month later: the VP won over, a new person. */
function edited(doc: PowermapDocument): PowermapDocument {
  return {
    ...doc,
    stakeholders: [
      { ...doc.stakeholders[0]!, attitude: 'supporter', closeness: 'close' },
      doc.stakeholders[1]!,
      person('cfo', { name: 'Zhao Min', roles: ['financial'] }),
    ],
  };
}

describe('takeSnapshot', () => {
  it('appends the current map, unknown fields and all, and leaves the input alone', () => {
    const doc = start();
    const before = JSON.stringify(doc);
    const taken = takeSnapshot(doc, A);
    expect(JSON.stringify(doc)).toBe(before);
    expect(taken.history).toHaveLength(1);
    const snapshot = taken.history[0]!;
    expect(snapshot).toEqual({ ...A, ...mapContentOf(doc) });
    expect(snapshot.deal['x-crm']).toBe('CRM-7');
    expect(snapshot.stakeholders[0]!['x-note']).toBe(1);
    expect(snapshot).not.toHaveProperty('x-app');
    expect(taken['x-app']).toEqual({ theme: 'dark' });
    expect(mapContentOf(taken)).toEqual(mapContentOf(doc));
  });

  it('keeps history oldest first, and the result is a valid document', () => {
    const doc = takeSnapshot(edited(takeSnapshot(start(), A)), B);
    expect(doc.history.map((s) => s.id)).toEqual(['h-a', 'h-b']);
    expect(expectDocument(parseDocument(JSON.parse(serializeDocument(doc))))).toEqual(doc);
  });

  it('refuses an id already in the history, and the reserved id "current"', () => {
    const doc = takeSnapshot(start(), A);
    expect(() => takeSnapshot(doc, { ...B, id: 'h-a' })).toThrow(HistoryError);
    expect(() => takeSnapshot(doc, { ...B, id: 'h-a' })).toThrow('a snapshot already has the id "h-a"');
    expect(() => takeSnapshot(doc, { ...B, id: 'current' })).toThrow(HistoryError);
  });
});

describe('restoreSnapshot', () => {
  it('makes the snapshot the current map and keeps the replaced map as a new snapshot', () => {
    const first = takeSnapshot(start(), A);
    const later = edited(first);
    const restored = restoreSnapshot(later, 'h-a', R);
    expect(mapContentOf(restored)).toEqual(mapContentOf(start()));
    expect(restored.history.map((s) => s.id)).toEqual(['h-a', 'h-r']);
    expect(restored.history[0]).toBe(later.history[0]);
    expect(restored.history[1]).toEqual({ ...R, ...mapContentOf(later) });
    expect(restored['x-app']).toEqual({ theme: 'dark' });
    expect(diffDocuments(snapshotAsDocument(restored, 'h-a'), restored).unchanged).toBe(true);
    expect(diffDocuments(snapshotAsDocument(restored, 'h-r'), later).unchanged).toBe(true);
  });

  it('refuses an unknown snapshot and a new id already used', () => {
    const doc = takeSnapshot(start(), A);
    expect(() => restoreSnapshot(doc, 'nope', R)).toThrow('no snapshot has the id "nope"');
    expect(() => restoreSnapshot(doc, 'h-a', { ...R, id: 'h-a' })).toThrow(HistoryError);
  });
});

describe('rename, delete and undo', () => {
  const doc = takeSnapshot(takeSnapshot(start(), A), B);

  it('renames one snapshot, the others staying the same objects', () => {
    const renamed = renameSnapshot(doc, 'h-a', 'first visit');
    expect(renamed.history[0]).toEqual({ ...doc.history[0], label: 'first visit' });
    expect(renamed.history[1]).toBe(doc.history[1]);
    expect(doc.history[0]!.label).toBe('after first visit');
    expect(() => renameSnapshot(doc, 'zz', 'x')).toThrow(HistoryError);
  });

  it('deletes with what undo needs, and insert puts it back exactly', () => {
    const deleted = deleteSnapshot(doc, 'h-a');
    expect(deleted.index).toBe(0);
    expect(deleted.snapshot).toBe(doc.history[0]);
    expect(deleted.document.history.map((s) => s.id)).toEqual(['h-b']);
    expect(insertSnapshot(deleted.document, deleted.snapshot, deleted.index)).toEqual(doc);
    expect(() => insertSnapshot(doc, doc.history[0]!, 0)).toThrow(HistoryError);
    expect(insertSnapshot(deleted.document, deleted.snapshot, 99).history.map((s) => s.id)).toEqual(['h-b', 'h-a']);
    expect(insertSnapshot(deleted.document, deleted.snapshot, -3).history.map((s) => s.id)).toEqual(['h-a', 'h-b']);
  });
});

describe('versionOf', () => {
  const doc = takeSnapshot(takeSnapshot(takeSnapshot(start(), A), { ...B, label: 'review' }), {
    id: 'h-c',
    takenAt: '2026-11-20T09:00:00Z',
    label: 'review',
  });

  it('finds the current map, an id, #N and a unique label', () => {
    expect(versionOf(doc, 'current')).toMatchObject({ ok: true, version: { id: 'current', index: null } });
    expect(versionOf(doc, 'h-b')).toMatchObject({ ok: true, version: { id: 'h-b', index: 1, label: 'review' } });
    expect(versionOf(doc, '#1')).toMatchObject({ ok: true, version: { id: 'h-a', takenAt: A.takenAt } });
    expect(versionOf(doc, '#3')).toMatchObject({ ok: true, version: { id: 'h-c' } });
    expect(versionOf(doc, 'after first visit')).toMatchObject({ ok: true, version: { id: 'h-a' } });
    const found = versionOf(doc, 'h-a');
    if (!found.ok) throw new Error('not found');
    expect(found.version.content).toEqual(snapshotAsDocument(doc, 'h-a'));
  });

  it('reports an ambiguous label with the candidates, and an unknown reference', () => {
    expect(versionOf(doc, 'review')).toEqual({
      ok: false,
      error: { code: 'ambiguous', ref: 'review', candidates: ['h-b', 'h-c'] },
    });
    for (const ref of ['#4', '#0', 'Review', ' review', 'h', '']) {
      expect(versionOf(doc, ref)).toEqual({ ok: false, error: { code: 'unknown', ref } });
    }
  });

  it('tries current, then ids, then #N, then labels', () => {
    const odd = takeSnapshot(takeSnapshot(start(), { ...A, id: '#2', label: 'current' }), { ...B, label: 'h-x' });
    expect(versionOf(odd, 'current')).toMatchObject({ ok: true, version: { id: 'current' } });
    expect(versionOf(odd, '#2')).toMatchObject({ ok: true, version: { id: '#2', index: 0 } });
    expect(versionOf(odd, '#1')).toMatchObject({ ok: true, version: { id: '#2' } });
    expect(versionOf(odd, 'h-x')).toMatchObject({ ok: true, version: { id: 'h-b' } });
  });
});

describe('needsDailySnapshot', () => {
  const doc = takeSnapshot(start(), A);

  it('is due at the first edit of a new day when the map moved on since the newest snapshot', () => {
    expect(needsDailySnapshot(edited(doc), '2026-11-26', '2026-11-20')).toBe(true);
  });

  it('is not due on a day already edited, for a map never edited, or with a snapshot taken today', () => {
    expect(needsDailySnapshot(edited(doc), '2026-11-26', '2026-11-26')).toBe(false);
    expect(needsDailySnapshot(edited(doc), '2026-11-26', null)).toBe(false);
    const today = takeSnapshot(edited(doc), { ...B, takenAt: '2026-11-26T08:00:00+08:00' });
    expect(needsDailySnapshot(edited(today), '2026-11-26', '2026-11-20')).toBe(false);
  });

  it('is not due when the map is what the newest snapshot holds', () => {
    expect(needsDailySnapshot(doc, '2026-11-26', '2026-11-20')).toBe(false);
  });

  it('is due for a map with no snapshot at all once it was edited on an earlier day', () => {
    expect(needsDailySnapshot(start(), '2026-11-26', '2026-11-25')).toBe(true);
  });

  it('reads the day of takenAt as written, or with the day function given', () => {
    const late = takeSnapshot(doc, { ...B, takenAt: '2026-11-25T23:30:00-05:00' });
    expect(needsDailySnapshot(edited(late), '2026-11-26', '2026-11-20')).toBe(true);
    const utcPlus8 = (takenAt: string) =>
      new Date(new Date(takenAt).getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    expect(needsDailySnapshot(edited(late), '2026-11-26', '2026-11-20', utcPlus8)).toBe(false);
  });
});

describe('autoSnapshotLabel', () => {
  it('words the automatic snapshots in both languages', () => {
    expect(autoSnapshotLabel({ reason: 'import' })).toBe('Before import');
    expect(autoSnapshotLabel({ reason: 'layout' }, 'zh-CN')).toBe('自动排列前');
    expect(autoSnapshotLabel({ reason: 'restore', restored: 'after first visit' })).toBe(
      'Replaced by restoring “after first visit”',
    );
    expect(autoSnapshotLabel({ reason: 'restore', restored: '首访后' }, 'zh-CN')).toBe('因恢复“首访后”而被替换');
    expect(autoSnapshotLabel({ reason: 'daily', day: '2026-11-26' })).toBe('Before the first edit of 2026-11-26');
    expect(autoSnapshotLabel({ reason: 'daily', day: '2026-11-26' }, 'zh-CN')).toBe('2026-11-26 首次编辑前');
  });
});
