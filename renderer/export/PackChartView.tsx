import type { PackChart } from '../../shared/export/reviewPack';
import { placeChartNames, type ChartNameStyle } from '../../shared/pipeline/chartNames';
import { chartScales, quarterMonthStarts } from '../../shared/pipeline/chartScales';

/** The drawing's own units; the SVG scales to the page's width. */
const WIDTH = 1000;
const HEIGHT = 430;
const PLOT = { x: 48, y: 8, width: WIDTH - 48 - 12, height: HEIGHT - 8 - 26 };
const DOT = 6;
/** A name longer than maxWidth is cut with an ellipsis: the table has it whole. */
const NAME_STYLE: ChartNameStyle = { maxWidth: 190, fontSize: 11, lineHeight: 13, plot: PLOT, dotRadius: DOT, gap: 3 };

/**
 * The pack's likelihood-by-decision-date chart as an SVG in the page: one dot per deal in
 * its status colour, each named where its name finds room (shared/pipeline/chartLabels.ts);
 * how many names were left out is said under the chart. Names are SVG text nodes, set by
 * React as text, never markup.
 */
export function PackChartView({ chart, unnamed }: { chart: PackChart; unnamed: (count: number) => string }) {
  const { x: xOf, y: yOf } = chartScales(chart, PLOT);
  const { shown: names, layout } = placeChartNames(
    chart.points,
    chart.points.map((point) => point.label),
    { x: xOf, y: yOf },
    NAME_STYLE,
  );
  return (
    <figure className="pack-chart">
      <ul className="pack-legend">
        {chart.legend.map(({ status, label }) => (
          <li key={status}>
            <span className={`pack-swatch is-${status}`} aria-hidden="true" /> {label}
          </li>
        ))}
      </ul>
      {chart.overdue !== null && <p className="pack-note">{chart.overdue}</p>}
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="pack-chart-svg" role="img" aria-label={chart.title}>
        {[0, 25, 50, 75, 100].map((tick) => (
          <g key={tick}>
            <line x1={PLOT.x} x2={PLOT.x + PLOT.width} y1={yOf(tick)} y2={yOf(tick)} className="pack-rule" />
            <text x={PLOT.x - 6} y={yOf(tick) + 4} textAnchor="end" className="pack-axis">
              {tick}%
            </text>
          </g>
        ))}
        {quarterMonthStarts(chart.from).map((month) => (
          <g key={month}>
            <line x1={xOf(month)} x2={xOf(month)} y1={PLOT.y} y2={PLOT.y + PLOT.height} className="pack-rule" />
            <text x={xOf(month) + 3} y={PLOT.y + PLOT.height + 16} className="pack-axis">
              {month.slice(0, 7)}
            </text>
          </g>
        ))}
        {chart.empty !== null && (
          <text x={PLOT.x + PLOT.width / 2} y={PLOT.y + PLOT.height / 2} textAnchor="middle" className="pack-axis">
            {chart.empty}
          </text>
        )}
        {chart.points.map((point, i) => (
          <circle
            key={`dot-${i}`}
            cx={xOf(point.decisionDate)}
            cy={yOf(point.likelihood)}
            r={DOT}
            className={`pack-dot is-${point.status}`}
          />
        ))}
        {layout.boxes.map((box, i) =>
          box === null ? null : (
            <text key={`label-${i}`} x={box.x} y={box.y + box.height - 3} className="pack-label">
              {names[i]}
            </text>
          ),
        )}
      </svg>
      {layout.dropped > 0 && <p className="pack-note">{unnamed(layout.dropped)}</p>}
    </figure>
  );
}
