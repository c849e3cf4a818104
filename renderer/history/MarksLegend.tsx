import { useId } from 'react';
import { useLang } from '../i18n/LangContext';
import { markCounts, type CompareMarks, type PersonMark } from './compareMarks';
import { MARK_SYMBOLS } from '../canvas/marks';

const ORDER: readonly PersonMark[] = ['improved', 'worsened', 'added', 'removed', 'changed'];

/** What the map of a comparison marks, with how many people carry each mark. */
export function MarksLegend({ marks }: { marks: CompareMarks }) {
  const { t } = useLang();
  const heading = useId();
  const counts = markCounts(marks);
  const shown = ORDER.filter((mark) => counts[mark] > 0);
  if (shown.length === 0) return null;
  return (
    <div className="ph-marks-legend" role="group" aria-labelledby={heading}>
      <p id={heading} className="ph-marks-legend__title">
        {t('historyApp.canvas.legend')}
      </p>
      <ul>
        {shown.map((mark) => (
          <li key={mark} className={`ph-mark ph-mark--${mark}`} data-mark={mark}>
            {MARK_SYMBOLS[mark]}{' '}
            {t('historyApp.canvas.count', { mark: t(`historyApp.mark.${mark}`), count: counts[mark] })}
          </li>
        ))}
      </ul>
    </div>
  );
}
