import type { Advice } from '../../shared/calibration';
import { useLang } from '../i18n/LangContext';
import { parameterRows } from './reviewModel';

/** The fitted base and gap costs beside the current ones, each with its 95% interval. */
export function ParametersTable({ advice }: { advice: Advice }) {
  const { t, lang } = useLang();
  return (
    <table className="rv-table" aria-labelledby="rv-advice-title">
      <thead>
        <tr>
          <th scope="col">{t('review.advice.figure')}</th>
          <th scope="col" className="num">
            {t('review.advice.current')}
          </th>
          <th scope="col" className="num">
            {t('review.advice.fitted')}
          </th>
          <th scope="col" className="num">
            {t('review.advice.deals')}
          </th>
          <th scope="col">{t('review.advice.different')}</th>
        </tr>
      </thead>
      <tbody>
        {parameterRows(advice, lang, t).map((row) => (
          <tr key={row.key} className={row.clearlyDifferent ? 'rv-different' : undefined}>
            <th scope="row">{row.name}</th>
            <td className="num">{row.current}</td>
            <td className="num">{row.fitted}</td>
            <td className="num">{row.deals}</td>
            <td>{row.clearlyDifferent ? t('review.advice.yes') : t('review.advice.no')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
