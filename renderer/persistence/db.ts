/**
 * The local database of deals (IndexedDB through Dexie). The schema and its numbered
 * versions live in ./schema.ts; this class only declares them, in order.
 */
import { Dexie, type DexieOptions, type EntityTable, type Table } from 'dexie';
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
  }
}

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
