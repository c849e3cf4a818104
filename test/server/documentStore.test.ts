/**
 * The append-only document store (store/documents.ts) with the server's follower of unstored
 * updates (collab/unstoredUpdates.ts), on both engines: a store appends only what is new, a
 * load merges the base with every update, and a compaction folds updates into the base without
 * ever dropping one another writer appended meanwhile.
 */
import fc from 'fast-check';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { UnstoredUpdates } from '../../server/collab/unstoredUpdates';
import type { Database } from '../../server/db/database';
import { addDeal } from '../../server/store/deals';
import type { User } from '../../server/store/users';
import {
  appendDocumentUpdate,
  compactDocument,
  groupedAppends,
  loadDocument,
  loadDocuments,
  loadDocumentState,
} from '../../server/store/documents';
import { addUsers } from './support/accounts';
import { bothEngines } from './support/engines';

vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

const { engines, stop } = bothEngines();
afterAll(stop);

/** One server process's copy of a deal: its document and what it has not stored yet. */
interface Writer {
  doc: Y.Doc;
  unstored: UnstoredUpdates;
}

function writer(dealId: string): Writer {
  const doc = new Y.Doc();
  const unstored = new UnstoredUpdates();
  unstored.follow(dealId, doc, undefined, false);
  return { doc, unstored };
}

const contentOf = (state: Uint8Array | undefined) => {
  const doc = new Y.Doc();
  if (state) Y.applyUpdate(doc, state);
  return { people: doc.getMap('people').toJSON(), vector: [...Y.decodeStateVector(Y.encodeStateVector(doc))].sort() };
};

type Step =
  | { kind: 'edit'; who: 0 | 1; key: string; value: string | null }
  | { kind: 'relay'; from: 0 | 1 }
  | { kind: 'append'; who: 0 | 1 }
  | { kind: 'compact' };

const who = fc.constantFrom<0 | 1>(0, 1);
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('edit' as const),
    who,
    key: fc.constantFrom('a', 'b', 'c', 'd'),
    value: fc.option(fc.string({ maxLength: 6 }), { nil: null }),
  }),
  fc.record({ kind: fc.constant('relay' as const), from: who }),
  fc.record({ kind: fc.constant('append' as const), who }),
  fc.record({ kind: fc.constant('compact' as const) }),
);

describe.each(engines)('the document store on $name', (engine) => {
  let db: Database;
  let owner: User;
  let deals = 0;

  beforeAll(async () => {
    db = await engine.open();
    owner = (await addUsers(db, ['docowner']))['docowner']!;
  }, 240_000);

  afterAll(async () => {
    await db?.close();
  });

  async function newDeal(): Promise<string> {
    const id = `deal-${(deals += 1)}`;
    await db.transaction((sql) => addDeal(sql, { id, name: id, ownerId: owner.id, teamId: null }));
    return id;
  }

  async function store(dealId: string, from: Writer, appended: Uint8Array[]): Promise<void> {
    const { update } = from.unstored.take(dealId, from.doc);
    if (!update) return;
    appended.push(update);
    await appendDocumentUpdate(db, dealId, update);
  }

  it('appends only what is new, loads the base with every update, and compacts them into the base', async () => {
    const dealId = await newDeal();
    expect(await loadDocument(db, dealId)).toBeUndefined();
    const mine = writer(dealId);
    const sizes: number[] = [];
    for (let i = 0; i < 5; i++) {
      mine.doc.getMap('people').set(`p${i}`, 'x'.repeat(200));
      const { update } = mine.unstored.take(dealId, mine.doc);
      sizes.push(update!.byteLength);
      await appendDocumentUpdate(db, dealId, update!);
    }
    // Each append holds one edit, not the whole document so far.
    expect(Math.max(...sizes)).toBeLessThan(2 * Math.min(...sizes));
    const loaded = (await loadDocument(db, dealId))!;
    expect(loaded).toMatchObject({ updates: 5, baseBytes: 0 });
    expect(contentOf(await loadDocumentState(db, dealId)).people).toEqual(mine.doc.getMap('people').toJSON());

    expect(await compactDocument(db, dealId)).toMatchObject({ folded: 5 });
    const compacted = (await loadDocument(db, dealId))!;
    expect(compacted.updates).toBe(0);
    expect(compacted.parts).toHaveLength(1);
    expect(contentOf(compacted.parts[0]).people).toEqual(mine.doc.getMap('people').toJSON());
    // Nothing left to fold: the base stays as it is.
    expect(await compactDocument(db, dealId)).toEqual({ folded: 0, baseBytes: compacted.baseBytes });
  });

  it('loads several deals in one statement, each its own base and updates in order, none for a deal never stored', async () => {
    const [compacted, appendedOnly, neverStored] = [await newDeal(), await newDeal(), await newDeal()];
    const first = writer(compacted);
    first.doc.getMap('people').set('p', 'in the base');
    await store(compacted, first, []);
    await compactDocument(db, compacted);
    first.doc.getMap('people').set('q', 'appended after');
    await store(compacted, first, []);
    const second = writer(appendedOnly);
    for (const value of ['one', 'two']) {
      second.doc.getMap('people').set('p', value);
      await store(appendedOnly, second, []);
    }
    // A deal asked for twice is loaded once.
    const loaded = await loadDocuments(db, [compacted, appendedOnly, neverStored, compacted]);
    expect([...loaded.keys()].sort()).toEqual([compacted, appendedOnly].sort());
    expect(loaded.get(compacted)).toMatchObject({ updates: 1, baseBytes: expect.any(Number) as number });
    expect(loaded.get(compacted)!.baseBytes).toBeGreaterThan(0);
    expect(loaded.get(appendedOnly)).toMatchObject({ updates: 2, baseBytes: 0 });
    for (const [dealId, mine] of [
      [compacted, first],
      [appendedOnly, second],
    ] as const)
      expect(contentOf(Y.mergeUpdates(loaded.get(dealId)!.parts)).people).toEqual(mine.doc.getMap('people').toJSON());
    expect(await loadDocuments(db, [])).toEqual(new Map());
  });

  it('groups appends made while one runs, and a bad one fails only its own store', async () => {
    const dealIds = [await newDeal(), await newDeal(), await newDeal()];
    const append = groupedAppends(db);
    const writers = dealIds.map((id) => writer(id));
    const results = await Promise.allSettled([
      ...Array.from({ length: 30 }, (_, i) => {
        const dealId = dealIds[i % 3]!;
        writers[i % 3]!.doc.getMap('people').set(`p${i}`, `edit ${i}`);
        return append(dealId, writers[i % 3]!.unstored.take(dealId, writers[i % 3]!.doc).update!);
      }),
      append('no-such-deal', Y.encodeStateAsUpdate(writers[0]!.doc)),
    ]);
    expect(results.slice(0, 30).every((result) => result.status === 'fulfilled')).toBe(true);
    expect(results[30]).toMatchObject({ status: 'rejected' });
    for (const [i, dealId] of dealIds.entries())
      expect(contentOf(await loadDocumentState(db, dealId)).people).toEqual(writers[i]!.doc.getMap('people').toJSON());
  });

  it('takes nothing when nothing changed, and puts a failed store back before later updates', async () => {
    const dealId = await newDeal();
    const mine = writer(dealId);
    expect(mine.unstored.take(dealId, mine.doc).update).toBeUndefined();
    mine.doc.getMap('people').set('p0', 'first');
    const failed = mine.unstored.take(dealId, mine.doc);
    failed.putBack();
    mine.doc.getMap('people').set('p1', 'second');
    const retried = mine.unstored.take(dealId, mine.doc);
    await appendDocumentUpdate(db, dealId, retried.update!);
    expect(contentOf(await loadDocumentState(db, dealId)).people).toEqual({ p0: 'first', p1: 'second' });
    expect([...Y.decodeStateVector(retried.stateVector)]).toEqual([
      ...Y.decodeStateVector(Y.encodeStateVector(mine.doc)),
    ]);
  });

  it('loads, for every interleaving of two writers’ appends and compactions, the merge of every update appended', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(step, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
        async (batches) => {
          const dealId = await newDeal();
          const writers = [writer(dealId), writer(dealId)] as const;
          const appended: Uint8Array[] = [];
          for (const batch of batches) {
            // Edits and relays are synchronous; the batch's stores and compactions then run at once.
            const running: Promise<unknown>[] = [];
            for (const s of batch) {
              if (s.kind === 'edit') {
                const people = writers[s.who].doc.getMap('people');
                if (s.value === null) people.delete(s.key);
                else people.set(s.key, s.value);
              } else if (s.kind === 'relay')
                Y.applyUpdate(writers[1 - s.from]!.doc, Y.encodeStateAsUpdate(writers[s.from].doc));
              else if (s.kind === 'append') running.push(store(dealId, writers[s.who], appended));
              else running.push(compactDocument(db, dealId));
            }
            await Promise.all(running);
          }
          const expected = appended.length === 0 ? undefined : contentOf(Y.mergeUpdates(appended));
          const stored = await loadDocumentState(db, dealId);
          expect(stored && contentOf(stored)).toEqual(expected);
          // Once both have stored the rest, the database holds both writers' documents merged.
          await Promise.all([
            store(dealId, writers[0], appended),
            store(dealId, writers[1], appended),
            compactDocument(db, dealId),
          ]);
          const union = new Y.Doc();
          for (const w of writers) Y.applyUpdate(union, Y.encodeStateAsUpdate(w.doc));
          expect(contentOf(await loadDocumentState(db, dealId)).people).toEqual(union.getMap('people').toJSON());
        },
      ),
      { numRuns: 25 },
    );
  });

  // Declared for PostgreSQL only, not skipped elsewhere: PGlite runs one transaction at a time,
  // so an append cannot be open while a compaction runs there.
  const onPostgres = engine.name === 'PostgreSQL' ? it : () => undefined;
  onPostgres(
    'keeps an update appended in a transaction still open while a compaction runs (PostgreSQL only: PGlite runs one transaction at a time)',
    async () => {
      const dealId = await newDeal();
      const [mine, other] = [writer(dealId), writer(dealId)];
      other.doc.getMap('people').set('late', 'committed after the compaction');
      const late = other.unstored.take(dealId, other.doc).update!;
      let inserted!: () => void;
      let commit!: () => void;
      const insertedNow = new Promise<void>((resolve) => (inserted = resolve));
      const commitNow = new Promise<void>((resolve) => (commit = resolve));
      const appending = db.transaction(async (sql) => {
        await appendDocumentUpdate(sql, dealId, late);
        inserted();
        await commitNow;
      });
      await insertedNow;
      // Appended after the open one, so with a higher id, and committed at once.
      mine.doc.getMap('people').set('early', 'committed first');
      await store(dealId, mine, []);
      // The open transaction's row has a lower id; the compaction neither sees nor deletes it.
      expect(await compactDocument(db, dealId)).toMatchObject({ folded: 1 });
      commit();
      await appending;
      const loaded = (await loadDocument(db, dealId))!;
      expect(loaded.updates).toBe(1);
      expect(contentOf(await loadDocumentState(db, dealId)).people).toEqual({
        early: 'committed first',
        late: 'committed after the compaction',
      });
    },
  );
});
