import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Gap } from '../../shared/analysis';
import { analysisFor } from './analysisFor';
import type { RelationshipKind } from '../../shared/document';
import { useActionKeys } from '../actions/useActionKeys';
import { useMenuActions } from '../actions/useMenuActions';
import { useScreenActive } from '../services/screenActive';
import { CommandPalette } from '../actions/CommandPalette';
import { MenuBar } from '../actions/MenuBar';
import { ProblemsDialog } from '../ui/ProblemsDialog';
import { useServices } from '../services/services';
import { MapCanvas, type CanvasApi } from '../canvas/MapCanvas';
import { movePeople, updatePeople } from '../editor/commands/people';
import { newId } from '../editor/ids';
import type { EditorStore } from '../editor/store';
import {
  defaultSnapshotLabel,
  deleteVersion,
  renameVersion,
  restoreVersion,
  takeSnapshotNow,
  type HistoryCommandContext,
} from '../history/commands';
import type { DailySnapshot } from '../history/dailySnapshot';
import { HistoryView } from '../history/HistoryView';
import { SnapshotDialog } from '../history/SnapshotDialog';
import { useEditor } from '../hooks/useEditor';
import { useLang } from '../i18n/LangContext';
import { AnalysisPanel } from '../panels/AnalysisPanel';
import { Inspector } from '../panels/Inspector';
import { StakeholderGrid } from '../panels/StakeholderGrid';
import type { AutoSaver } from '../persistence/autosave';
import { useImportOverPrompt } from '../library/useImportOverPrompt';
import { addPersonNear } from './addPerson';
import { drawLine } from './drawLine';
import { SaveStatus } from './SaveStatus';
import { Toolbar } from './Toolbar';
import { useClipboard } from './useClipboard';
import { useCsvImport } from './useCsvImport';
import { useExportDialog } from './useExportDialog';
import { useShareDialog } from './useShareDialog';
import { useDealActions, type View } from './useDealActions';
import { deleteWithUndo } from './deleteWithUndo';
import { EmptyMapHint } from './EmptyMapHint';
import { Tour } from './Tour';
import { tourDone } from '../services/firstRun';
import type * as Y from 'yjs';
import type { Actor } from '../../shared/collab';
import { TrailPanel } from '../history/TrailPanel';
import { PresenceBar } from './PresenceBar';
import { peerMarks } from './peerMarks';
import { usePresence } from './usePresence';
import { readOutcome } from '../../shared/pipeline';
import { CloseDealDialog } from '../pipeline/CloseDealDialog';
import { ClosedBanner } from '../pipeline/ClosedBanner';
import { closeOpenDeal, reopenClosedDeal, type CloseContext } from '../pipeline/closeCommands';

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
  const selection = useEditor(store, (s) => s.selection);
  const highlight = useEditor(store, (s) => s.highlight);
  const whatIf = useEditor(store, (s) => s.whatIf);
  const canUndo = useEditor(store, (s) => s.canUndo);
  const canRedo = useEditor(store, (s) => s.canRedo);
  // A reader of a shared deal (team/useSharedDeal.ts): no edit is possible, so none is offered.
  const locked = useEditor(store, (s) => s.readOnly && s.whatIf === null);
  const [view, setView] = useState<View>('map');
  const [connectKind, setConnectKind] = useState<RelationshipKind>('reports-to');
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [highlightedGap, setHighlightedGap] = useState<string | null>(null);
  const [problems, setProblems] = useState<{ title: string; problems: readonly string[] } | null>(null);
  const [snapshotLabel, setSnapshotLabel] = useState<string | null>(null);
  const [closing, setClosing] = useState(false);
  // The first-run tour, on the first deal a user opens (firstRun.ts).
  const [touring, setTouring] = useState(() => !tourDone());
  // The activity trail beside the map: null when closed, else the person it is narrowed to (or everyone).
  const [trail, setTrail] = useState<{ personId: string | null } | null>(null);
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
  const analysis = useMemo(() => analysisFor(doc, today, lang), [doc, today, lang]);
  const baseline = useMemo(() => (whatIf ? analysisFor(whatIf.base, today, lang) : null), [whatIf, today, lang]);

  const history = useMemo<HistoryCommandContext>(
    () => ({
      store,
      daily,
      lang,
      t,
      toasts: services.toasts,
      newId: () => newId('h'),
      now: () => new Date(),
    }),
    [store, daily, lang, t, services.toasts],
  );

  const closeContext = useMemo<CloseContext>(
    () => ({ store, daily, t, toasts: services.toasts, newId: () => newId('h'), now: () => new Date() }),
    [store, daily, t, services.toasts],
  );
  const outcome = readOutcome(doc.deal);

  const runner = useDealActions({
    store,
    services,
    lang,
    t,
    canvas: () => canvasApi.current,
    setView,
    openPalette: () => setPaletteOpen(true),
    onLibrary,
    onOpen,
    showProblems: (title, list) => setProblems({ title, problems: list }),
    openCsvImport: csvImport.open,
    openExportDialog: exportDialog.open,
    openShareDialog: shareDialog.open,
    openSnapshotDialog: () => setSnapshotLabel(defaultSnapshotLabel(t, lang, new Date())),
    history,
    askImportOver: importOver.ask,
    flushSaves: () => saver.flush(),
    openTrail,
    openCloseDialog: () => setClosing(true),
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
      {services.platform.kind === 'browser' && <MenuBar runner={runner} isMac={services.platform.isMac} />}
      <Toolbar
        dealName={doc.deal.name}
        runner={runner}
        view={view}
        connectKind={connectKind}
        onConnectKind={setConnectKind}
        canUndo={canUndo}
        canRedo={canRedo}
        canExport={whatIf === null}
        readOnly={locked}
        status={<SaveStatus saver={saver} />}
        presence={
          <PresenceBar
            peers={peers}
            personName={(id) => doc.stakeholders.find((p) => p.id === id)?.name}
            runner={runner}
            trailOpen={trail !== null && view !== 'history'}
          />
        }
      />
      {notice}
      {outcome && <ClosedBanner outcome={outcome} onReopen={() => runner.run('deal.reopen')} />}
      {whatIf && (
        <div className="what-if-banner" role="status">
          {t('editor.whatIfBanner')}
        </div>
      )}
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
        <div className="deal-body">
          <aside className="side side-left" aria-label={t('editor.inspector')}>
            <fieldset className="read-only-fence" disabled={locked}>
              <Inspector
                store={store}
                onDeletePerson={() => runner.run('person.delete')}
                onShowActivity={(personId) => openTrail(personId)}
              />
            </fieldset>
          </aside>
          <section className="deal-main" aria-label={t('editor.title', { name: doc.deal.name })}>
            {view === 'map' ? (
              <MapCanvas
                doc={doc}
                selection={selection}
                highlight={highlight}
                peerMarks={marksOfPeers}
                connectKind={connectKind}
                onSelectionChange={(next) => store.select(next)}
                onMove={(positions) => store.apply(movePeople(positions))}
                onConnect={(line) => drawLine(store, line, services.toasts, t)}
                onConnectMissed={() => services.toasts.show(t('canvas.connectMissed'))}
                onRename={(id, name) => store.apply(updatePeople([id], { name }))}
                onDelete={(sel) => deleteWithUndo({ store, toasts: services.toasts, t, lang }, sel)}
                onAddPersonAt={(position) => addPersonNear(store, t, position, canvasApi.current)}
                onReady={(api) => {
                  canvasApi.current = api;
                }}
              />
            ) : (
              <StakeholderGrid store={store} />
            )}
            {view === 'map' && doc.stakeholders.length === 0 && <EmptyMapHint />}
          </section>
          {trail ? (
            <aside className="side side-right" aria-label={t('trailApp.heading')}>
              <TrailPanel
                ydoc={collab.ydoc}
                store={store}
                doc={doc}
                actor={collab.actor}
                personId={trail.personId}
                onPersonId={(personId) => setTrail({ personId })}
                locked={whatIf !== null}
                onClose={() => setTrail(null)}
              />
            </aside>
          ) : (
            <aside className="side side-right" aria-label={t('editor.analysis')}>
              <AnalysisPanel
                analysis={analysis}
                doc={doc}
                highlightedGap={highlightedGap}
                onChooseGap={chooseGap}
                onSelectPerson={(id) => store.select({ people: [id], lines: [] })}
                selectedPeople={selection.people}
                whatIf={{
                  active: whatIf !== null,
                  baseline,
                  onStart: () => runner.run('whatIf.start'),
                  onKeep: () => runner.run('whatIf.keep'),
                  onDrop: () => runner.run('whatIf.drop'),
                }}
              />
            </aside>
          )}
        </div>
      )}
      {touring && view !== 'history' && <Tour onClose={() => setTouring(false)} />}
      {paletteOpen && (
        <CommandPalette runner={runner} isMac={services.platform.isMac} onClose={() => setPaletteOpen(false)} />
      )}
      {snapshotLabel !== null && (
        <SnapshotDialog
          defaultLabel={snapshotLabel}
          onTake={(label) => takeSnapshotNow(history, label)}
          onClose={() => setSnapshotLabel(null)}
        />
      )}
      {closing && (
        <CloseDealDialog
          dealName={doc.deal.name}
          competitors={doc.deal.competitors}
          today={today}
          onClose={(chosen) => closeOpenDeal(closeContext, chosen)}
          onDone={() => setClosing(false)}
        />
      )}
      {csvImport.dialog}
      {importOver.dialog}
      {exportDialog.dialog}
      {shareDialog.dialog}
      {problems && (
        <ProblemsDialog title={problems.title} problems={problems.problems} onClose={() => setProblems(null)} />
      )}
    </div>
  );
}
