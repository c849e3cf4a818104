import type { Gap } from '../../../shared/analysis';
import { useLang } from '../../i18n/LangContext';

/** One gap: choosing it highlights its people; its suggested action; its people, each selectable. */
export function GapItem({
  gap,
  chosen,
  names,
  onChoose,
  onSelectPerson,
}: {
  gap: Gap;
  chosen: boolean;
  names: ReadonlyMap<string, string>;
  onChoose: (gap: Gap | null) => void;
  onSelectPerson: (id: string) => void;
}) {
  const { t } = useLang();
  const people = gap.stakeholderIds.filter((id) => names.has(id));
  return (
    <li className={`pn-gap pn-gap--${gap.severity}${chosen ? ' is-chosen' : ''}`}>
      <button
        type="button"
        className="pn-gap__choose"
        aria-pressed={chosen}
        onClick={() => onChoose(chosen ? null : gap)}
      >
        {gap.message}
      </button>
      <p className="pn-gap__action">
        <span className="pn-gap__label">{t('panels.analysis.action')}</span> {gap.action}
      </p>
      {people.length > 0 && (
        <p className="pn-gap__people">
          <span className="pn-gap__label">{t('panels.analysis.people')}</span>{' '}
          {people.map((id) => (
            <button
              key={id}
              type="button"
              className="pn-chip-link"
              aria-label={t('panels.analysis.selectPerson', { name: names.get(id)! })}
              onClick={() => onSelectPerson(id)}
            >
              {names.get(id)}
            </button>
          ))}
        </p>
      )}
    </li>
  );
}
