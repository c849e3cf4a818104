/**
 * The map slide's legend as native shapes, one group: the legend model's attitude colours,
 * closeness borders, line kinds and strengths, and buying-role badges
 * (shared/mapLayout/legend.ts), each sample drawn the way the map draws it.
 */
import { legendSections, type LegendSample } from '../../../mapLayout/legend';
import { BORDERS } from '../../../mapStyle/tokens';
import { MIN_FONT, THEME, type DeckContext } from '../context';
import { connector, group, shape, type Box, type ShapeIds } from '../shapes';
import { line } from '../text';
import { cardBorder } from './card';
import { deckLineLook } from './lineStyle';
import { lineCount } from './paginate';

const ROW = 14;
const SECTION_GAP = 17;
const PAD = 8;
const SAMPLE = 34;
const FONT = 9;

/** The legend's rows: each section's heading and its labelled samples. */
interface Section {
  readonly title: string;
  readonly rows: readonly { readonly label: string; readonly sample: (x: number, cy: number) => string }[];
}

/** A label's row height: a long label wraps onto more lines rather than shrinking below a readable size. */
function rowHeight(label: string, labelWidth: number): number {
  return Math.max(ROW, lineCount(label, FONT, labelWidth) * FONT * 1.2 + 3);
}

/** How tall the legend of `width` points is for these words. */
export function legendHeight(context: DeckContext, width: number): number {
  const labelWidth = width - 2 * PAD - SAMPLE - 6;
  let height = PAD + 14 + PAD;
  for (const section of sections(null, context)) {
    height += SECTION_GAP;
    for (const row of section.rows) height += rowHeight(row.label, labelWidth);
  }
  return height;
}

/** The sections of the legend model the slide has room for; `ids` null only measures (the samples are not drawn). */
function sections(ids: ShapeIds | null, context: DeckContext): Section[] {
  const { t } = context;
  return legendSections(t, 'deck').map((section) => ({
    title: section.heading,
    rows: section.rows.map((row) => ({
      label: row.label,
      sample: (x: number, cy: number) => (ids === null ? '' : drawSample(row.sample, ids, x, cy, context)),
    })),
  }));
}

/** A sample in a box SAMPLE wide, centred on `cy`, drawn as the map draws it (the tokens of shared/mapStyle). */
function drawSample(sample: LegendSample, ids: ShapeIds, x: number, cy: number, context: DeckContext): string {
  const { t, lang } = context;
  const name = t('deck.shape.legend');
  switch (sample.kind) {
    case 'attitude':
      return shape({
        id: ids.next(),
        name,
        x: x + SAMPLE / 2 - 5,
        y: cy - 5,
        width: 10,
        height: 10,
        geometry: 'roundRect',
        radius: 2,
        fill: THEME.attitude[sample.attitude],
      });
    case 'closeness':
      return shape({
        id: ids.next(),
        name,
        x: x + SAMPLE / 2 - 9,
        y: cy - 5,
        width: 18,
        height: 10,
        geometry: BORDERS[sample.closeness].square ? 'rect' : 'roundRect',
        radius: 2,
        fill: THEME.surface,
        outline: { ...cardBorder(sample.closeness, 0.75), color: THEME.textMuted },
      });
    case 'line':
      return connector({
        id: ids.next(),
        name,
        x1: x + 1,
        y1: cy,
        x2: x + SAMPLE - 1,
        y2: cy,
        ...deckLineLook(sample.line, 2, 0.75),
      });
    case 'strengths':
      return ([1, 2, 3] as const)
        .map((strength, i) =>
          connector({
            id: ids.next(),
            name,
            x1: x + 1 + (i * SAMPLE) / 3,
            y1: cy,
            x2: x + ((i + 1) * SAMPLE) / 3 - 2,
            y2: cy,
            outline: deckLineLook('influences', strength, 0.75).outline,
          }),
        )
        .join('');
    case 'influence':
      // Not on the slide (the cards show the bar and its figure); drawn as an empty bar if ever asked for.
      return shape({
        id: ids.next(),
        name,
        x: x + 2,
        y: cy - 3,
        width: SAMPLE - 4,
        height: 6,
        geometry: 'roundRect',
        radius: 3,
        fill: THEME.surface2,
        outline: { color: THEME.border, width: 0.5 },
      });
    case 'ring':
      // The rings are the interactive canvas's own (LEGEND_SECTIONS gives the deck none).
      return '';
    case 'role': {
      const filled = sample.role === 'decision-maker';
      return shape({
        id: ids.next(),
        name,
        x: x + 2,
        y: cy - 5.5,
        width: SAMPLE - 4,
        height: 11,
        geometry: 'roundRect',
        radius: 2,
        fill: filled ? THEME.text : THEME.surface2,
        outline: { color: filled ? THEME.text : THEME.border, width: 0.5 },
        text: {
          paragraphs: line(
            sample.label,
            { size: Math.max(MIN_FONT, FONT - 1), bold: filled, color: filled ? THEME.surface : THEME.text },
            lang,
            { align: 'ctr' },
          ),
          body: { anchor: 'ctr', wrap: false },
        },
      });
    }
  }
}

export function legend(ids: ShapeIds, box: Box, context: DeckContext): string {
  const { t, lang } = context;
  const parts: string[] = [];
  const labelX = box.x + PAD + SAMPLE + 6;
  const labelWidth = box.width - (labelX - box.x) - PAD;
  const text = (
    value: string,
    x: number,
    y: number,
    width: number,
    height: number,
    bold = false,
    color: string = THEME.text,
  ) =>
    shape({
      id: ids.next(),
      name: t('deck.shape.text'),
      x,
      y,
      width,
      height,
      textBox: true,
      text: {
        paragraphs: line(value, { size: bold ? FONT + 0.5 : FONT, bold, color }, lang),
        body: { anchor: 'ctr', autofit: 'shrink' },
      },
    });

  parts.push(
    shape({
      id: ids.next(),
      name: t('deck.shape.legend'),
      ...box,
      geometry: 'roundRect',
      radius: 4,
      fill: THEME.surface,
      outline: { color: THEME.border, width: 0.75 },
    }),
  );
  let y = box.y + PAD;
  parts.push(text(t('legend.title'), box.x + PAD, y, box.width - 2 * PAD, 14, true));
  y += 14;
  for (const section of sections(ids, context)) {
    parts.push(text(section.title, box.x + PAD, y + 3, box.width - 2 * PAD, SECTION_GAP - 3, true, THEME.textMuted));
    y += SECTION_GAP;
    for (const row of section.rows) {
      const height = rowHeight(row.label, labelWidth);
      parts.push(row.sample(box.x + PAD, y + Math.min(height, 2 * ROW) / 2));
      parts.push(text(row.label, labelX, y, labelWidth, height));
      y += height;
    }
  }
  return group(ids.next(), t('deck.shape.legend'), box, parts.join(''));
}
