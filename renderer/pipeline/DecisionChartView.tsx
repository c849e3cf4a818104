import type { ChartPoint, DecisionChart } from '../../shared/pipeline';
import { useLang } from '../i18n/LangContext';
import { formatDay } from './format';

const WIDTH = 420;
const HEIGHT = 160;
const PAD = { left: 34, right: 10, top: 10, bottom: 24 };
/**
 * Up to this many deals, each dot is named (a tooltip, and a list for screen readers);
 * beyond, a sentence says how many there are and the table lists them, sorted by decision
 * date: a list of hundreds of names helps nobody.
 */
export const NAMED_POINTS = 60;

function dayNumber(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/**
 * Likelihood by decision date for the deals deciding this quarter: one dot per deal, its
 * status colour; the list below the chart says the same in words for screen readers.
 */
export function DecisionChartView({ chart }: { chart: DecisionChart }) {
  const { t, lang } = useLang();
  const from = dayNumber(chart.from);
  const span = Math.max(1, dayNumber(chart.to) - from);
  const x = (day: string) => PAD.left + ((dayNumber(day) - from) / span) * (WIDTH - PAD.left - PAD.right);
  const named = chart.points.length <= NAMED_POINTS;
  const pointText = (p: ChartPoint) =>
    t('pipelineApp.chart.point', { name: p.name, likelihood: p.likelihood, date: formatDay(p.decisionDate, lang) });
  const y = (likelihood: number) => PAD.top + (1 - likelihood / 100) * (HEIGHT - PAD.top - PAD.bottom);
  return (
    <figure className="pl-chart">
      <figcaption>{t('pipelineApp.chart')}</figcaption>
      {chart.points.length === 0 ? (
        <p className="muted">{t('pipelineApp.chart.none')}</p>
      ) : (
        <>
          <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="pl-chart-points" className="pl-chart-svg">
            {[0, 50, 100].map((v) => (
              <g key={v}>
                <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(v)} y2={y(v)} className="pl-chart-rule" />
                <text x={PAD.left - 4} y={y(v) + 4} textAnchor="end" className="pl-chart-label">
                  {v}%
                </text>
              </g>
            ))}
            <text x={PAD.left} y={HEIGHT - 6} className="pl-chart-label">
              {formatDay(chart.from, lang)}
            </text>
            <text x={WIDTH - PAD.right} y={HEIGHT - 6} textAnchor="end" className="pl-chart-label">
              {formatDay(chart.to, lang)}
            </text>
            {chart.points.map((p) => (
              <circle
                key={p.dealId}
                cx={x(p.decisionDate)}
                cy={y(p.likelihood)}
                r={5}
                className={`pl-dot is-${p.status}`}
              >
                {named && <title>{pointText(p)}</title>}
              </circle>
            ))}
          </svg>
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
