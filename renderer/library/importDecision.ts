/**
 * Importing a `.powermap` file into the library, by the library's Import button and by
 * Open (`file.open`) alike, so the two cannot drift. When the file's deal is already in
 * the library, the user chooses (`ask`, the ImportOverDialog):
 * - replace: the deal's current map is kept as a snapshot ("Before import"), then the
 *   file's map becomes the current one, the two histories merged (shared/history/importOver);
 * - new: the file becomes a new deal under a fresh id, used everywhere (rows, summary,
 *   every snapshot: the repository's importDocument);
 * - cancel: nothing is written.
 * A deal in the bin is not asked about: the file becomes a new deal, the deleted one stays
 * restorable.
 */
import type { PowermapDocument } from '../../shared/document';
import { autoSnapshotLabel, importOver } from '../../shared/history';
import type { Lang } from '../../shared/i18n';
import { localTakenAt } from '../history/dates';
import type { DealRepository, DealSummary } from '../persistence/repository';

export type ImportChoice = 'replace' | 'new' | 'cancel';

export interface ImportDecisionDeps {
  readonly repository: Pick<DealRepository, 'getSummary' | 'loadDeal' | 'replaceDeal' | 'importDocument'>;
  /** Asks what to do with a file whose deal is in the library; `existing` is that deal's summary. */
  readonly ask: (existing: DealSummary) => Promise<ImportChoice>;
  /** The language of the automatic snapshot's label. */
  readonly lang: Lang;
  readonly now: () => Date;
  /** A new snapshot id (`newId('h')` in the app). */
  readonly newSnapshotId: () => string;
  /**
   * Called before the deal is read to be replaced: the window that has it open writes its
   * pending edits first, so the "Before import" snapshot holds them.
   */
  readonly beforeReplace?: (dealId: string) => Promise<void>;
}

export type ImportOutcome =
  | { readonly status: 'cancelled' }
  /** A new deal; `unreadable` when the user chose to replace but the stored deal could not be read to keep it. */
  | {
      readonly status: 'created';
      readonly dealId: string;
      readonly document: PowermapDocument;
      readonly unreadable?: true;
    }
  | { readonly status: 'replaced'; readonly dealId: string; readonly document: PowermapDocument };

export async function importWithDecision(doc: PowermapDocument, deps: ImportDecisionDeps): Promise<ImportOutcome> {
  const { repository } = deps;
  const existing = await repository.getSummary(doc.deal.id);
  if (existing === undefined || existing.deletedAt !== null) return created(await repository.importDocument(doc));

  const choice = await deps.ask(existing);
  if (choice === 'cancel') return { status: 'cancelled' };
  if (choice === 'new') return created(await repository.importDocument(doc));

  await deps.beforeReplace?.(existing.id);
  const loaded = await repository.loadDeal(existing.id);
  // A deal that cannot be read cannot be kept as a snapshot: rather than lose it, the file becomes a new deal.
  if (loaded.status !== 'ok') return { ...created(await repository.importDocument(doc)), unreadable: true };
  const before = {
    id: deps.newSnapshotId(),
    takenAt: localTakenAt(deps.now()),
    label: autoSnapshotLabel({ reason: 'import' }, deps.lang),
  };
  const document = importOver(loaded.document, doc, before, deps.newSnapshotId);
  await repository.replaceDeal(document);
  return { status: 'replaced', dealId: document.deal.id, document };
}

function created(result: { dealId: string; document: PowermapDocument }) {
  return { status: 'created', dealId: result.dealId, document: result.document } as const;
}
