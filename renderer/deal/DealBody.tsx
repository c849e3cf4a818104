/**
 * The deal's working area beside the toolbar: the inspector on the left, the map or the grid
 * in the middle, and on the right the activity trail when open, else the live analysis.
 */
import { useMemo, type RefObject } from 'react';
import type { Gap } from '../../shared/analysis';
import type { RelationshipKind } from '../../shared/document';
import type { ActionRunner } from '../actions/registry';
import { MapCanvas, type CanvasApi } from '../canvas/MapCanvas';
import type { PeerMark } from '../canvas/marks';
import { movePeople, updatePeople } from '../editor/commands/people';
import type { EditorStore } from '../editor/store';
import { TrailPanel } from '../history/TrailPanel';
import { useEditor } from '../hooks/useEditor';
import { useLang } from '../i18n/LangContext';
import { AnalysisPanel } from '../panels/AnalysisPanel';
import { Inspector } from '../panels/Inspector';
import { StakeholderGrid } from '../panels/StakeholderGrid';
import { useServices } from '../services/services';
import { addPersonNear } from './addPerson';
import { analysisFor } from './analysisFor';
import type { DealCollab } from './DealEditor';
import { deleteWithUndo } from './deleteWithUndo';
import { drawLine } from './drawLine';
import { EmptyMapHint } from './EmptyMapHint';

/** The activity trail beside the map: the person it is narrowed to, or everyone (null). */
export interface TrailOpen {
  readonly personId: string | null;
}

interface DealBodyProps {
  readonly store: EditorStore;
  readonly collab: DealCollab;
  readonly view: 'map' | 'grid';
  readonly connectKind: RelationshipKind;
  /** A reader of a shared deal: the inspector is disabled. */
  readonly locked: boolean;
  readonly peerMarks: ReadonlyMap<string, PeerMark>;
  readonly trail: TrailOpen | null;
  readonly onTrail: (trail: TrailOpen | null) => void;
  readonly runner: ActionRunner;
  readonly canvasApi: RefObject<CanvasApi | null>;
  /** The gap chosen in the analysis (kept by the editor: the trail or the history may hide the panel). */
  readonly highlightedGap: string | null;
  readonly onChooseGap: (gap: Gap | null) => void;
}

export function DealBody(props: DealBodyProps) {
  const { store, view, locked, trail, onTrail, runner } = props;
  const { t } = useLang();
  const doc = useEditor(store, (s) => s.doc);
  const whatIf = useEditor(store, (s) => s.whatIf);
  return (
    <div className="deal-body">
      <aside className="side side-left" aria-label={t('editor.inspector')}>
        <fieldset className="read-only-fence" disabled={locked}>
          <Inspector
            store={store}
            onDeletePerson={() => runner.run('person.delete')}
            onShowActivity={(personId) => onTrail({ personId })}
          />
        </fieldset>
      </aside>
      <section className="deal-main" aria-label={t('editor.title', { name: doc.deal.name })}>
        {view === 'map' ? <DealMap {...props} /> : <StakeholderGrid store={store} />}
        {view === 'map' && doc.stakeholders.length === 0 && <EmptyMapHint />}
      </section>
      {trail ? (
        <aside className="side side-right" aria-label={t('trailApp.heading')}>
          <TrailPanel
            ydoc={props.collab.ydoc}
            store={store}
            doc={doc}
            actor={props.collab.actor}
            personId={trail.personId}
            onPersonId={(personId) => onTrail({ personId })}
            locked={whatIf !== null}
            onClose={() => onTrail(null)}
          />
        </aside>
      ) : (
        <aside className="side side-right" aria-label={t('editor.analysis')}>
          <AnalysisSide {...props} />
        </aside>
      )}
    </div>
  );
}

/** The map, its edits written through the store. */
function DealMap({ store, connectKind, peerMarks, canvasApi }: DealBodyProps) {
  const services = useServices();
  const { t, lang } = useLang();
  const doc = useEditor(store, (s) => s.doc);
  const selection = useEditor(store, (s) => s.selection);
  const highlight = useEditor(store, (s) => s.highlight);
  return (
    <MapCanvas
      doc={doc}
      selection={selection}
      highlight={highlight}
      peerMarks={peerMarks}
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
  );
}

/** The live analysis, and in a what-if the analysis it started from. */
function AnalysisSide({ store, runner, highlightedGap, onChooseGap }: DealBodyProps) {
  const services = useServices();
  const { lang } = useLang();
  const doc = useEditor(store, (s) => s.doc);
  const selection = useEditor(store, (s) => s.selection);
  const whatIf = useEditor(store, (s) => s.whatIf);
  const today = services.today();
  const analysis = useMemo(() => analysisFor(doc, today, lang), [doc, today, lang]);
  const baseline = useMemo(() => (whatIf ? analysisFor(whatIf.base, today, lang) : null), [whatIf, today, lang]);
  return (
    <AnalysisPanel
      analysis={analysis}
      doc={doc}
      highlightedGap={highlightedGap}
      onChooseGap={onChooseGap}
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
  );
}
