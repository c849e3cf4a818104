import { useMemo, useState } from 'react';
import type * as Y from 'yjs';
import type { Actor } from '../../shared/collab';
import { namesOf } from '../../shared/diff/wording';
import type { PowermapDocument } from '../../shared/document';
import type { EditorStore } from '../editor/store';
import { useLang } from '../i18n/LangContext';
import { useServices } from '../services/services';
import { DeletedPeopleList } from './DeletedPeopleList';
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
      <div className="pt-trail__filters">
        <label>
          <span>{t('trailApp.filter.person')}</span>
          <select
            value={personId ?? ''}
            onChange={(event) => {
              onPersonId(event.target.value || null);
              setLimit(TRAIL_PAGE);
            }}
          >
            <option value="">{t('trailApp.filter.allPeople')}</option>
            {personId !== null && !choices.people.some((p) => p.id === personId) && (
              <option value={personId}>{names.person(personId) ?? personId}</option>
            )}
            {choices.people.map((p) => (
              <option key={p.id} value={p.id}>
                {names.person(p.id) ?? p.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('trailApp.filter.actor')}</span>
          <select
            value={actorId ?? ''}
            onChange={(event) => {
              setActorId(event.target.value || null);
              setLimit(TRAIL_PAGE);
            }}
          >
            <option value="">{t('trailApp.filter.everyone')}</option>
            {choices.actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name.trim() || t('trailApp.unnamed')}
              </option>
            ))}
          </select>
        </label>
      </div>
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
          {view.days.map((group) => (
            <section key={group.day} className="pt-day" aria-label={group.label}>
              <h3 className="pn-subheading pt-day__label">{group.label}</h3>
              <ol className="pt-entries">
                {group.rows.map((row) => (
                  <li key={row.key} className={`pt-entry${row.overwritten ? ' is-overwritten' : ''}`}>
                    <span className="pt-entry__time">{row.time}</span>
                    <span className="pt-entry__text">
                      <strong className="pt-entry__who">{row.who}</strong> {row.what}
                      {row.overwritten && <span className="pt-entry__badge">{t('trailApp.overwritten')}</span>}
                    </span>
                    {row.overwritten && (
                      <button
                        type="button"
                        className="pn-button pt-entry__put-back"
                        disabled={locked}
                        onClick={() => putBack(row)}
                      >
                        {t('trailApp.putBack')}
                      </button>
                    )}
                  </li>
                ))}
              </ol>
            </section>
          ))}
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
