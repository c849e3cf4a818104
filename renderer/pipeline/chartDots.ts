/**
 * The chart's dots as one SVG path per status: each dot a circle of its own in its series'
 * path. A quarter of a big pipeline holds well over a thousand deals; a circle element each
 * made the chart the page's largest piece of SVG to build, lay out and paint. Deals at the same
 * place (the same day and likelihood, to a tenth of a unit) are one circle. Green is drawn
 * first and red last, so a deal at risk is never hidden under a healthy one.
 */
import type { ChartPoint, PipelineStatus } from '../../shared/pipeline/onRows';

export interface DotSeries {
  readonly status: PipelineStatus;
  /** The path's `d`: one circle per distinct place. */
  readonly d: string;
  /** How many distinct places (circles) it draws. */
  readonly places: number;
}

const DRAW_ORDER: readonly PipelineStatus[] = ['green', 'amber', 'red'];

const tenth = (value: number) => Math.round(value * 10) / 10;

export function dotSeries(
  points: readonly ChartPoint[],
  place: (point: ChartPoint) => { readonly x: number; readonly y: number },
  radius: number,
): DotSeries[] {
  const series: DotSeries[] = [];
  for (const status of DRAW_ORDER) {
    const seen = new Set<string>();
    const parts: string[] = [];
    for (const point of points) {
      if (point.status !== status) continue;
      const at = place(point);
      const x = tenth(at.x);
      const y = tenth(at.y);
      const key = `${x},${y}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // Two half-circle arcs from the dot's left edge: a whole circle, as a subpath.
      parts.push(
        `M${tenth(x - radius)},${y}a${radius},${radius} 0 1,0 ${2 * radius},0a${radius},${radius} 0 1,0 ${-2 * radius},0`,
      );
    }
    if (parts.length > 0) series.push({ status, d: parts.join(''), places: parts.length });
  }
  return series;
}
