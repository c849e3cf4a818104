import { useMemo } from 'react';
import {
  chartScales,
  placeChartLabels,
  type ChartPoint,
  type ChartScales,
  type DecisionChart,
  type LabelLayout,
} from '../../shared/pipeline/onRows';
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

/** The chart's scales over its plot (shared/pipeline/chartScales.ts). */
export function scalesOf(chart: DecisionChart): ChartScales {
  return chartScales(chart, PLOT);
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
    const { x, y } = scalesOf(chart);
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
    const { x, y } = scalesOf(chart);
    const place = (p: ChartPoint) => ({ x: x(p.decisionDate), y: y(p.likelihood) });
    return dotSeries(chart.points, place, crowdedRadius(chart.points.map(place), DOT));
  }, [chart, named]);
}
