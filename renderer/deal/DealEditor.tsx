import { useCallback, useMemo, useRef, type ReactNode } from 'react';
import type { Gap } from '../../shared/analysis';
import type { Actor } from '../../shared/collab';
import type * as Y from 'yjs';
import type { CanvasApi } from '../canvas/MapCanvas';
import type { EditorStore } from '../editor/store';
import type { DailySnapshot } from '../history/dailySnapshot';
import { useEditor } from '../hooks/useEditor';
import { useLang } from '../i18n/LangContext';
import type { AutoSaver } from '../persistence/autosave';
import { useServices } from '../services/services';
import { DealBody } from './DealBody';
import { DealHistory } from './DealHistory';
import { EditorHeader } from './EditorHeader';
import { peerMarks } from './peerMarks';
import { Tour } from './Tour';
import { useDealDialogs } from './useDealDialogs';
import { useEditorRunner } from './useEditorRunner';
import { useEditorViewState } from './useEditorViewState';
import { usePresence } from './usePresence';

/** The deal's Y.Doc and who edits it: the activity trail and presence. */
export interface DealCollab {
  readonly ydoc: Y.Doc;
  readonly actor: Actor;
}

/** The deal to edit, how it saves, and where to go from it. */
export interface DealEditorProps {
  readonly store: EditorStore;
  readonly saver: AutoSaver;
  /** The snapshot at the first edit of a new day, which history edits go around. */
  readonly daily?: DailySnapshot | null;
  /** A notice shown under the toolbar (the parts of a damaged deal set aside). */
  readonly notice?: ReactNode;
  readonly collab: DealCollab;
  readonly onLibrary: () => void;
  readonly onOpen: (id: string) => void;
}

/** The editing screen of one deal: toolbar, map or grid, details and live analysis; or its history. */
export function DealEditor({ store, saver, daily = null, notice = null, collab, onLibrary, onOpen }: DealEditorProps) {
  const services = useServices();
  const { t, lang } = useLang();
  const doc = useEditor(store, (s) => s.doc);
  const whatIf = useEditor(store, (s) => s.whatIf);
  // A reader of a shared deal (team/useSharedDeal.ts): no edit is possible, so none is offered.
  const locked = useEditor(store, (s) => s.readOnly && s.whatIf === null);
  const ui = useEditorViewState();
  const { view, connectKind, trail, highlightedGap, touring, setHighlightedGap } = ui;
  const peers = usePresence(doc.deal.id, collab.ydoc, collab.actor, store);
  const marksOfPeers = useMemo(() => peerMarks(peers, t('presence.unnamed')), [peers, t]);
  const canvasApi = useRef<CanvasApi | null>(null);
  const dealDialogs = useDealDialogs({
    store,
    services,
    lang,
    t,
    canvasApi,
    setView: ui.setView,
    daily,
    deal: doc.deal,
  });
  const { csvImport, importOver, today, exportDialog, shareDialog, history, dialogs } = dealDialogs;
  const runner = useEditorRunner({
    store,
    saver,
    services,
    lang,
    t,
    canvasApi,
    setView: ui.setView,
    openTrail: ui.openTrail,
    onLibrary,
    onOpen,
    dialogs: dealDialogs,
  });

  const chooseGap = useCallback(
    (gap: Gap | null) => {
      setHighlightedGap(gap?.key ?? null);
      store.highlight(gap ? gap.stakeholderIds : []);
    },
    // The setter is the same on every render (useState's): the gap's choice still follows the store only.
    [store, setHighlightedGap],
  );

  return (
    <div className={`deal-editor${whatIf ? ' is-what-if' : ''}`}>
      <EditorHeader
        store={store}
        saver={saver}
        runner={runner}
        view={view}
        connectKind={connectKind}
        onConnectKind={ui.setConnectKind}
        peers={peers}
        trailOpen={trail !== null && view !== 'history'}
        notice={notice}
      />
      {view === 'history' ? (
        <DealHistory doc={doc} today={today} locked={whatIf !== null} runner={runner} history={history} />
      ) : (
        <DealBody
          store={store}
          collab={collab}
          view={view}
          connectKind={connectKind}
          locked={locked}
          peerMarks={marksOfPeers}
          trail={trail}
          onTrail={ui.setTrail}
          runner={runner}
          canvasApi={canvasApi}
          highlightedGap={highlightedGap}
          onChooseGap={chooseGap}
        />
      )}
      {touring && view !== 'history' && <Tour onClose={() => ui.setTouring(false)} />}
      {dialogs.render(runner)}
      {csvImport.dialog}
      {importOver.dialog}
      {exportDialog.dialog}
      {shareDialog.dialog}
      {dialogs.problemsDialog}
    </div>
  );
}
