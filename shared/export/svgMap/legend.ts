/**
 * The legend of the SVG drawing: the sections of the legend model (shared/mapLayout/legend.ts),
 * each sample drawn with the tokens the cards and lines use.
 */
import type { Translator } from '../../i18n/translate';
import type { Box } from '../../mapLayout/cardLayout';
import { LEGEND_INFLUENCE_SAMPLE, legendSections, type LegendSample, type LegendSection } from '../../mapLayout/legend';
import { BORDERS, CARD, lineLook, TYPE, type MapColours } from '../../mapStyle/tokens';
import { estimateWidth, truncateToWidth } from '../../text/textWidth';
import { linePaths } from './line';
import { dashes, el, num, text } from './svg';

const PAD = 12;
const ROW = 19;
const SAMPLE = 48;
const MIN_WIDTH = 200;
const MAX_WIDTH = 380;

/** A sample in a box SAMPLE wide, centred on `cy`, starting at `x`. */
function drawSample(sample: LegendSample, x: number, cy: number, colours: MapColours): string {
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
    case 'closeness': {
      const border = BORDERS[sample.closeness];
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
      return ([1, 2, 3] as const)
        .map((strength, i) =>
          el('path', {
            d: `M${num(x + 2 + i * 16)} ${num(cy)} H${num(x + 14 + i * 16)}`,
            stroke: colours.line.influences,
            'stroke-width': lineLook('influences', strength).width,
          }),
        )
        .join('');
    case 'influence': {
      const { width, height } = CARD.influence;
      const bar = { x: x + 2.5, y: cy - height / 2 + 0.5, width: width - 1, height: height - 1, rx: (height - 1) / 2 };
      if (!sample.judged) {
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
    case 'ring':
      // The rings are the interactive canvas's own (LEGEND_SECTIONS gives the drawing none).
      return '';
    case 'role': {
      const style = TYPE.role;
      const filled = sample.role === 'decision-maker';
      const width = estimateWidth(sample.label, style.size) + 2 * (CARD.badge.padX + CARD.badge.border);
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
        text(sample.label, {
          x: left + width / 2,
          y: cy + 0.35 * style.size,
          'font-size': style.size,
          'text-anchor': 'middle',
          'font-weight': filled ? 'bold' : undefined,
          fill: filled ? colours.surface : colours.text,
        })
      );
    }
  }
}

export interface SvgLegend {
  readonly sections: readonly LegendSection[];
  readonly width: number;
  readonly height: number;
}

/** The legend's sections and size: wide enough for its longest label (within bounds), tall enough for every row. */
export function measureLegend(t: Translator): SvgLegend {
  const sections = legendSections(t, 'drawing');
  let widest = estimateWidth(t('legend.title'), TYPE.legendTitle.size, true);
  let height = PAD + 16;
  for (const section of sections) {
    widest = Math.max(widest, estimateWidth(section.heading, TYPE.legendHeading.size, true));
    for (const row of section.rows)
      widest = Math.max(widest, SAMPLE + 8 + estimateWidth(row.label, TYPE.legendLabel.size));
    height += 22 + section.rows.length * ROW;
  }
  const width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2 * PAD));
  return { sections, width, height: height + PAD - 4 };
}

export function drawLegend(box: Box, t: Translator, legend: SvgLegend, colours: MapColours): string {
  const parts: string[] = [
    el('rect', { ...box, rx: 6, fill: colours.surface, stroke: colours.border, 'stroke-width': 1 }),
    text(t('legend.title'), {
      x: box.x + PAD,
      y: box.y + PAD + 11,
      'font-size': TYPE.legendTitle.size,
      'font-weight': 'bold',
      fill: colours.text,
    }),
  ];
  const inner = box.width - 2 * PAD;
  let y = box.y + PAD + 16;
  for (const section of legend.sections) {
    y += 22;
    parts.push(
      text(truncateToWidth(section.heading, inner, TYPE.legendHeading.size, true), {
        x: box.x + PAD,
        y: y - 6,
        'font-size': TYPE.legendHeading.size,
        'font-weight': 'bold',
        fill: colours.textMuted,
      }),
    );
    for (const row of section.rows) {
      const cy = y + ROW / 2;
      parts.push(drawSample(row.sample, box.x + PAD, cy, colours));
      parts.push(
        text(truncateToWidth(row.label, inner - SAMPLE - 8, TYPE.legendLabel.size), {
          x: box.x + PAD + SAMPLE + 8,
          y: cy + 4,
          'font-size': TYPE.legendLabel.size,
          fill: colours.text,
        }),
      );
      y += ROW;
    }
  }
  return el('g', { class: 'legend' }, parts.join(''));
}
