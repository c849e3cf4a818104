/** The samples of the SVG drawing's legend, each drawn with the tokens the cards and lines use. */
import type { BuyingRole, Closeness } from '../../document/vocabulary';
import { LEGEND_INFLUENCE_SAMPLE, type LegendSample } from '../../mapLayout/legend';
import { BORDERS, CARD, lineLook, TYPE, type MapColours } from '../../mapStyle/tokens';
import { estimateWidth } from '../../text/textWidth';
import { linePaths } from './line';
import { dashes, el, num, text } from './svg';

/** How wide a sample's box is. */
export const SAMPLE = 48;

/** A closeness: a small card's border, drawn inside its box as the card's is. */
function closenessSample(closeness: Closeness, x: number, cy: number, colours: MapColours): string {
  const border = BORDERS[closeness];
  return el('rect', {
    x: x + 12 + border.width / 2,
    y: cy - 7 + border.width / 2,
    width: 24 - border.width,
    height: 14 - border.width,
    rx: border.square ? undefined : 3,
    fill: colours.surface,
    stroke: colours.textMuted,
    'stroke-width': border.width,
    'stroke-dasharray': dashes(border.dash),
  });
}

/** The three strengths of an influence line side by side. */
function strengthsSample(x: number, cy: number, colours: MapColours): string {
  return ([1, 2, 3] as const)
    .map((strength, i) =>
      el('path', {
        d: `M${num(x + 2 + i * 16)} ${num(cy)} H${num(x + 14 + i * 16)}`,
        stroke: colours.line.influences,
        'stroke-width': lineLook('influences', strength).width,
      }),
    )
    .join('');
}

/** An influence bar: dashed and empty when not judged, else filled to the legend's sample share. */
function influenceSample(judged: boolean, x: number, cy: number, colours: MapColours): string {
  const { width, height } = CARD.influence;
  const bar = { x: x + 2.5, y: cy - height / 2 + 0.5, width: width - 1, height: height - 1, rx: (height - 1) / 2 };
  if (!judged) {
    return el('rect', {
      ...bar,
      fill: 'none',
      stroke: colours.textMuted,
      'stroke-width': 1,
      'stroke-dasharray': dashes(CARD.influence.dash),
    });
  }
  return (
    el('rect', { ...bar, fill: colours.surface2, stroke: colours.border, 'stroke-width': 1 }) +
    el('rect', {
      x: x + 3,
      y: cy - height / 2 + 1,
      width: (width - 2) * LEGEND_INFLUENCE_SAMPLE,
      height: height - 2,
      rx: (height - 2) / 2,
      fill: colours.accent,
    })
  );
}

/** A role badge with its label, centred in the sample's box; the decision-maker's filled dark. */
function roleSample(role: BuyingRole, label: string, x: number, cy: number, colours: MapColours): string {
  const style = TYPE.role;
  const filled = role === 'decision-maker';
  const width = estimateWidth(label, style.size) + 2 * (CARD.badge.padX + CARD.badge.border);
  const height = style.lineHeight + 2 * CARD.badge.border;
  const left = x + (SAMPLE - width) / 2;
  return (
    el('rect', {
      x: left,
      y: cy - height / 2,
      width,
      height,
      rx: CARD.badge.radius,
      fill: filled ? colours.text : colours.surface2,
      stroke: filled ? colours.text : colours.border,
      'stroke-width': CARD.badge.border,
    }) +
    text(label, {
      x: left + width / 2,
      y: cy + 0.35 * style.size,
      'font-size': style.size,
      'text-anchor': 'middle',
      'font-weight': filled ? 'bold' : undefined,
      fill: filled ? colours.surface : colours.text,
    })
  );
}

/** A sample in a box SAMPLE wide, centred on `cy`, starting at `x`. */
export function drawSample(sample: LegendSample, x: number, cy: number, colours: MapColours): string {
  switch (sample.kind) {
    case 'attitude':
      return el('rect', {
        x: x + 17,
        y: cy - 7,
        width: 14,
        height: 14,
        rx: 3,
        fill: colours.attitude[sample.attitude],
      });
    case 'closeness':
      return closenessSample(sample.closeness, x, cy, colours);
    case 'line':
      return linePaths(
        sample.line,
        2,
        [
          { x: x + 2, y: cy },
          { x: x + SAMPLE - 2, y: cy },
        ],
        colours,
      );
    case 'strengths':
      return strengthsSample(x, cy, colours);
    case 'influence':
      return influenceSample(sample.judged, x, cy, colours);
    case 'ring':
      // The rings are the interactive canvas's own (LEGEND_SECTIONS gives the drawing none).
      return '';
    case 'role':
      return roleSample(sample.role, sample.label, x, cy, colours);
  }
}
