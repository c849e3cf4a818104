import { useMemo, useState } from 'react';
import type * as Y from 'yjs';
import type { Actor } from '../../shared/collab';
import { namesOf } from '../../shared/diff/wording';
import type { PowermapDocument } from '../../shared/document';
import type { EditorStore } from '../editor/store';
import { useLang } from '../i18n/LangContext';
import { useServices } from '../services/services';
import { DeletedPeopleList } from './DeletedPeopleList';
import { TrailDays } from './TrailDays';
import { TrailFilters } from './TrailFilters';
import { putBackValue, restoreDeletedPerson } from './trailEdits';
import { TRAIL_PAGE, trailFilterChoices, trailView, type TrailRow } from './trailModel';
import { useDealTrail } from './useDealTrail';
import './trail.css';

export interface TrailPanelProps {
  readonly ydoc: Y.Doc;
  readonly store: EditorStore;
  readonly doc: PowermapDocument;
  readonly actor: Actor;
  /** The person the list is narrowed to (the inspector's "Activity of this person"), or null for all. */
  readonly personId: string | null;
  readonly onPersonId: (personId: string | null) => void;
  /** No edits (a what-if is open). */
  readonly locked: boolean;
  readonly onClose: () => void;
}

/**
 * The activity trail of the deal: who changed what and when, newest first by day, for
 * everyone or one person or teammate; a value since overwritten can be put back, and a
 * person deleted while someone else edited them can be restored (each one undoable edit).
 */
export function TrailPanel({ ydoc, store, doc, actor, personId, onPersonId, locked, onClose }: TrailPanelProps) {
  const { t, lang } = useLang();
  const { toasts, today } = useServices();
  const trail = useDealTrail(ydoc);
  const [actorId, setActorId] = useState<string | null>(null);
  const [limit, setLimit] = useState(TRAIL_PAGE);
  const names = useMemo(() => namesOf(doc), [doc]);
  const choices = useMemo(() => trailFilterChoices(trail.entries), [trail.entries]);
  const day = today();
  const view = useMemo(
    () => trailView(ydoc, trail.entries, { lang, filter: { personId, actorId }, limit, today: day, names }),
    // `trail.version` stands for the fields' values, which the overwritten marks read.
    [ydoc, trail, lang, personId, actorId, limit, day, names],
  );

  const putBack = (row: TrailRow) => {
    if (putBackValue(store, ydoc, row.entry, actor)) toasts.show(t('trailApp.putBack.done', { what: row.what }));
    else toasts.show(t('trailApp.putBack.nothing'));
  };

  return (
    <div className="pn-panel pt-trail" role="region" aria-label={t('trailApp.heading')}>
      <div className="pt-trail__head">
        <h2 className="pn-heading">{t('trailApp.heading')}</h2>
        <button type="button" className="pn-button" onClick={onClose} aria-label={t('trailApp.close')}>
          ×
        </button>
      </div>
      <TrailFilters
        personId={personId}
        actorId={actorId}
        choices={choices}
        names={names}
        onPerson={(next) => {
          onPersonId(next);
          setLimit(TRAIL_PAGE);
        }}
        onActor={(next) => {
          setActorId(next);
          setLimit(TRAIL_PAGE);
        }}
      />
      {trail.deletedButEdited.length > 0 && (
        <DeletedPeopleList
          people={trail.deletedButEdited}
          locked={locked}
          onRestore={(person) => {
            if (restoreDeletedPerson(store, ydoc, person.id, actor))
              toasts.show(t('trailApp.deleted.done', { name: person.name }));
          }}
        />
      )}
      {view.total === 0 ? (
        <p className="pn-muted">{trail.entries.length === 0 ? t('trailApp.empty') : t('trailApp.emptyFiltered')}</p>
      ) : (
        <>
          <p className="pn-muted">
            {view.shown < view.total
              ? t('trailApp.count', { shown: view.shown, total: view.total })
              : t('trailApp.countAll', { total: view.total })}
          </p>
          <TrailDays days={view.days} locked={locked} onPutBack={putBack} />
          {view.shown < view.total && (
            <button type="button" className="pn-button" onClick={() => setLimit((n) => n + TRAIL_PAGE)}>
              {t('trailApp.more', { count: Math.min(TRAIL_PAGE, view.total - view.shown) })}
            </button>
          )}
        </>
      )}
    </div>
  );
}
