/**
 * The deal and file actions while a deal is open: a new deal, the other screens, closing and
 * reopening, opening and saving a file, the CSV import and the export.
 */
import { serializeDocument } from '../../shared/document';
import { readOutcome } from '../../shared/pipeline';
import type { ActionHandlers } from '../actions/registry';
import { ownName } from '../services/firstRun';
import { fileNameFor } from '../services/readDocument';
import { navigateTo } from '../services/useHashRoute';
import { openFile } from '../library/openFile';
import { newDealDocument } from '../library/newDeal';
import type { DealReads } from './dealActionContext';

export function dealFileHandlers(reads: DealReads): ActionHandlers {
  const { get, state } = reads;
  const save = fileSaver(reads);
  const open = fileOpener(reads);
  return {
    'deal.new': {
      run: () => {
        const { services, t, onOpen } = get();
        const doc = newDealDocument(t('library.newDealName'), ownName() ?? '');
        void services.repository.createDeal(doc).then(() => onOpen(doc.deal.id));
      },
    },
    'deal.library': { run: () => get().onLibrary() },
    'deal.share': { run: () => get().openShareDialog() },
    'deal.pipeline': { run: () => navigateTo({ view: 'pipeline' }) },
    'deal.review': { run: () => navigateTo({ view: 'review' }) },
    // Not during a what-if: closing takes the final snapshot of the map as it is.
    'deal.close': {
      run: () => get().openCloseDialog(),
      enabled: () => state().whatIf === null && readOutcome(state().doc.deal) === null,
    },
    'deal.reopen': {
      run: () => get().reopen(),
      enabled: () => state().whatIf === null && readOutcome(state().doc.deal) !== null,
    },
    'file.open': { run: () => void open() },
    'file.save': { run: () => void save(false) },
    'file.saveAs': { run: () => void save(true) },
    // Not during a what-if: a whole import would be dropped with it.
    'file.importCsv': { run: () => get().openCsvImport(), enabled: () => state().whatIf === null },
    // Not during a what-if: the print view is another screen, and leaving the map drops the what-if.
    'file.export': { run: () => get().openExportDialog(), enabled: () => state().whatIf === null },
  };
}

/** Save (ask false) and Save as (ask true) for one open deal. */
function fileSaver({ get, state }: DealReads): (ask: boolean) => Promise<void> {
  /** Where the last save went, so Save writes there again on the desktop. */
  let savedPath: string | undefined;

  return async (ask: boolean) => {
    const { services, t } = get();
    const doc = state().doc;
    const result = await services.platform.saveDocumentFile({
      suggestedName: fileNameFor(doc.deal.name),
      text: serializeDocument(doc),
      ...(ask || !savedPath ? {} : { path: savedPath }),
    });
    if (!result) return;
    if (result.path) savedPath = result.path;
    services.toasts.show(t('editor.fileSaved', { name: result.path ?? fileNameFor(doc.deal.name) }));
  };
}

// Open (openFile.ts): the file goes into the library and its deal is shown; when the open
// deal itself is replaced, its pending edits are written first and it takes the new map here.
function fileOpener({ get, store, state }: DealReads): () => Promise<void> {
  const open = (): Promise<void> => {
    const { services, lang, t, onOpen, showProblems, askImportOver, flushSaves } = get();
    const openId = state().doc.deal.id;
    return openFile({
      services,
      t,
      lang,
      ask: askImportOver,
      showProblems,
      onOpen,
      again: () => void open(),
      openedText: (file) => t('editor.fileOpened', { name: file.name }),
      beforeReplace: async (dealId) => {
        if (dealId === openId) await flushSaves();
      },
      imported: (outcome) => {
        // This window does not hear its own writes (sync.ts).
        if (outcome.status === 'replaced' && outcome.dealId === state().doc.deal.id) store().replace(outcome.document);
      },
    });
  };
  return open;
}
