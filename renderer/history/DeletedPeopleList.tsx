import type { DeletedButEdited } from '../../shared/collab';
import { deletedItemText } from './deletedItemText';
import { useLang } from '../i18n/LangContext';

/**
 * The people deleted on one machine while someone edited them on another (the soft delete
 * keeps them): who deleted them, when, what was changed since, and a button to restore each.
 */
export function DeletedPeopleList({
  people,
  locked,
  onRestore,
}: {
  people: readonly DeletedButEdited[];
  /** No edits (a what-if is open). */
  locked: boolean;
  onRestore: (person: DeletedButEdited) => void;
}) {
  const { t, lang } = useLang();
  return (
    <section className="pt-deleted" aria-label={t('trailApp.deleted.heading')}>
      <h3 className="pn-subheading">{t('trailApp.deleted.heading')}</h3>
      <ul>
        {people.map((person) => (
          <li key={person.id}>
            <p>{deletedItemText(person, t, lang)}</p>
            <button type="button" className="pn-button" disabled={locked} onClick={() => onRestore(person)}>
              {t('trailApp.deleted.restore', { name: person.name })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
