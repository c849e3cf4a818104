/**
 * The edits of a deal's local log counted against the server's acknowledgement
 * (shared/collab/logEdits.ts): each row is an edit, a compacted row counts the edits it
 * merged, and the ends it keeps are bounded without ever saying "stored" while one waits.
 */
import fc from 'fast-check';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { compactedEdits, editsNotStored, type LoggedRow } from '../../../shared/collab/logEdits';

/** A log of `count` edits of one Y.Doc, one row each, as the app writes them. */
function editLog(count: number): { doc: Y.Doc; rows: LoggedRow[] } {
  const doc = new Y.Doc();
  const rows: LoggedRow[] = [];
  doc.on('update', (update: Uint8Array) => rows.push({ update }));
  for (let i = 0; i < count; i++) doc.getMap('m').set(`k${i}`, i);
  return { doc, rows };
}

/** What the server stored after the first `edits` edits of a log. */
function storedAfter(rows: readonly LoggedRow[], edits: number): Map<number, number> {
  return Y.decodeStateVector(Y.encodeStateVectorFromUpdate(Y.mergeUpdates(rows.slice(0, edits).map((r) => r.update))));
}

describe('the edits of a local log waiting for the server', () => {
  it('counts the rows the stored vector does not reach; an unreadable one is not known to be stored', () => {
    const { doc, rows } = editLog(3);
    expect(editsNotStored(rows, new Map())).toBe(3);
    expect(editsNotStored(rows, storedAfter(rows, 2))).toBe(1);
    expect(editsNotStored(rows, Y.decodeStateVector(Y.encodeStateVector(doc)))).toBe(0);
    expect(editsNotStored([{ update: Uint8Array.of(255, 255) }], new Map())).toBe(1);
    expect(editsNotStored([{ update: Y.encodeStateAsUpdate(doc), edits: [Uint8Array.of(255)] }], new Map())).toBe(1);
  });

  it('counts the same after a compaction, whatever the server stored (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 20 }),
        (count, cut, stored) => {
          const { doc, rows } = editLog(count);
          const at = Math.min(cut, count);
          // Compacted twice: the first rows into one, then that row with the rest.
          const first: LoggedRow = {
            update: Y.mergeUpdates(rows.slice(0, at).map((r) => r.update)),
            edits: compactedEdits(rows.slice(0, at)),
          };
          const whole: LoggedRow = {
            update: Y.encodeStateAsUpdate(doc),
            edits: compactedEdits([first, ...rows.slice(at)]),
          };
          const vector = storedAfter(rows, Math.min(stored, count));
          expect(editsNotStored([whole], vector)).toBe(editsNotStored(rows, vector));
        },
      ),
    );
  });

  it('keeps at most the bound, and never says stored while an edit waits (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 30 }),
        (count, max, stored) => {
          const { rows } = editLog(count);
          const edits = compactedEdits(rows, max);
          expect(edits.length).toBeLessThanOrEqual(max);
          const vector = storedAfter(rows, Math.min(stored, count));
          const before = editsNotStored(rows, vector);
          const after = editsNotStored([{ update: Uint8Array.of(0, 0), edits }], vector);
          expect(after).toBeLessThanOrEqual(before);
          expect(after > 0).toBe(before > 0);
        },
      ),
    );
  });

  it('drops the ends of rows that add no item (deletions alone never wait)', () => {
    const { doc, rows } = editLog(1);
    const before = Y.encodeStateVector(doc);
    doc.getMap('m').delete('k0');
    const deletion = Y.encodeStateAsUpdate(doc, before);
    expect(compactedEdits([...rows, { update: deletion }])).toHaveLength(1);
  });
});
