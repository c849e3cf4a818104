import type { TrendPoint } from '../../shared/pipeline/onRows';

const WIDTH = 56;
const HEIGHT = 18;

/** The points of a likelihood series on a 0..100 scale, evenly spaced (the history's order). */
export function sparklinePoints(series: readonly TrendPoint[], width = WIDTH, height = HEIGHT): string {
  if (series.length === 0) return '';
  const step = series.length > 1 ? width / (series.length - 1) : 0;
  return series
    .map((p, i) => {
      const x = series.length > 1 ? i * step : width / 2;
      const y = height - (Math.min(100, Math.max(0, p.likelihood)) / 100) * height;
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
}

/** The likelihood's history as a small line; decorative, the cell says the figures in words. */
export function Sparkline({ series }: { series: readonly TrendPoint[] }) {
  if (series.length < 2) return null;
  return (
    <svg className="pl-spark" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true">
      <polyline points={sparklinePoints(series)} fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}
