import type { Names } from '../../shared/diff/wording';
import { useLang } from '../i18n/LangContext';
import type { trailFilterChoices } from './trailModel';

interface TrailFiltersProps {
  readonly personId: string | null;
  readonly actorId: string | null;
  /** The people and the teammates the trail names. */
  readonly choices: ReturnType<typeof trailFilterChoices>;
  readonly names: Names;
  readonly onPerson: (personId: string | null) => void;
  readonly onActor: (actorId: string | null) => void;
}

/**
 * The trail's two filters: one person (also one no longer in the trail, as the inspector may
 * ask for it) and one teammate.
 */
export function TrailFilters({ personId, actorId, choices, names, onPerson, onActor }: TrailFiltersProps) {
  const { t } = useLang();
  return (
    <div className="pt-trail__filters">
      <label>
        <span>{t('trailApp.filter.person')}</span>
        <select value={personId ?? ''} onChange={(event) => onPerson(event.target.value || null)}>
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
        <select value={actorId ?? ''} onChange={(event) => onActor(event.target.value || null)}>
          <option value="">{t('trailApp.filter.everyone')}</option>
          {choices.actors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name.trim() || t('trailApp.unnamed')}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
