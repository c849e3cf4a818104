import { useId, useMemo } from 'react';
import type { Stakeholder } from '../../../shared/document';
import { useLang } from '../../i18n/LangContext';
import { tipPeople } from '../logic/tips';

/** How to meet the selected or highlighted people, from their personality style (the glossary's table). */
export function PersonaTips({
  people,
  selected,
  highlighted,
  onSelectPerson,
}: {
  people: readonly Stakeholder[];
  selected: readonly string[];
  highlighted: readonly string[];
  onSelectPerson: (id: string) => void;
}) {
  const { t } = useLang();
  const headingId = useId();
  const tips = useMemo(() => tipPeople(people, selected, highlighted), [people, selected, highlighted]);
  return (
    <section className="pn-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="pn-subheading">
        {t('panels.tips.heading')}
      </h3>
      {tips.length === 0 ? (
        <p className="pn-muted">{t('panels.tips.empty')}</p>
      ) : (
        <ul className="pn-tips">
          {tips.map((tip) => (
            <li key={tip.id} className="pn-tip">
              <p className="pn-tip__who">
                <button type="button" className="pn-link" onClick={() => onSelectPerson(tip.id)}>
                  {t('panels.tips.person', { name: tip.name, style: t(`style.${tip.style}`) })}
                </button>{' '}
                <span className="pn-muted">({t(`panels.tips.axes.${tip.style}`)})</span>
              </p>
              <p className="pn-tip__how">{t(`panels.tips.${tip.style}`)}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
