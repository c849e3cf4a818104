import type { DeletedButEdited } from '../../shared/collab';
import { deletedItemText } from '../history/deletedItemText';
import { useLang } from '../i18n/LangContext';
import './notice.css';

/** Which case a person is: the same person deleted again later is a new case. */
export const deletionKey = (person: DeletedButEdited): string => `${person.id}@${person.deletedAt}`;

/**
 * A merge brought into the open deal a person deleted on one machine while edited on another
 * (the soft delete keeps them, docs/COLLAB_MODEL.md): names the person, who deleted them and
 * what was changed since, and offers to restore them (one undo step) or to dismiss the notice.
 * The trail panel keeps listing them after a dismissal.
 */
export function DeletedElsewhereNotice({
  people,
  canRestore,
  onRestore,
  onDismiss,
}: {
  people: readonly DeletedButEdited[];
  /** False for a reader, or during a what-if: only dismissing is offered. */
  canRestore: boolean;
  onRestore: (person: DeletedButEdited) => void;
  onDismiss: (person: DeletedButEdited) => void;
}) {
  const { t, lang } = useLang();
  if (people.length === 0) return null;
  return (
    <section className="deleted-notice" role="alert" aria-labelledby="deleted-notice-title">
      <p id="deleted-notice-title" className="deleted-notice__title">
        {t('trailApp.deleted.heading')}
      </p>
      <ul className="deleted-notice__list">
        {people.map((person) => (
          <li key={deletionKey(person)}>
            <span>{deletedItemText(person, t, lang)}</span>
            <span className="deleted-notice__actions">
              {canRestore && (
                <button type="button" onClick={() => onRestore(person)}>
                  {t('trailApp.deleted.restore', { name: person.name })}
                </button>
              )}
              <button
                type="button"
                aria-label={t('trailApp.notice.dismissOne', { name: person.name })}
                onClick={() => onDismiss(person)}
              >
                {t('trailApp.notice.dismiss')}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
