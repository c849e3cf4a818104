/**
 * What each action does while a deal is open. The handlers read the store when they run,
 * so the runner itself stays the same object across renders.
 */
import { useMemo, useRef } from 'react';
import { serializeDocument, type Attitude, type Closeness } from '../../shared/document';
import type { Lang } from '../../shared/i18n';
import type { ActionId } from '../../shared/actions/catalog';
import type { ActionHandlers } from '../actions/registry';
import { actionRunner, type ActionRunner } from '../actions/registry';
import { ownName } from '../services/firstRun';
import { fileNameFor } from '../services/readDocument';
import type { Services } from '../services/services';
import type { CanvasApi } from '../canvas/MapCanvas';
import { movePeople, updatePeople } from '../editor/commands/people';
import type { EditorStore } from '../editor/store';
import { applyWithAutoSnapshot, type HistoryCommandContext } from '../history/commands';
import type { DealSummary } from '../persistence/repository';
import type { ImportChoice } from '../library/importDecision';
import { openFile } from '../library/openFile';
import { newDealDocument } from '../library/newDeal';
import type { Translator } from '../../shared/i18n';
import { addPersonInView } from './addPerson';
import { deleteWithUndo } from './deleteWithUndo';
import { orgChartLayout } from './orgChartLayout';
import { pasteLastCopied } from './useClipboard';
import { navigateTo } from '../services/useHashRoute';
import { readOutcome } from '../../shared/pipeline';

export type View = 'map' | 'grid' | 'history';

export interface DealActionContext {
  readonly store: EditorStore;
  readonly services: Services;
  readonly lang: Lang;
  readonly t: Translator;
  readonly canvas: () => CanvasApi | null;
  readonly setView: (view: View) => void;
  readonly openPalette: () => void;
  readonly onLibrary: () => void;
  readonly onOpen: (id: string) => void;
  readonly showProblems: (title: string, problems: readonly string[]) => void;
  /** Opens the contacts import from a CRM's CSV export (CsvImportDialog). */
  readonly openCsvImport: () => void;
  /** Asks what to export and exports it (ExportDialog). */
  readonly openExportDialog: () => void;
  /** Publishes the deal to the team server and manages its members (team/ShareDialog). */
  readonly openShareDialog: () => void;
  /** Asks for a label and takes a snapshot (SnapshotDialog). */
  readonly openSnapshotDialog: () => void;
  /** How history edits are made: automatic snapshots, the day's first snapshot. */
  readonly history: HistoryCommandContext;
  /** Asks what to do with an opened file whose deal is in the library (ImportOverDialog). */
  readonly askImportOver: (existing: DealSummary, file: string) => Promise<ImportChoice>;
  /** Opens the activity trail beside the map, for everyone (null) or one person; absent when the deal has no trail. */
  readonly openTrail?: (personId: string | null) => void;
  /** Writes the open deal's pending edits, so a snapshot taken from the database holds them. */
  readonly flushSaves: () => Promise<unknown>;
  /** Asks how the deal ended and closes it (CloseDealDialog). */
  readonly openCloseDialog: () => void;
  /** Opens the closed deal again, as one undoable edit. */
  readonly reopen: () => void;
}

const ATTITUDE_KEYS: readonly Attitude[] = ['champion', 'supporter', 'neutral', 'opponent', 'blocker', 'unknown'];
const CLOSENESS_KEYS: readonly Closeness[] = ['close', 'frequent', 'distant', 'none'];

export function useDealActions(context: DealActionContext): ActionRunner {
  const ref = useRef(context);
  ref.current = context;
  return useMemo(() => actionRunner(dealHandlers(() => ref.current)), []);
}

export function dealHandlers(get: () => DealActionContext): ActionHandlers {
  const store = () => get().store;
  const state = () => get().store.getState();
  const hasPeople = () => state().selection.people.length > 0;
  const hasSelection = () => hasPeople() || state().selection.lines.length > 0;
  /** Where the last save went, so Save writes there again on the desktop. */
  let savedPath: string | undefined;

  const save = async (ask: boolean) => {
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

  // Open (openFile.ts): the file goes into the library and its deal is shown; when the open
  // deal itself is replaced, its pending edits are written first and it takes the new map here.
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

  const handlers: ActionHandlers = {
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
    'edit.undo': { run: () => store().undo(), enabled: () => state().canUndo },
    'edit.redo': { run: () => store().redo(), enabled: () => state().canRedo },
    'edit.cut': { run: () => document.execCommand('cut'), enabled: hasPeople },
    'edit.copy': { run: () => document.execCommand('copy'), enabled: hasPeople },
    'edit.paste': { run: () => void pasteLastCopied(store()) },
    'edit.delete': {
      run: () => {
        const { store, services, t, lang } = get();
        deleteWithUndo({ store, toasts: services.toasts, t, lang }, state().selection);
      },
      enabled: hasSelection,
    },
    'person.delete': {
      run: () => {
        const { store, services, t, lang } = get();
        deleteWithUndo({ store, toasts: services.toasts, t, lang }, { people: state().selection.people, lines: [] });
      },
      enabled: hasPeople,
    },
    'edit.selectAll': {
      run: () => {
        const { doc } = state();
        store().select({ people: doc.stakeholders.map((p) => p.id), lines: doc.relationships.map((r) => r.id) });
      },
    },
    'map.addPerson': {
      run: () => {
        const { t, canvas } = get();
        addPersonInView(store(), t, canvas());
      },
    },
    'map.autoLayout': {
      run: () => {
        const { services, t, canvas, history } = get();
        orgChartLayout(state().doc)
          .then((positions) => {
            // The map as it was is kept first, in the same undo step as the layout.
            applyWithAutoSnapshot(history, { reason: 'layout' }, movePeople(positions));
            // Fit once React Flow has drawn the cards in their new places (two frames on).
            requestAnimationFrame(() => requestAnimationFrame(() => canvas()?.zoomToFit()));
          })
          .catch((error: unknown) =>
            services.toasts.show(t('editor.layoutFailed', { message: String(error) }), { tone: 'error' }),
          );
      },
      enabled: () => state().doc.stakeholders.length > 0,
    },
    'map.zoomToFit': { run: () => get().canvas()?.zoomToFit() },
    'map.zoomIn': { run: () => get().canvas()?.zoomIn() },
    'map.zoomOut': { run: () => get().canvas()?.zoomOut() },
    'whatIf.start': { run: () => store().startWhatIf(), enabled: () => state().whatIf === null },
    'whatIf.keep': { run: () => store().keepWhatIf(), enabled: () => state().whatIf !== null },
    'whatIf.drop': {
      run: () => store().dropWhatIf(),
      enabled: () => state().whatIf !== null,
    },
    'view.map': { run: () => get().setView('map') },
    'view.grid': { run: () => get().setView('grid') },
    'view.history': {
      run: () => {
        // Quick keys act on the selection, which the history view does not show.
        store().select({ people: [], lines: [] });
        get().setView('history');
      },
    },
    'view.trail': {
      run: () => get().openTrail?.(null),
      enabled: () => get().openTrail !== undefined,
    },
    'history.snapshot': { run: () => get().openSnapshotDialog(), enabled: () => state().whatIf === null },
    'view.language': { run: () => get().services.setLang(get().lang === 'en' ? 'zh-CN' : 'en') },
    'view.palette': { run: () => get().openPalette() },
  };
  for (const attitude of ATTITUDE_KEYS) {
    handlers[`person.attitude.${attitude}`] = {
      run: () => store().apply(updatePeople(state().selection.people, { attitude })),
      enabled: hasPeople,
    };
  }
  for (const closeness of CLOSENESS_KEYS) {
    handlers[`person.closeness.${closeness}`] = {
      run: () => store().apply(updatePeople(state().selection.people, { closeness })),
      enabled: hasPeople,
    };
  }
  return readOnlyAware(handlers, () => state().readOnly && state().whatIf === null);
}

/** The actions that change the deal: off while it is read-only (a viewer of a shared deal). */
const EDITING: readonly ActionId[] = [
  'file.importCsv',
  'edit.cut',
  'edit.paste',
  'edit.delete',
  'person.delete',
  'map.addPerson',
  'map.autoLayout',
  'history.snapshot',
  'whatIf.keep',
  ...ATTITUDE_KEYS.map((a): ActionId => `person.attitude.${a}`),
  ...CLOSENESS_KEYS.map((c): ActionId => `person.closeness.${c}`),
];

function readOnlyAware(handlers: ActionHandlers, locked: () => boolean): ActionHandlers {
  for (const id of EDITING) {
    const handler = handlers[id];
    if (!handler) continue;
    const enabled = handler.enabled;
    handlers[id] = { run: handler.run, enabled: () => !locked() && (enabled?.() ?? true) };
  }
  return handlers;
}
