import type { Gap, LikelihoodTerm } from '../../../shared/analysis';
import { useLang } from '../../i18n/LangContext';
import { signed } from '../logic/explanation';

/**
 * One term of the explanation with its signed points. A person's term selects the person;
 * a gap's term chooses the gap (highlights its people).
 */
export function TermRow({
  term,
  gap,
  onSelectPerson,
  onChooseGap,
}: {
  term: LikelihoodTerm;
  gap: Gap | undefined;
  onSelectPerson: (id: string) => void;
  onChooseGap: (gap: Gap) => void;
}) {
  const { t } = useLang();
  const source = term.source;
  const direction = term.points > 0 ? 'up' : term.points < 0 ? 'down' : 'zero';
  let label;
  if (source.kind === 'person') {
    label = (
      <button type="button" className="pn-link" onClick={() => onSelectPerson(source.stakeholderId)}>
        {term.label}
      </button>
    );
  } else if (source.kind === 'gap' && gap) {
    label = (
      <button type="button" className="pn-link" onClick={() => onChooseGap(gap)}>
        {term.label}
      </button>
    );
  } else {
    label = <span>{term.label}</span>;
  }
  return (
    <li className="pn-term">
      <span className="pn-term__label">{label}</span>
      <span className={`pn-term__points pn-term__points--${direction}`}>
        <span aria-hidden="true">{signed(term.points)}</span>
        <span className="visually-hidden">{t('panels.analysis.points', { points: term.points })}</span>
      </span>
    </li>
  );
}
