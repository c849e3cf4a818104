import type { ChartNames, ChartPoint, ChartScales, DecisionChart } from '../../shared/pipeline/onRows';
import { useLang } from '../i18n/LangContext';
import type { DotSeries } from './chartDots';
import { DOT, HEIGHT, PAD, WIDTH } from './decisionChartLayout';
import { formatDay } from './format';

/** The likelihood rules (0, 50, 100 %) and the quarter's first and last day under the chart. */
export function DecisionChartFrame({ chart, scales }: { chart: DecisionChart; scales: ChartScales }) {
  const { lang } = useLang();
  const { y } = scales;
  return (
    <>
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
    </>
  );
}

/** The deals' dots: a circle with its tooltip each, or (`dots`, past the named points) one path per status. */
export function DecisionChartDots({
  chart,
  scales,
  dots,
  pointText,
}: {
  chart: DecisionChart;
  scales: ChartScales;
  dots: readonly DotSeries[] | null;
  pointText: (point: ChartPoint) => string;
}) {
  if (dots !== null)
    return dots.map((series) => (
      <path key={series.status} d={series.d} className={`pl-dot pl-dots is-${series.status}`} />
    ));
  return chart.points.map((p) => (
    <circle
      key={p.dealId}
      cx={scales.x(p.decisionDate)}
      cy={scales.y(p.likelihood)}
      r={DOT}
      className={`pl-dot is-${p.status}`}
    >
      <title>{pointText(p)}</title>
    </circle>
  ));
}

/** The dots' names where they were placed; hidden from screen readers, which read the list. */
export function DecisionChartNames({ chart, names }: { chart: DecisionChart; names: ChartNames }) {
  return names.layout.boxes.map((box, i) =>
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
  );
}
