import { useMemo } from 'react';
import { translatePlural } from '../../shared/i18n';
import { placeChartLabels, type ChartPoint, type DecisionChart, type LabelLayout } from '../../shared/pipeline/onRows';
import { estimateWidth, truncateToWidth } from '../../shared/text/textWidth';
import { useLang } from '../i18n/LangContext';
import { crowdedRadius, dotSeries } from './chartDots';
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
const NAME_FONT = 9;
const NAME_HEIGHT = 11;
/** A longer name is cut with an ellipsis: the tooltip and the table have it whole. */
const NAME_MAX = 110;
const DOT = 5;
const PLOT = { x: PAD.left, y: PAD.top, width: WIDTH - PAD.left - PAD.right, height: HEIGHT - PAD.top - PAD.bottom };

function dayNumber(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/**
 * Likelihood by decision date for the deals deciding this quarter: one dot per deal, its
 * status colour; the list below the chart says the same in words for screen readers. Up to
 * NAMED_POINTS a dot is a circle with its tooltip; beyond, one path per status.
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
  // The dots' names, each where it covers no other name and no dot (deals often share a date); the rest counted.
  const names = useMemo(() => {
    if (!named) return null;
    const shown = chart.points.map((p) => truncateToWidth(p.name, NAME_MAX, NAME_FONT));
    const layout: LabelLayout = placeChartLabels(
      chart.points.map((p, i) => ({
        x: x(p.decisionDate),
        y: y(p.likelihood),
        width: estimateWidth(shown[i]!, NAME_FONT),
        height: NAME_HEIGHT,
      })),
      { bounds: PLOT, dotRadius: DOT, gap: 2 },
    );
    return { shown, layout };
    // x and y depend on the chart only.
  }, [chart, named]);
  // Past the named points, no dot has a tooltip: one path per status draws them all, the dots
  // smaller where they crowd (chartDots.ts).
  const dots = useMemo(() => {
    if (named) return null;
    const place = (p: ChartPoint) => ({ x: x(p.decisionDate), y: y(p.likelihood) });
    return dotSeries(chart.points, place, crowdedRadius(chart.points.map(place), DOT));
    // x and y depend on the chart only.
  }, [chart, named]);
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
            {named
              ? chart.points.map((p) => (
                  <circle
                    key={p.dealId}
                    cx={x(p.decisionDate)}
                    cy={y(p.likelihood)}
                    r={DOT}
                    className={`pl-dot is-${p.status}`}
                  >
                    <title>{pointText(p)}</title>
                  </circle>
                ))
              : dots?.map((series) => (
                  <path key={series.status} d={series.d} className={`pl-dot pl-dots is-${series.status}`} />
                ))}
            {names?.layout.boxes.map((box, i) =>
              box === null ? null : (
                <text
                  key={`name-${chart.points[i]!.dealId}`}
                  x={box.x}
                  y={box.y + box.height - 2}
                  className="pl-chart-name"
                  aria-hidden="true"
                >
                  {names.shown[i]}
                </text>
              ),
            )}
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
