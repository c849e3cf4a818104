import type { EditorStore } from '../editor/store';
import { useEditor } from '../hooks/useEditor';
import { DealInspector } from './inspector/DealInspector';
import { SalesFields } from './inspector/SalesFields';
import { LineInspector } from './inspector/LineInspector';
import { LinesInspector } from './inspector/LinesInspector';
import { PeopleInspector } from './inspector/PeopleInspector';
import { PersonInspector } from './inspector/PersonInspector';
import { TeamInspector } from './inspector/TeamInspector';
import { inspectorMode } from './logic/inspectorMode';
import { useLang } from '../i18n/LangContext';
import './panels.css';

/**
 * Edits what is selected: one person (every field), several people (the fields they
 * share), one line or several, or, with nothing selected, the deal and our team.
 */
export function Inspector({
  store,
  onDeletePerson,
  onShowActivity,
}: {
  store: EditorStore;
  /** Deletes the selected person (the action Person › Delete person, with its Undo message). */
  onDeletePerson?: () => void;
  /** Opens the activity trail narrowed to one person ("Activity of this person"). */
  onShowActivity?: (personId: string) => void;
}) {
  const { t } = useLang();
  const doc = useEditor(store, (state) => state.doc);
  const selection = useEditor(store, (state) => state.selection);
  const mode = inspectorMode(selection);

  let body;
  switch (mode.kind) {
    case 'person': {
      const person = doc.stakeholders.find((p) => p.id === mode.id);
      body = person ? (
        <>
          <PersonInspector key={person.id} store={store} doc={doc} person={person} onDelete={onDeletePerson} />
          {onShowActivity && (
            <button type="button" className="pn-button pn-activity" onClick={() => onShowActivity(person.id)}>
              {t('trailApp.personActivity')}
            </button>
          )}
        </>
      ) : (
        <p className="pn-muted">{t('panels.inspector.gone')}</p>
      );
      break;
    }
    case 'people':
      body = <PeopleInspector key={mode.ids.join(',')} store={store} doc={doc} ids={mode.ids} />;
      break;
    case 'line':
      body = <LineInspector key={mode.id} store={store} doc={doc} id={mode.id} />;
      break;
    case 'lines':
      body = <LinesInspector store={store} ids={mode.ids} />;
      break;
    case 'deal':
      body = (
        <>
          <DealInspector key={doc.deal.id} store={store} deal={doc.deal} />
          <SalesFields key={`sales:${doc.deal.id}`} store={store} deal={doc.deal} people={doc.stakeholders} />
          <TeamInspector store={store} doc={doc} />
        </>
      );
      break;
  }
  return (
    <div className="pn-panel pn-inspector" aria-label={t('panels.inspector.label')} role="region">
      {body}
    </div>
  );
}
