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

/** The smallest dot: still a visible speck where thousands of deals crowd. */
export const SMALLEST_DOT = 1.25;
/** The share of a crowded patch of the chart that its dots may cover. */
const COVERED = 0.5;

/**
 * The dots' radius for these places: the largest where a patch of the chart that one largest
 * dot half covers holds one place, and smaller as the places crowd (the mean over the patches
 * that hold any), so that the dots still cover about half of a patch: thousands of deals read as
 * their spread and their colours, not as one block of the colour drawn last.
 */
export function crowdedRadius(places: readonly { readonly x: number; readonly y: number }[], largest: number): number {
  if (places.length === 0) return largest;
  const patch = largest * Math.sqrt(Math.PI / COVERED);
  const patches = new Set(places.map((at) => `${Math.floor(at.x / patch)},${Math.floor(at.y / patch)}`));
  const perPatch = places.length / patches.size;
  return Math.max(SMALLEST_DOT, largest / Math.sqrt(perPatch));
}

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
