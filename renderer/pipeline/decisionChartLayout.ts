import { useMemo } from 'react';
import { placeChartLabels, type ChartPoint, type DecisionChart, type LabelLayout } from '../../shared/pipeline/onRows';
import { estimateWidth, truncateToWidth } from '../../shared/text/textWidth';
import { crowdedRadius, dotSeries, type DotSeries } from './chartDots';

/** The likelihood-by-decision-date chart's geometry: its size, scales, dots and the dots' names. */
export const WIDTH = 420;
export const HEIGHT = 160;
export const PAD = { left: 34, right: 10, top: 10, bottom: 24 };
const NAME_FONT = 9;
const NAME_HEIGHT = 11;
/** A longer name is cut with an ellipsis: the tooltip and the table have it whole. */
const NAME_MAX = 110;
export const DOT = 5;
const PLOT = { x: PAD.left, y: PAD.top, width: WIDTH - PAD.left - PAD.right, height: HEIGHT - PAD.top - PAD.bottom };

function dayNumber(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

export interface ChartScales {
  /** Where a decision date is across the chart. */
  readonly x: (day: string) => number;
  /** Where a likelihood (0-100) is up the chart. */
  readonly y: (likelihood: number) => number;
}

export function chartScales(chart: DecisionChart): ChartScales {
  const from = dayNumber(chart.from);
  const span = Math.max(1, dayNumber(chart.to) - from);
  return {
    x: (day) => PAD.left + ((dayNumber(day) - from) / span) * (WIDTH - PAD.left - PAD.right),
    y: (likelihood) => PAD.top + (1 - likelihood / 100) * (HEIGHT - PAD.top - PAD.bottom),
  };
}

export interface ChartNames {
  /** Each dot's name as drawn, cut to fit. */
  readonly shown: readonly string[];
  readonly layout: LabelLayout;
}

/**
 * The dots' names, each where it covers no other name and no dot (deals often share a date),
 * the rest counted; null when the dots are not named.
 */
export function useChartNames(chart: DecisionChart, named: boolean): ChartNames | null {
  return useMemo(() => {
    if (!named) return null;
    const { x, y } = chartScales(chart);
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
  }, [chart, named]);
}

/**
 * Past the named points, no dot has a tooltip: one path per status draws them all, the dots
 * smaller where they crowd (chartDots.ts); null when the dots are named.
 */
export function useDotSeries(chart: DecisionChart, named: boolean): readonly DotSeries[] | null {
  return useMemo(() => {
    if (named) return null;
    const { x, y } = chartScales(chart);
    const place = (p: ChartPoint) => ({ x: x(p.decisionDate), y: y(p.likelihood) });
    return dotSeries(chart.points, place, crowdedRadius(chart.points.map(place), DOT));
  }, [chart, named]);
}
