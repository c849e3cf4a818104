import type { GapOutcome } from '../../shared/calibration';
import { useLang } from '../i18n/LangContext';
import { gapRows } from './reviewModel';

/** Gaps against outcomes: the rate in lost and in won deals, the counts, and how long each was open. */
export function GapsTable({ gaps }: { gaps: readonly GapOutcome[] }) {
  const { t, lang } = useLang();
  const rows = gapRows(gaps, lang, t);
  return (
    <section className="rv-section" aria-labelledby="rv-gaps-title">
      <h2 id="rv-gaps-title">{t('review.gaps.title')}</h2>
      <p className="rv-note">{t('review.gaps.note')}</p>
      {rows.length === 0 ? (
        <p className="rv-muted">{t('review.gaps.none')}</p>
      ) : (
        <table className="rv-table" aria-labelledby="rv-gaps-title">
          <thead>
            <tr>
              <th scope="col">{t('review.gaps.rule')}</th>
              <th scope="col" className="num">
                {t('review.gaps.inLost')}
              </th>
              <th scope="col" className="num">
                {t('review.gaps.inWon')}
              </th>
              <th scope="col" className="num">
                {t('review.gaps.daysLost')}
              </th>
              <th scope="col" className="num">
                {t('review.gaps.daysWon')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.code}>
                <th scope="row">{row.rule}</th>
                <td className={row.difference > 0 ? 'num rv-worse' : 'num'}>{row.inLost}</td>
                <td className="num">{row.inWon}</td>
                <td className="num">{row.daysLost}</td>
                <td className="num">{row.daysWon}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
