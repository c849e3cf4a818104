import type { FieldChange } from '../../shared/diff';
import type { Stakeholder } from '../../shared/document';
import { useLang } from '../i18n/LangContext';
import { fieldDirection, type PersonMark } from './compareMarks';
import { FieldChanges } from './FieldChanges';
import { MARK_SYMBOLS } from '../canvas/marks';
import type { Names } from './wording';

/** One person in the change list: the mark (added, removed, improved, ...), the name, and what changed. */
export function PersonChangeItem({
  id,
  name,
  mark,
  changes,
  person,
  names,
}: {
  id: string;
  name: string;
  mark: PersonMark;
  /** The fields that changed (none for people added or removed). */
  changes: readonly FieldChange[];
  /** The person in the newer version, which says how a change of influence reads. */
  person: Stakeholder | undefined;
  names: Names;
}) {
  const { t } = useLang();
  return (
    <li className={`ph-change ph-change--${mark}`} data-person-id={id}>
      <p className="ph-change__head">
        <span className={`ph-mark ph-mark--${mark}`}>
          {MARK_SYMBOLS[mark]} {t(`historyApp.mark.${mark}`)}
        </span>{' '}
        <span className="ph-change__name">{name}</span>
      </p>
      {changes.length > 0 && (
        <FieldChanges
          scope="person"
          changes={changes}
          names={names}
          directionOf={(change) => fieldDirection(change, person)}
        />
      )}
    </li>
  );
}
