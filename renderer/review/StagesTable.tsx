import type { CalibrationAt } from '../../shared/calibration';
import type { PurchaseStage } from '../../shared/document';
import { useLang } from '../i18n/LangContext';
import { stageRows } from './reviewModel';

/** The calibration of the likelihood read at each purchase stage, each judged by the same minimum. */
export function StagesTable({ byStage }: { byStage: Readonly<Record<PurchaseStage, CalibrationAt>> }) {
  const { t } = useLang();
  return (
    <>
      <h3 id="rv-stages-title">{t('review.stages.title')}</h3>
      <table className="rv-table" aria-labelledby="rv-stages-title">
        <thead>
          <tr>
            <th scope="col">{t('review.stages.stage')}</th>
            <th scope="col" className="num">
              {t('review.stages.decided')}
            </th>
            <th scope="col" className="num">
              {t('review.brier')}
            </th>
            <th scope="col" className="num">
              {t('review.logLoss')}
            </th>
            <th scope="col" className="num">
              {t('review.mean')}
            </th>
          </tr>
        </thead>
        <tbody>
          {stageRows(byStage).map((row) => (
            <tr key={row.stage}>
              <th scope="row">{t(`purchaseStage.${row.stage}`)}</th>
              <td className="num">
                {row.won} / {row.lost}
              </td>
              {row.figures === null ? (
                <td colSpan={3} className="rv-muted">
                  {t('review.stages.tooFew')}
                </td>
              ) : (
                <>
                  <td className="num">
                    {row.figures.brier} <span className="rv-muted">({row.figures.baseRate})</span>
                  </td>
                  <td className="num">{row.figures.logLoss}</td>
                  <td className="num">
                    {t('review.mean.value', { predicted: row.figures.predicted, observed: row.figures.observed })}
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
