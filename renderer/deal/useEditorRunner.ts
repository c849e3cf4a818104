import type { RefObject } from 'react';
import type { Lang, Translator } from '../../shared/i18n';
import { useActionKeys } from '../actions/useActionKeys';
import { useMenuActions } from '../actions/useMenuActions';
import type { CanvasApi } from '../canvas/MapCanvas';
import type { EditorStore } from '../editor/store';
import type { AutoSaver } from '../persistence/autosave';
import { reopenClosedDeal } from '../pipeline/closeCommands';
import { useScreenActive } from '../services/screenActive';
import type { Services } from '../services/services';
import { useClipboard } from './useClipboard';
import type { DealDialogs } from './useDealDialogs';
import { useDealActions, type View } from './useDealActions';

interface EditorRunnerContext {
  readonly store: EditorStore;
  readonly saver: AutoSaver;
  readonly services: Services;
  readonly lang: Lang;
  readonly t: Translator;
  readonly canvasApi: RefObject<CanvasApi | null>;
  readonly setView: (view: View) => void;
  readonly openTrail: (personId: string | null) => void;
  readonly onLibrary: () => void;
  readonly onOpen: (id: string) => void;
  readonly dialogs: DealDialogs;
}

/**
 * The deal's actions, run from the toolbar, the keys, the menu and the clipboard while this
 * screen is the active one.
 */
export function useEditorRunner({
  store,
  saver,
  services,
  lang,
  t,
  canvasApi,
  setView,
  openTrail,
  onLibrary,
  onOpen,
  dialogs: { csvImport, importOver, exportDialog, shareDialog, history, closeContext, dialogs },
}: EditorRunnerContext) {
  const runner = useDealActions({
    store,
    services,
    lang,
    t,
    canvas: () => canvasApi.current,
    setView,
    openPalette: dialogs.openPalette,
    onLibrary,
    onOpen,
    showProblems: dialogs.showProblems,
    openCsvImport: csvImport.open,
    openExportDialog: exportDialog.open,
    openShareDialog: shareDialog.open,
    openSnapshotDialog: dialogs.openSnapshotDialog,
    history,
    askImportOver: importOver.ask,
    flushSaves: () => saver.flush(),
    openTrail,
    openCloseDialog: dialogs.openCloseDialog,
    reopen: () => reopenClosedDeal(closeContext),
  });
  const active = useScreenActive();
  useActionKeys(runner, services.platform.isMac, active);
  useMenuActions(services.platform, runner, active);
  useClipboard(store, active);
  return runner;
}
