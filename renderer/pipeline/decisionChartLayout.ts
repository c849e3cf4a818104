import { useMemo } from 'react';
import {
  chartScales,
  placeChartNames,
  type ChartNames,
  type ChartNameStyle,
  type ChartPoint,
  type ChartScales,
  type DecisionChart,
} from '../../shared/pipeline/onRows';
import { crowdedRadius, dotSeries, type DotSeries } from './chartDots';

/** The likelihood-by-decision-date chart's geometry: its size, scales, dots and the dots' names. */
export const WIDTH = 420;
export const HEIGHT = 160;
export const PAD = { left: 34, right: 10, top: 10, bottom: 24 };
export const DOT = 5;
const PLOT = { x: PAD.left, y: PAD.top, width: WIDTH - PAD.left - PAD.right, height: HEIGHT - PAD.top - PAD.bottom };
/** A longer name is cut with an ellipsis (maxWidth): the tooltip and the table have it whole. */
const NAME_STYLE: ChartNameStyle = { maxWidth: 110, fontSize: 9, lineHeight: 11, plot: PLOT, dotRadius: DOT, gap: 2 };

/** The chart's scales over its plot (shared/pipeline/chartScales.ts). */
export function scalesOf(chart: DecisionChart): ChartScales {
  return chartScales(chart, PLOT);
}

/**
 * The dots' names, each where it covers no other name and no dot (deals often share a date),
 * the rest counted; null when the dots are not named.
 */
export function useChartNames(chart: DecisionChart, named: boolean): ChartNames | null {
  return useMemo(() => {
    if (!named) return null;
    return placeChartNames(
      chart.points,
      chart.points.map((point) => point.name),
      scalesOf(chart),
      NAME_STYLE,
    );
  }, [chart, named]);
}

/**
 * Past the named points, no dot has a tooltip: one path per status draws them all, the dots
 * smaller where they crowd (chartDots.ts); null when the dots are named.
 */
export function useDotSeries(chart: DecisionChart, named: boolean): readonly DotSeries[] | null {
  return useMemo(() => {
    if (named) return null;
    const { x, y } = scalesOf(chart);
    const place = (p: ChartPoint) => ({ x: x(p.decisionDate), y: y(p.likelihood) });
    return dotSeries(chart.points, place, crowdedRadius(chart.points.map(place), DOT));
  }, [chart, named]);
}
