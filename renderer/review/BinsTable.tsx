import type { ReliabilityBin } from '../../shared/calibration';
import { useLang } from '../i18n/LangContext';
import { binRows } from './reviewModel';

/** The reliability bands in words: the chart's figures, for reading and for screen readers. */
export function BinsTable({ bins }: { bins: readonly ReliabilityBin[] }) {
  const { t } = useLang();
  return (
    <details className="rv-bins" open>
      <summary>{t('review.bins.title')}</summary>
      <table className="rv-table">
        <thead>
          <tr>
            <th scope="col">{t('review.bins.band')}</th>
            <th scope="col" className="num">
              {t('review.bins.deals')}
            </th>
            <th scope="col" className="num">
              {t('review.bins.won')}
            </th>
            <th scope="col" className="num">
              {t('review.bins.predicted')}
            </th>
            <th scope="col" className="num">
              {t('review.bins.observed')}
            </th>
          </tr>
        </thead>
        <tbody>
          {binRows(bins).map((row) => (
            <tr key={row.band}>
              <th scope="row">{row.band}</th>
              <td className="num">{row.count}</td>
              <td className="num">{row.won}</td>
              <td className="num">{row.predicted}</td>
              <td className="num">
                {row.observed}
                {row.count > 0 && !row.enough && <span className="rv-muted"> ({t('review.bins.tooFew')})</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
