/**
 * The legend of the SVG drawing: the sections of the legend model (shared/mapLayout/legend.ts),
 * each sample drawn with the tokens the cards and lines use.
 */
import type { Translator } from '../../i18n/translate';
import type { Box } from '../../mapLayout/cardLayout';
import { legendSections, type LegendSection } from '../../mapLayout/legend';
import { TYPE, type MapColours } from '../../mapStyle/tokens';
import { estimateWidth, truncateToWidth } from '../../text/textWidth';
import { drawSample, SAMPLE } from './legendSamples';
import { el, text } from './svg';

const PAD = 12;
const ROW = 19;
const MIN_WIDTH = 200;
const MAX_WIDTH = 380;

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
