import type { DeletedButEdited } from '../../shared/collab';
import { fieldLabel } from '../../shared/diff/wording';
import { joinList } from '../../shared/i18n';
import { useLang } from '../i18n/LangContext';
import { formatTakenAt } from './dates';

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
  const words = { t, raw: (text: string) => text };
  return (
    <section className="pt-deleted" aria-label={t('trailApp.deleted.heading')}>
      <h3 className="pn-subheading">{t('trailApp.deleted.heading')}</h3>
      <ul>
        {people.map((person) => (
          <li key={person.id}>
            <p>
              {t('trailApp.deleted.item', {
                name: person.name,
                who: person.deletedBy.name.trim() || t('trailApp.unnamed'),
                when: formatTakenAt(lang, person.deletedAt),
                fields: joinList(
                  lang,
                  person.fields.map((field) => fieldLabel(words, 'person', field)),
                ),
              })}
            </p>
            <button type="button" className="pn-button" disabled={locked} onClick={() => onRestore(person)}>
              {t('trailApp.deleted.restore', { name: person.name })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
