/**
 * The decision chart's dot names where the drawing cannot measure text (the app's view and
 * the pack's print view, both SVG in the page): each name cut to a width with an ellipsis,
 * its width estimated (shared/text/textWidth.ts), then placed where it covers no other name
 * and no dot (chartLabels.ts). The PDF measures with its embedded font and places its own.
 */
import { estimateWidth, truncateToWidth } from '../text/textWidth';
import { placeChartLabels, type LabelBox, type LabelLayout } from './chartLabels';
import type { ChartScales } from './chartScales';

export interface ChartNameStyle {
  /** A longer name is cut with an ellipsis. */
  readonly maxWidth: number;
  readonly fontSize: number;
  readonly lineHeight: number;
  readonly plot: LabelBox;
  readonly dotRadius: number;
  /** Room kept between a name and what it must not cover. */
  readonly gap: number;
}

export interface ChartNames {
  /** Each point's name as drawn, cut to fit. */
  readonly shown: readonly string[];
  readonly layout: LabelLayout;
}

/** `names[i]` is the name of `points[i]`. */
export function placeChartNames(
  points: readonly { readonly decisionDate: string; readonly likelihood: number }[],
  names: readonly string[],
  scales: ChartScales,
  style: ChartNameStyle,
): ChartNames {
  const shown = names.map((name) => truncateToWidth(name, style.maxWidth, style.fontSize));
  const layout = placeChartLabels(
    points.map((point, i) => ({
      x: scales.x(point.decisionDate),
      y: scales.y(point.likelihood),
      width: estimateWidth(shown[i]!, style.fontSize),
      height: style.lineHeight,
    })),
    { bounds: style.plot, dotRadius: style.dotRadius, gap: style.gap },
  );
  return { shown, layout };
}
