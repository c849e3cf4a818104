import { useId } from 'react';
import type { Attribution, AttributionRow } from '../../shared/diff';
import { useLang } from '../i18n/LangContext';
import { signedPoints } from './chart';

function direction(points: number): string {
  return points > 0 ? 'up' : points < 0 ? 'down' : 'zero';
}

/** How many points of win likelihood each change moved; the rows add up to the change shown. */
export function AttributionList({ attribution }: { attribution: Attribution }) {
  const { t } = useLang();
  const heading = useId();
  const changeWord = (row: AttributionRow) =>
    row.change === undefined ? null : t(`history.attribution.${row.change}`);
  return (
    <section className="ph-section ph-attribution" aria-labelledby={heading}>
      <h3 id={heading} className="pn-subheading">
        {t('historyApp.attribution.heading')}
      </h3>
      {attribution.rows.length === 0 ? (
        <p className="pn-muted">{t('historyApp.attribution.none')}</p>
      ) : (
        <ul className="pn-terms">
          {attribution.rows.map((row) => (
            <li key={`${row.kind}:${row.id ?? ''}`} className="pn-term ph-attribution__row">
              <span className="pn-term__label">
                <span className="ph-attribution__name">{row.name}</span>
                {changeWord(row) && <span className="ph-attribution__change"> ({changeWord(row)})</span>}
              </span>
              <span className={`pn-term__points pn-term__points--${direction(row.rounded)}`}>
                <span aria-hidden="true">{signedPoints(row.rounded)}</span>
                <span className="visually-hidden">{t('historyApp.attribution.points', { points: row.rounded })}</span>
              </span>
            </li>
          ))}
          <li className="pn-term pn-term--total ph-attribution__total">
            <span className="pn-term__label">{t('historyApp.attribution.total')}</span>
            <span className={`pn-term__points pn-term__points--${direction(attribution.delta)}`}>
              <span aria-hidden="true">{signedPoints(attribution.delta)}</span>
              <span className="visually-hidden">
                {t('historyApp.attribution.points', { points: attribution.delta })}
              </span>
            </span>
          </li>
        </ul>
      )}
    </section>
  );
}
