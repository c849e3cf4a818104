import { translatePlural } from '../../shared/i18n';
import type { ChartPoint, DecisionChart } from '../../shared/pipeline/onRows';
import { useLang } from '../i18n/LangContext';
import { DecisionChartDots, DecisionChartFrame, DecisionChartNames } from './DecisionChartMarks';
import { HEIGHT, scalesOf, useChartNames, useDotSeries, WIDTH } from './decisionChartLayout';
import { formatDay } from './format';

/**
 * Up to this many deals, each dot is named (a tooltip, and a list for screen readers);
 * beyond, a sentence says how many there are and the table lists them, sorted by decision
 * date: a list of hundreds of names helps nobody.
 */
export const NAMED_POINTS = 60;

/**
 * Likelihood by decision date for the deals deciding this quarter: one dot per deal, its
 * status colour; the list below the chart says the same in words for screen readers. Up to
 * NAMED_POINTS a dot is a circle with its tooltip; beyond, one path per status.
 */
export function DecisionChartView({ chart }: { chart: DecisionChart }) {
  const { t, lang } = useLang();
  const scales = scalesOf(chart);
  const named = chart.points.length <= NAMED_POINTS;
  const pointText = (p: ChartPoint) =>
    t('pipelineApp.chart.point', { name: p.name, likelihood: p.likelihood, date: formatDay(p.decisionDate, lang) });
  const names = useChartNames(chart, named);
  const dots = useDotSeries(chart, named);
  return (
    <figure className="pl-chart">
      <figcaption>{t('pipelineApp.chart')}</figcaption>
      {chart.points.length === 0 ? (
        <p className="muted">{t('pipelineApp.chart.none')}</p>
      ) : (
        <>
          <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="pl-chart-points" className="pl-chart-svg">
            <DecisionChartFrame chart={chart} scales={scales} />
            <DecisionChartDots chart={chart} scales={scales} dots={dots} pointText={pointText} />
            {names && <DecisionChartNames chart={chart} names={names} />}
          </svg>
          {names !== null && names.layout.dropped > 0 && (
            <p className="muted pl-chart-note">
              {translatePlural(lang, 'pipelineExport.pack.chartUnnamed', names.layout.dropped)}
            </p>
          )}
          {named ? (
            <ul id="pl-chart-points" className="visually-hidden">
              {chart.points.map((p) => (
                <li key={p.dealId}>{pointText(p)}</li>
              ))}
            </ul>
          ) : (
            <p id="pl-chart-points" className="visually-hidden">
              {t('pipelineApp.chart.many', { count: chart.points.length })}
            </p>
          )}
        </>
      )}
    </figure>
  );
}
