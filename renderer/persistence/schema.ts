/**
 * The local database's schema, one numbered version at a time. Never edit a version that
 * has shipped: add the next one with the tables it changes and an `upgrade` that rewrites
 * the rows of the previous version (Dexie keeps the tables a version does not mention), and
 * add a case to test/renderer/persistence/schema.test.ts that seeds rows at the previous
 * version and checks them after the upgrade.
 *
 * Layout (version 1). One deal's document is split so that an edit writes only what it
 * changed: a person edit is one `stakeholders` row plus the deal's `deals` summary row.
 *
 * - `deals`: the library's summary of each deal, keyed by deal id; indexed by `updatedAt`
 *   (the library, newest change first) and `deletedAt` (purging deals deleted long ago;
 *   live deals hold `null`, which IndexedDB leaves out of the index).
 * - `dealData`: one row per deal with the `deal` object, the document's own fields other
 *   than the map (`format`, `version`, unknown fields) and the order of every list.
 * - `stakeholders`, `relationships`, `team`, `snapshots`: one row per item, keyed by
 *   `[dealId+id]`; each item is stored whole, unknown fields included, under `data`
 *   (not spread into the row, so an unknown field named `dealId` cannot clash). The key
 *   starts with the deal id, so one deal's rows are a single key range of the primary key
 *   (Dexie also answers `where('dealId')` from it): no separate `dealId` index to maintain
 *   on every write.
 *
 * Order. Lists keep the order of the document through `dealData.order`: the ids of each
 * list, in order. A row carries no position of its own, so editing a person rewrites that
 * one row, and adding, deleting or reordering people rewrites the ids list (one row, a few
 * tens of kilobytes at 2,000 people) instead of renumbering the people after it.
 */
import type { Transaction } from 'dexie';
import type { SetAsidePart } from '../../shared/collab/setAside';
import type { Deal, Relationship, Snapshot, Stakeholder, TeamMember } from '../../shared/document';

export interface SchemaVersion {
  readonly version: number;
  /** Dexie store specs: primary key first, then indexes; `null` drops a table. */
  readonly stores: Readonly<Record<string, string | null>>;
  /** Rewrites rows written by the previous version. */
  readonly upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      deals: 'id, updatedAt, deletedAt',
      dealData: 'dealId',
      stakeholders: '[dealId+id]',
      relationships: '[dealId+id]',
      team: '[dealId+id]',
      snapshots: '[dealId+id]',
    },
  },
  {
    // Every deal becomes a Y.Doc (issue 11, docs/COLLAB_MODEL.md "Stored on a laptop"):
    // `dealDocs` holds each deal's Y update log, `setAside` the raw parts of a damaged deal
    // kept when it was migrated. The row tables stay declared while deals may still be in
    // them: each deal moves out of them on its own (./migrate.ts), in one transaction that
    // writes its Y.Doc and deletes its rows, so a failed migration leaves its rows whole.
    version: 2,
    stores: {
      dealDocs: '++seq, dealId',
      setAside: 'dealId',
    },
  },
  {
    // The team server's answers kept for reading offline (issue 12): the team's pipeline
    // rows and review records, one row per kind and signed-in user, keyed `kind|user@server`.
    // A new table only: nothing of version 2 changes.
    version: 3,
    stores: {
      teamCache: 'key',
    },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

/** The tables of the current version. */
export const TABLES = [
  'deals',
  'dealData',
  'stakeholders',
  'relationships',
  'team',
  'snapshots',
  'dealDocs',
  'setAside',
  'teamCache',
] as const;
export type TableName = (typeof TABLES)[number];

/** The library's line for a deal. */
export interface DealSummary {
  readonly id: string;
  readonly name: string;
  readonly account: string;
  readonly purchaseStage: string;
  readonly value: number | null;
  readonly currency: string | null;
  /** ISO date-time of the last write. */
  readonly updatedAt: string;
  /** 0..100, from the analysis at the last write. */
  readonly winLikelihood: number;
  readonly peopleCount: number;
  /** ISO date-time of a (soft) delete; null while the deal is live. */
  readonly deletedAt: string | null;
  /**
   * The key (`seq`) of the newest `dealDocs` row this line was made from. An edit's row is
   * written before its line (./dealDoc.ts), so a newer row than this means the line may be
   * stale (a crash came between): it is made again from the Y.Doc at the next open or start.
   * Missing on lines written before it existed: made again at the deal's next open.
   */
  readonly docSeq?: number;
}

/** The ids of each list of a deal, in document order. */
export interface ListOrder {
  readonly team: readonly string[];
  readonly people: readonly string[];
  readonly lines: readonly string[];
  readonly history: readonly string[];
}

export interface DealDataRow {
  readonly dealId: string;
  /** The document's own fields besides the map: `format`, `version` and unknown fields. */
  readonly head: Readonly<Record<string, unknown>>;
  readonly deal: Deal;
  readonly order: ListOrder;
}

export interface ItemRow<T> {
  readonly dealId: string;
  readonly id: string;
  readonly data: T;
}

export type StakeholderRow = ItemRow<Stakeholder>;
export type RelationshipRow = ItemRow<Relationship>;
export type TeamRow = ItemRow<TeamMember>;
export type SnapshotRow = ItemRow<Snapshot>;

/**
 * One entry of a deal's Y update log (version 2). A deal's Y.Doc is every entry of its
 * `dealId` applied, in any order (Yjs updates commute); `seq` only keys the row.
 */
export interface DealDocRow {
  readonly seq?: number;
  readonly dealId: string;
  readonly update: Uint8Array;
  /**
   * On a row a compaction wrote: the ends (encoded state vectors) of the rows it merged,
   * so a shared deal's changes waiting count the same after it (shared/collab/logEdits.ts).
   * Optional, no index: rows without it count as one edit each, as before.
   */
  readonly edits?: readonly Uint8Array[];
}

/** The parts of a damaged deal set aside when it was migrated to a Y.Doc: raw values kept until the user repairs. */
export interface SetAsideRow {
  readonly dealId: string;
  readonly parts: readonly SetAsidePart[];
}

/**
 * What the team server last answered (version 3), kept so the app reads it offline. The
 * payload is the server's JSON as it came; it is checked (zod) each time it is read back,
 * so a damaged or older entry is ignored, never drawn.
 */
export interface TeamCacheRow {
  /** `kind|user@server`: one entry per kind of answer and per signed-in user. */
  readonly key: string;
  /** ISO date-time the server answered. */
  readonly fetchedAt: string;
  readonly payload: unknown;
}
