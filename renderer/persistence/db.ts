/**
 * The local database of deals (IndexedDB through Dexie). The schema and its numbered
 * versions live in ./schema.ts; this class only declares them, in order.
 */
import {
  Dexie,
  type DBCore,
  type DBCoreTransaction,
  type DexieOptions,
  type EntityTable,
  type Middleware,
  type Table,
} from 'dexie';
import {
  SCHEMA_VERSIONS,
  type SchemaVersion,
  type DealDataRow,
  type DealDocRow,
  type SetAsideRow,
  type DealSummary,
  type RelationshipRow,
  type SnapshotRow,
  type StakeholderRow,
  type TeamCacheRow,
  type TeamRow,
} from './schema';

export const DATABASE_NAME = 'powermap';

export class PowermapDatabase extends Dexie {
  declare deals: EntityTable<DealSummary, 'id'>;
  declare dealData: EntityTable<DealDataRow, 'dealId'>;
  declare stakeholders: Table<StakeholderRow, [string, string]>;
  declare relationships: Table<RelationshipRow, [string, string]>;
  declare team: Table<TeamRow, [string, string]>;
  declare snapshots: Table<SnapshotRow, [string, string]>;
  declare dealDocs: Table<DealDocRow, number>;
  declare setAside: EntityTable<SetAsideRow, 'dealId'>;
  declare teamCache: EntityTable<TeamCacheRow, 'key'>;

  /** `options.indexedDB` and `options.IDBKeyRange` let tests use fake-indexeddb. */
  constructor(name: string = DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    declareVersions(this, SCHEMA_VERSIONS);
    this.use(COMMIT_AT_ONCE);
  }
}

/** True while `sendNow` sends its write. */
let sendingNow = false;

/**
 * Sends one write made outside any transaction (Dexie then sends its request at once, in
 * the caller's task, when the database is open) and commits its transaction as soon as the
 * request is sent. Without this, IndexedDB commits only after the page has taken the
 * request's result, in a later task of the page's, behind whatever the page does first (the
 * render of an edit); committed at once, the database writes it meanwhile. Resolves as the
 * write does (on its transaction's completion).
 */
export function sendNow<T>(write: () => T): T {
  sendingNow = true;
  try {
    return write();
  } finally {
    sendingNow = false;
  }
}

function commitAtOnce(trans: DBCoreTransaction): void {
  const idb = trans as Partial<Pick<IDBTransaction, 'commit'>>;
  try {
    idb.commit?.();
  } catch {
    // Already committing, or finished: it commits on its own.
  }
}

/** The DBCore middleware of `sendNow`: every other write goes through untouched. */
const COMMIT_AT_ONCE: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'commit-at-once',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      return {
        ...table,
        mutate: (req) => {
          const sent = table.mutate(req);
          if (sendingNow) commitAtOnce(req.trans);
          return sent;
        },
      };
    },
  }),
};

/**
 * Declares schema versions on a Dexie instance. An upgrade that throws rejects the open
 * with an UpgradeError around what it threw (Dexie would pass on the bare error), so the
 * app reports it as a blocked database rather than an unknown failure; IndexedDB rolls the
 * upgrade back, leaving the previous version's rows as they were.
 */
export function declareVersions(db: Dexie, versions: readonly SchemaVersion[]): void {
  for (const { version, stores, upgrade } of versions) {
    const declared = db.version(version).stores(stores);
    if (upgrade) {
      declared.upgrade(async (tx) => {
        try {
          await upgrade(tx);
        } catch (error) {
          throw new Dexie.UpgradeError(
            `Upgrade to database version ${version} failed`,
            error instanceof Error ? error : new Error(String(error)),
          );
        }
      });
    }
  }
}

/** The key range of one deal's rows in a table keyed by `[dealId+id]`. */
export function dealKeyRange(dealId: string): [lower: [string, unknown], upper: [string, unknown]] {
  return [
    [dealId, Dexie.minKey],
    [dealId, Dexie.maxKey],
  ];
}
