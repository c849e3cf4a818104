/// <reference lib="dom" />
/**
 * Test helpers for the local database: a fresh fake-indexeddb database per test, and a
 * count of the rows each write touched (a DBCore middleware: it sees every put and
 * delete Dexie sends down, whatever table method made it).
 */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import { PowermapDatabase } from '../../../renderer/persistence/db';
import { EditorStore } from '../../../renderer/editor/store';
import { AutoSaver } from '../../../renderer/persistence/autosave';
import type { DealDocHandle } from '../../../renderer/persistence/dealDoc';
import { EditorLink, type EditorLinkOptions } from '../../../renderer/persistence/editorLink';
import {
  DealRepository,
  type OpenDeal,
  type RepositoryObserver,
  type RepositoryOptions,
} from '../../../renderer/persistence/repository';

export const fakeIndexedDB = { indexedDB, IDBKeyRange };

let counter = 0;

/** A database name no other test uses. */
export function uniqueName(prefix = 'powermap-test'): string {
  counter += 1;
  return `${prefix}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

export function openDatabase(name = uniqueName()): PowermapDatabase {
  return new PowermapDatabase(name, fakeIndexedDB);
}

/** Rows written per table since the last reset: puts and deletes by key, ranges by range. */
export interface WriteLog {
  readonly puts: Map<string, number>;
  readonly deletes: Map<string, number>;
  readonly deleteRanges: Map<string, number>;
  total(): number;
  reset(): void;
}

function bump(map: Map<string, number>, table: string, by: number): void {
  map.set(table, (map.get(table) ?? 0) + by);
}

type SentWrite = ReturnType<DBCoreTable['mutate']>;

/**
 * Installs a DBCore middleware named `name` whose writes go through `mutate`: it sees every
 * put and delete Dexie sends down, with the table's name, and sends it on (or not) itself.
 */
export function interceptWrites(
  db: PowermapDatabase,
  name: string,
  mutate: (table: string, req: DBCoreMutateRequest, send: () => SentWrite) => SentWrite,
): void {
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name,
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        return { ...table, mutate: (req) => mutate(tableName, req, () => table.mutate(req)) };
      },
    }),
  };
  db.use(middleware);
}

/** Installs the counting middleware; call before the first operation on `db`. */
export function countWrites(db: PowermapDatabase): WriteLog {
  const log: WriteLog = {
    puts: new Map(),
    deletes: new Map(),
    deleteRanges: new Map(),
    total() {
      let sum = 0;
      for (const map of [this.puts, this.deletes, this.deleteRanges]) for (const n of map.values()) sum += n;
      return sum;
    },
    reset() {
      this.puts.clear();
      this.deletes.clear();
      this.deleteRanges.clear();
    },
  };
  const record = (table: string, req: DBCoreMutateRequest): void => {
    if (req.type === 'add' || req.type === 'put') bump(log.puts, table, req.values.length);
    else if (req.type === 'delete') bump(log.deletes, table, req.keys.length);
    else bump(log.deleteRanges, table, 1);
  };
  interceptWrites(db, 'count-writes', (table, req, send) => {
    record(table, req);
    return send();
  });
  return log;
}

/** A DBCore middleware that appends the table of each write to `order`, as Dexie sends it down. */
export function recordWrites(db: PowermapDatabase, order: string[]): void {
  interceptWrites(db, 'record-writes', (table, _req, send) => {
    order.push(table);
    return send();
  });
}

/** A DBCore middleware that fails every write with `error` while `failing()` says so. */
export function failWrites(db: PowermapDatabase, failing: () => Error | null): void {
  interceptWrites(db, 'fail-writes', (_table, _req, send) => {
    const error = failing();
    return error ? Promise.reject(error) : send();
  });
}

/** A repository over a fresh database, with a fixed clock that moves one second per call. */
export function openRepository(
  options: { observer?: RepositoryObserver; start?: string; db?: PowermapDatabase } & RepositoryOptions = {},
): { db: PowermapDatabase; repository: DealRepository; clock: { next: number } } {
  const db = options.db ?? openDatabase();
  const clock = { next: Date.parse(options.start ?? '2026-11-20T09:00:00Z') };
  const repository = new DealRepository(db, options.observer, {
    now: () => {
      const at = new Date(clock.next);
      clock.next += 1000;
      return at;
    },
    ...(options.newDealId ? { newDealId: options.newDealId } : {}),
    ...(options.durable ? { durable: options.durable } : {}),
    // Tests open one window unless they say otherwise: no channel shared between tests.
    docChannelName: options.docChannelName ?? null,
    ...(options.actor ? { actor: options.actor } : {}),
  });
  return { db, repository, clock };
}

/** A deal opened as the app opens it: its Y.Doc's handle, an editor store linked to it, and an autosaver. */
export async function openEditor(
  repository: DealRepository,
  dealId: string,
  options: Partial<EditorLinkOptions> = {},
): Promise<{ handle: DealDocHandle; store: EditorStore; link: EditorLink; saver: AutoSaver; opened: OpenDeal }> {
  const opened = await repository.openDeal(dealId);
  if (opened.status !== 'ok') throw new Error(`expected the deal to open, got ${opened.status}`);
  const store = new EditorStore(opened.document);
  const link = new EditorLink(opened.handle, store, { actor: () => ({ id: 'u-test', name: 'Tester' }), ...options });
  link.attach();
  const saver = new AutoSaver(store, link);
  saver.attach();
  return { handle: opened.handle, store, link, saver, opened };
}
