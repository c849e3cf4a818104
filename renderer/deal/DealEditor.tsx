import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Gap } from '../../shared/analysis';
import type { RelationshipKind } from '../../shared/document';
import { useActionKeys } from '../actions/useActionKeys';
import { useMenuActions } from '../actions/useMenuActions';
import { useScreenActive } from '../services/screenActive';
import { useServices } from '../services/services';
import type { CanvasApi } from '../canvas/MapCanvas';
import type { EditorStore } from '../editor/store';
import { deleteVersion, renameVersion, restoreVersion } from '../history/commands';
import type { DailySnapshot } from '../history/dailySnapshot';
import { HistoryView } from '../history/HistoryView';
import { useEditor } from '../hooks/useEditor';
import { useLang } from '../i18n/LangContext';
import type { AutoSaver } from '../persistence/autosave';
import { useImportOverPrompt } from '../library/useImportOverPrompt';
import { useCommandContexts } from './commandContexts';
import { DealBody, type TrailOpen } from './DealBody';
import { EditorHeader } from './EditorHeader';
import { useEditorDialogs } from './useEditorDialogs';
import { useClipboard } from './useClipboard';
import { useCsvImport } from './useCsvImport';
import { useExportDialog } from './useExportDialog';
import { useShareDialog } from './useShareDialog';
import { useDealActions, type View } from './useDealActions';
import { Tour } from './Tour';
import { tourDone } from '../services/firstRun';
import type * as Y from 'yjs';
import type { Actor } from '../../shared/collab';
import { peerMarks } from './peerMarks';
import { usePresence } from './usePresence';
import { reopenClosedDeal } from '../pipeline/closeCommands';

/** The deal's Y.Doc and who edits it: the activity trail and presence. */
export interface DealCollab {
  readonly ydoc: Y.Doc;
  readonly actor: Actor;
}

/** The editing screen of one deal: toolbar, map or grid, details and live analysis; or its history. */
export function DealEditor({
  store,
  saver,
  daily = null,
  notice = null,
  collab,
  onLibrary,
  onOpen,
}: {
  store: EditorStore;
  saver: AutoSaver;
  /** The snapshot at the first edit of a new day, which history edits go around. */
  daily?: DailySnapshot | null;
  /** A notice shown under the toolbar (the parts of a damaged deal set aside). */
  notice?: ReactNode;
  collab: DealCollab;
  onLibrary: () => void;
  onOpen: (id: string) => void;
}) {
  const services = useServices();
  const { t, lang } = useLang();
  const doc = useEditor(store, (s) => s.doc);
  const whatIf = useEditor(store, (s) => s.whatIf);
  // A reader of a shared deal (team/useSharedDeal.ts): no edit is possible, so none is offered.
  const locked = useEditor(store, (s) => s.readOnly && s.whatIf === null);
  const [view, setView] = useState<View>('map');
  const [connectKind, setConnectKind] = useState<RelationshipKind>('reports-to');
  const [highlightedGap, setHighlightedGap] = useState<string | null>(null);
  // The first-run tour, on the first deal a user opens (firstRun.ts).
  const [touring, setTouring] = useState(() => !tourDone());
  // The activity trail beside the map: null when closed.
  const [trail, setTrail] = useState<TrailOpen | null>(null);
  const openTrail = useCallback((personId: string | null) => {
    setView((current) => (current === 'history' ? 'map' : current));
    setTrail({ personId });
  }, []);
  const peers = usePresence(doc.deal.id, collab.ydoc, collab.actor, store);
  const marksOfPeers = useMemo(() => peerMarks(peers, t('presence.unnamed')), [peers, t]);
  const canvasApi = useRef<CanvasApi | null>(null);
  const csvImport = useCsvImport({ store, toasts: services.toasts, lang, t, canvas: () => canvasApi.current, setView });
  const importOver = useImportOverPrompt();

  const today = services.today();
  const exportDialog = useExportDialog({ store, services, lang, t, today });
  const shareDialog = useShareDialog(store);

  const { history, close: closeContext } = useCommandContexts(store, daily);
  const dialogs = useEditorDialogs({ deal: doc.deal, today, history, close: closeContext });

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

  const chooseGap = useCallback(
    (gap: Gap | null) => {
      setHighlightedGap(gap?.key ?? null);
      store.highlight(gap ? gap.stakeholderIds : []);
    },
    [store],
  );

  return (
    <div className={`deal-editor${whatIf ? ' is-what-if' : ''}`}>
      <EditorHeader
        store={store}
        saver={saver}
        runner={runner}
        view={view}
        connectKind={connectKind}
        onConnectKind={setConnectKind}
        peers={peers}
        trailOpen={trail !== null && view !== 'history'}
        notice={notice}
      />
      {view === 'history' ? (
        <HistoryView
          doc={doc}
          today={today}
          locked={whatIf !== null}
          onTake={() => runner.run('history.snapshot')}
          actions={{
            onRestore: (id) => restoreVersion(history, id),
            onRename: (id, label) => renameVersion(history, id, label),
            onDelete: (id) => deleteVersion(history, id),
          }}
        />
      ) : (
        <DealBody
          store={store}
          collab={collab}
          view={view}
          connectKind={connectKind}
          locked={locked}
          peerMarks={marksOfPeers}
          trail={trail}
          onTrail={setTrail}
          runner={runner}
          canvasApi={canvasApi}
          highlightedGap={highlightedGap}
          onChooseGap={chooseGap}
        />
      )}
      {touring && view !== 'history' && <Tour onClose={() => setTouring(false)} />}
      {dialogs.render(runner)}
      {csvImport.dialog}
      {importOver.dialog}
      {exportDialog.dialog}
      {shareDialog.dialog}
      {dialogs.problemsDialog}
    </div>
  );
}
