/**
 * What the deal repository (./repository.ts) takes and gives: its options and observer, and
 * the results of opening, loading, duplicating and importing a deal, each saying in its
 * status what became of it (ok, missing, corrupt with its problems, or a storage error).
 */
import type { SetAsidePart } from '../../shared/collab/setAside';
import type { Actor } from '../../shared/collab/shape';
import type { PowermapDocument, Problem } from '../../shared/document';
import type { ChangeSet } from '../editor/changeSet';
import type { PowermapDatabase } from './db';
import type { DealDocHandle } from './dealDoc';
import type { StorageError } from './errors';
import type { DealSummary } from './schema';

export type LibraryChangeType = 'created' | 'deleted' | 'restored' | 'renamed' | 'replaced' | 'purged';

export interface LibraryChange {
  readonly type: LibraryChangeType;
  readonly dealId: string;
}

/** Told after each write has been committed (./sync.ts broadcasts them to other windows). */
export interface RepositoryObserver {
  /** A deal was written (its Y.Doc or its summary); the ChangeSet is empty for a Y.Doc write. */
  dealSaved?(dealId: string, changes: ChangeSet): void;
  /** A deal's library row was written after its edits (when the page was idle), or repaired. */
  summaryWritten?(dealId: string): void;
  /** A change the library list shows: a deal created, deleted, restored, renamed, ... */
  libraryChanged?(change: LibraryChange): void;
}

export interface RepositoryOptions {
  /** The clock for `updatedAt`, `deletedAt` and the analysis date. */
  readonly now?: () => Date;
  /** A new deal id, for an import whose id is taken. */
  readonly newDealId?: () => string;
  /**
   * A connection to the same database whose transactions commit strictly (flushed to the
   * disk), for `checkpoint`; the main connection's are relaxed, which keeps each edit fast.
   */
  readonly durable?: PowermapDatabase;
  /** Who makes the changes (trail entries, the migration): in the app, the local user. */
  readonly actor?: () => Actor;
  /** The channel open deals use to follow other windows (default the app's; null for none). */
  readonly docChannelName?: string | null;
}

/** A deal opened for editing: its Y.Doc's handle and the document it holds. */
export interface OpenDeal {
  readonly status: 'ok';
  readonly handle: DealDocHandle;
  readonly document: PowermapDocument;
  /** Parts that could not be read: kept when it was migrated, and found in the Y.Doc now. Shown, exportable, repairable. */
  readonly setAside: readonly SetAsidePart[];
  readonly keptAside: readonly SetAsidePart[];
  readonly foundAside: readonly SetAsidePart[];
  readonly summary: DealSummary;
}

/** No deal is stored under that id. */
export interface MissingDeal {
  readonly status: 'missing';
  readonly dealId: string;
}

/** The deal could not be read: the database refused (`error` says how, ./errors.ts). */
export interface UnreadDeal {
  readonly status: 'error';
  readonly dealId: string;
  readonly error: StorageError;
}

/** Parts of the deal could not be read: `problems` say which and why. */
export interface CorruptDeal {
  readonly status: 'corrupt';
  readonly dealId: string;
  readonly summary: DealSummary;
  readonly problems: readonly Problem[];
}

/** Nothing can be made of a corrupt deal when opened (a newer format): its problems say why. */
export type OpenResult = OpenDeal | MissingDeal | CorruptDeal | UnreadDeal;

export type LoadResult =
  | { readonly status: 'ok'; readonly document: PowermapDocument; readonly summary: DealSummary }
  | MissingDeal
  /**
   * `salvaged` is what opens: the valid parts as a document, and the parts set aside with
   * their raw values; missing when nothing opens.
   */
  | (CorruptDeal & { readonly salvaged?: Salvaged })
  | UnreadDeal;

/** A damaged deal as it can be opened: what is valid, and the parts set aside. */
export interface Salvaged {
  readonly document: PowermapDocument;
  readonly setAside: readonly SetAsidePart[];
}

export type DuplicateResult =
  | { readonly status: 'ok'; readonly document: PowermapDocument; readonly summary: DealSummary }
  | Exclude<LoadResult, { status: 'ok' }>;

export interface ImportResult {
  /** The id the deal was stored under: the document's own, or a new one when that was taken. */
  readonly dealId: string;
  readonly document: PowermapDocument;
  readonly summary: DealSummary;
}

export interface SummaryInput {
  readonly winLikelihood: number;
}
