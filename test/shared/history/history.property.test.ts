/** Properties of snapshots, restore and the timeline on generated documents. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepEqual, diffDocuments } from '../../../shared/diff';
import type { PowermapDocument } from '../../../shared/document';
import {
  deleteSnapshot,
  insertSnapshot,
  mapContentOf,
  restoreSnapshot,
  snapshotAsDocument,
  takeSnapshot,
  timeline,
  versionOf,
} from '../../../shared/history';
import { documentArb } from '../../support/arbitraries';

const AS_OF = '2026-11-26';
/** Generated ids are at most 4 characters: these never collide with them. */
const TAKE = { id: 'snapshot-take', takenAt: '2026-11-26T09:00:00+08:00', label: 'taken' };
const RESTORE = { id: 'snapshot-restore', takenAt: '2026-11-26T10:00:00+08:00', label: 'replaced by the restore' };

const withHistory = documentArb({ maxStakeholders: 6 }).filter((doc) => doc.history.length > 0);

/** A document and one of its snapshots' ids. */
const docAndSnapshot: fc.Arbitrary<[PowermapDocument, string]> = withHistory.chain((doc) =>
  fc.tuple(fc.constant(doc), fc.constantFrom(...doc.history.map((s) => s.id))),
);

describe('history properties', () => {
  it('restore then compare: the restored map and the snapshot it came from do not differ', () => {
    fc.assert(
      fc.property(docAndSnapshot, ([doc, id]) => {
        const restored = restoreSnapshot(doc, id, RESTORE);
        expect(diffDocuments(snapshotAsDocument(doc, id), restored, { asOf: AS_OF }).unchanged).toBe(true);
        // Through the references too: the snapshot (still in history) against the current map.
        const from = versionOf(restored, id);
        const to = versionOf(restored, 'current');
        if (!from.ok || !to.ok) throw new Error('a reference did not resolve');
        expect(diffDocuments(from.version.content, to.version.content, { asOf: AS_OF }).unchanged).toBe(true);
        // And nothing was lost: the replaced map is the newest snapshot.
        expect(diffDocuments(doc, snapshotAsDocument(restored, RESTORE.id), { asOf: AS_OF }).unchanged).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('take then restore the snapshot just taken: the map is unchanged, history grows by one each time', () => {
    fc.assert(
      fc.property(documentArb({ maxStakeholders: 6 }), (doc) => {
        const taken = takeSnapshot(doc, TAKE);
        expect(taken.history).toHaveLength(doc.history.length + 1);
        expect(mapContentOf(taken)).toEqual(mapContentOf(doc));
        const restored = restoreSnapshot(taken, TAKE.id, RESTORE);
        expect(restored.history).toHaveLength(taken.history.length + 1);
        expect(deepEqual(mapContentOf(restored), mapContentOf(doc))).toBe(true);
        expect(restored.history.slice(0, doc.history.length)).toEqual(doc.history);
        const { format, version, history: _history, ...rest } = doc;
        const { format: f2, version: v2, history: _h2, ...restAfter } = restored;
        expect([f2, v2]).toEqual([format, version]);
        expect(restAfter).toEqual(rest);
      }),
      { numRuns: 100 },
    );
  });

  it('delete then insert gives back the document exactly', () => {
    fc.assert(
      fc.property(docAndSnapshot, ([doc, id]) => {
        const { document, snapshot, index } = deleteSnapshot(doc, id);
        expect(document.history).toHaveLength(doc.history.length - 1);
        expect(document.history.some((s) => s.id === id)).toBe(false);
        const back = insertSnapshot(document, snapshot, index);
        expect(back).toEqual(doc);
        back.history.forEach((s, i) => expect(s).toBe(doc.history[i]));
      }),
      { numRuns: 100 },
    );
  });

  it('the timeline has one point per snapshot plus the current map, in history order', () => {
    fc.assert(
      fc.property(documentArb({ maxStakeholders: 6 }), fc.boolean(), (doc, dated) => {
        const points = timeline(doc, { asOf: dated ? AS_OF : null });
        expect(points).toHaveLength(doc.history.length + 1);
        expect(points.map((p) => p.id)).toEqual([...doc.history.map((s) => s.id), 'current']);
        expect(points[0]!.mainChange).toBeNull();
        for (const point of points) {
          expect(point.winLikelihood).toBeGreaterThanOrEqual(0);
          expect(point.winLikelihood).toBeLessThanOrEqual(100);
          expect(Object.values(point.gaps).every((n) => Number.isInteger(n) && n >= 0)).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });
});
