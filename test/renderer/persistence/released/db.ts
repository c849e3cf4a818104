/**
 * The local database as the release before issue 11 declared it (schema version 1 only):
 * with ./repository.ts and ./schema.ts, copies of that release's code, the migration tests
 * write a database exactly as a user's laptop holds it before upgrading.
 */
import { Dexie, type DexieOptions, type EntityTable, type Table } from 'dexie';
import { declareVersions } from '../../../../renderer/persistence/db';
import {
  SCHEMA_VERSIONS,
  type DealDataRow,
  type DealSummary,
  type RelationshipRow,
  type SnapshotRow,
  type StakeholderRow,
  type TeamRow,
} from './schema';

export class PowermapDatabase extends Dexie {
  declare deals: EntityTable<DealSummary, 'id'>;
  declare dealData: EntityTable<DealDataRow, 'dealId'>;
  declare stakeholders: Table<StakeholderRow, [string, string]>;
  declare relationships: Table<RelationshipRow, [string, string]>;
  declare team: Table<TeamRow, [string, string]>;
  declare snapshots: Table<SnapshotRow, [string, string]>;

  constructor(name: string, options?: DexieOptions) {
    super(name, options);
    declareVersions(this, SCHEMA_VERSIONS);
  }
}

export function dealKeyRange(dealId: string): [lower: [string, unknown], upper: [string, unknown]] {
  return [
    [dealId, Dexie.minKey],
    [dealId, Dexie.maxKey],
  ];
}
