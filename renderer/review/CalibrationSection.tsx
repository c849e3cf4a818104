import { describeApart, describeCalibration, type CalibrationReport } from '../../shared/calibration';
import { translatePlural } from '../../shared/i18n';
import { useLang } from '../i18n/LangContext';
import { BinsTable } from './BinsTable';
import { ReliabilityChart } from './ReliabilityChart';
import { figureCells } from './reviewModel';
import { StagesTable } from './StagesTable';

/** Calibration at the chosen point: the figures and the chart, or "too few" with the minimum; then each stage. */
export function CalibrationSection({ report }: { report: CalibrationReport }) {
  const { t, lang } = useLang();
  const at = report.at;
  const cells = figureCells(at);
  return (
    <section className="rv-section" aria-labelledby="rv-calibration-title">
      <h2 id="rv-calibration-title">{t('review.calibration.title')}</h2>
      {cells === null || at.figures === null ? (
        <p className="rv-too-few" role="status">
          {describeCalibration(at, lang)}
        </p>
      ) : (
        <div className="rv-calibration">
          <div>
            <dl className="rv-figures">
              <div>
                <dt>{t('review.brier')}</dt>
                <dd>
                  <span className="rv-figure">{cells.brier}</span>{' '}
                  <span className="rv-muted">{t('review.brier.baseRate', { value: cells.baseRate })}</span>
                </dd>
                <dd className="rv-note">{t('review.brier.hint')}</dd>
              </div>
              <div>
                <dt>{t('review.logLoss')}</dt>
                <dd>
                  <span className="rv-figure">{cells.logLoss}</span>
                </dd>
                <dd className="rv-note">{t('review.logLoss.hint')}</dd>
              </div>
              <div>
                <dt>{t('review.mean')}</dt>
                <dd>
                  <span className="rv-figure">
                    {t('review.mean.value', { predicted: cells.predicted, observed: cells.observed })}
                  </span>
                </dd>
              </div>
            </dl>
            <BinsTable bins={at.figures.reliability} />
          </div>
          <ReliabilityChart bins={at.figures.reliability} id="rv-reliability" />
        </div>
      )}
      {at.unread > 0 && <p className="rv-note">{translatePlural(lang, 'calibration.unread', at.unread)}</p>}
      <p className="rv-note">{describeApart(report.apart, lang)}</p>
      <StagesTable byStage={report.byStage} />
    </section>
  );
}
