/**
 * The document version a summary is written with (server/collab/docVersion.ts): it grows
 * with every change, deletions included (they raise no clock), and a state that contains
 * another has a larger one, so "only a version at least the stored one" keeps the newer
 * summary. Property tests over random edits by several clients.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentVersion } from '../../server/collab/docVersion';

type Edit =
  | { kind: 'set'; key: string; value: number }
  | { kind: 'delete-key'; key: string }
  | { kind: 'insert'; at: number; value: string }
  | { kind: 'remove'; at: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), key: fc.constantFrom('a', 'b', 'c'), value: fc.integer() }),
  fc.record({ kind: fc.constant('delete-key' as const), key: fc.constantFrom('a', 'b', 'c') }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), value: fc.string({ maxLength: 3 }) }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
);

/** Applies the edit; false when it changed nothing (a key not there, an empty list). */
function apply(doc: Y.Doc, e: Edit): boolean {
  const map = doc.getMap<number>('m');
  const list = doc.getArray<string>('l');
  switch (e.kind) {
    case 'set':
      map.set(e.key, e.value);
      return true;
    case 'delete-key':
      if (!map.has(e.key)) return false;
      map.delete(e.key);
      return true;
    case 'insert':
      list.insert(e.at % (list.length + 1), [e.value]);
      return true;
    case 'remove':
      if (list.length === 0) return false;
      list.delete(e.at % list.length, 1);
      return true;
  }
}

describe('the document version', () => {
  it('rises with every change, a deletion included', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 40 }), (edits) => {
        const doc = new Y.Doc();
        let last = documentVersion(doc);
        for (const e of edits) {
          const changed = apply(doc, e);
          const now = documentVersion(doc);
          if (changed) expect(now).toBeGreaterThan(last);
          else expect(now).toBe(last);
          last = now;
        }
      }),
    );
  });

  it('is larger for a state that contains another, and the merge of two copies is at least each', () => {
    fc.assert(
      fc.property(
        fc.array(edit, { maxLength: 20 }),
        fc.array(edit, { maxLength: 20 }),
        fc.array(edit, { maxLength: 20 }),
        (shared, mine, theirs) => {
          const a = new Y.Doc();
          for (const e of shared) apply(a, e);
          const b = new Y.Doc();
          Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
          expect(documentVersion(b)).toBe(documentVersion(a));
          const before = documentVersion(a);
          for (const e of mine) apply(a, e);
          for (const e of theirs) apply(b, e);
          const merged = new Y.Doc();
          Y.applyUpdate(merged, Y.encodeStateAsUpdate(a));
          Y.applyUpdate(merged, Y.encodeStateAsUpdate(b));
          expect(documentVersion(merged)).toBeGreaterThanOrEqual(Math.max(documentVersion(a), documentVersion(b)));
          // The merge holds all of a; when it holds more (b did something a did not), its version is larger.
          if (!Y.equalSnapshots(Y.snapshot(merged), Y.snapshot(a)))
            expect(documentVersion(merged)).toBeGreaterThan(documentVersion(a));
          else expect(documentVersion(merged)).toBe(documentVersion(a));
          expect(documentVersion(a)).toBeGreaterThanOrEqual(before);
        },
      ),
    );
  });
});
