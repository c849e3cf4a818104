import { MIN_BIN_DEALS, type ReliabilityBin } from '../../shared/calibration';
import { useLang } from '../i18n/LangContext';
import { chartPoints } from './reviewModel';

const SIZE = 300;
const PAD = { left: 44, right: 14, top: 14, bottom: 56 } as const;
const PLOT = SIZE - PAD.left - PAD.right;
const TICKS = [0, 0.25, 0.5, 0.75, 1] as const;

const x = (share: number) => PAD.left + share * PLOT;
const y = (share: number) => PAD.top + (1 - share) * PLOT;

/**
 * The reliability chart: each band of ten points at its mean likelihood (across) and its
 * share won (up), its deal count in a row under the axis at the band's middle; the diagonal is a perfect likelihood.
 * A band with too few deals to read is drawn hollow. The table under it says the same in words.
 */
export function ReliabilityChart({ bins, id }: { bins: readonly ReliabilityBin[]; id: string }) {
  const { t } = useLang();
  const points = chartPoints(bins);
  const height = PAD.top + PLOT + PAD.bottom;
  return (
    <figure className="rv-chart">
      <figcaption id={`${id}-title`}>{t('review.chart.title')}</figcaption>
      <svg
        viewBox={`0 0 ${SIZE} ${height}`}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        className="rv-chart-svg"
      >
        {TICKS.map((v) => (
          <g key={v}>
            <line x1={x(0)} x2={x(1)} y1={y(v)} y2={y(v)} className="rv-rule" />
            <line x1={x(v)} x2={x(v)} y1={y(0)} y2={y(1)} className="rv-rule" />
            <text x={x(0) - 5} y={y(v) + 3} textAnchor="end" className="rv-label">
              {Math.round(v * 100)}%
            </text>
            <text x={x(v)} y={y(0) + 13} textAnchor="middle" className="rv-label">
              {Math.round(v * 100)}%
            </text>
          </g>
        ))}
        <line x1={x(0)} y1={y(0)} x2={x(1)} y2={y(1)} className="rv-diagonal" />
        <text x={x(0.5)} y={height - 6} textAnchor="middle" className="rv-axis">
          {t('review.chart.x')}
        </text>
        <text x={12} y={y(0.5)} textAnchor="middle" className="rv-axis" transform={`rotate(-90 12 ${y(0.5)})`}>
          {t('review.chart.y')}
        </text>
        {points.map((p) => (
          <circle key={p.from} cx={x(p.x)} cy={y(p.y)} r={5} className={p.enough ? 'rv-dot' : 'rv-dot is-few'} />
        ))}
        {/* The counts in a row under the axis, at each band's middle: beside the dots they would collide. */}
        <text x={x(0) - 5} y={y(0) + 30} textAnchor="end" className="rv-label">
          n
        </text>
        {points.map((p) => (
          <text key={p.from} x={x((p.from + p.to) / 200)} y={y(0) + 30} textAnchor="middle" className="rv-count">
            {p.count}
          </text>
        ))}
      </svg>
      <p id={`${id}-desc`} className="rv-note">
        {t('review.chart.desc', { minimum: MIN_BIN_DEALS })}
      </p>
    </figure>
  );
}
