/**
 * The map as one standalone SVG 1.1 document, with the look of the canvas: the cards, lines
 * and legend of the shared layout model (shared/mapLayout) in the shared tokens
 * (shared/mapStyle), and a title block with the deal, account, purchase stage, date and win
 * likelihood. The parts are drawn by svgMap/: frame.ts (where everything goes), card.ts,
 * line.ts, legend.ts, title.ts, with svg.ts writing the markup.
 *
 * Pure: strings in, a string out, no DOM and no fonts. Deterministic: the same document and
 * options always give the same bytes (no clock, no random ids, numbers rounded the same
 * way). Every text from the document goes through escape.ts; nothing is interpolated raw.
 *
 * For the other exporters (PNG, PDF, PPTX) the geometry is available on its own
 * (`layoutMap`), and every card is `<g class="person" data-id="…">`, every line
 * `<g class="line line--KIND" data-id="…">`.
 */
import { analyze } from '../analysis/analyze';
import { translator } from '../i18n/translate';
import { MAP_COLOURS, MAP_FONT_FAMILY } from '../mapStyle/tokens';
import { ownerOf } from '../mapLayout/cardText';
import { CARD_HEIGHT, CARD_WIDTH } from './geometry';
import type { ExportPrivacy, ExportView } from './privacy';
import { drawCard } from './svgMap/card';
import { layoutMap, MAP_PAD, MARGIN } from './svgMap/frame';
import { drawLegend, measureLegend } from './svgMap/legend';
import { drawLine } from './svgMap/line';
import { el, text, title } from './svgMap/svg';
import { drawTitle, titleWidth } from './svgMap/title';

export { CARD_HEIGHT, CARD_WIDTH, layoutMap };
export type { PlacedCard } from './svgMap/card';
export type { LineLayout, MapLayout } from './svgMap/frame';

export interface DrawMapOptions {
  /** The analysis date (YYYY-MM-DD) for the win likelihood; without it, staleness is not judged. */
  readonly asOf?: string | null;
  /** The heading; the deal's name when not given (the deal's name then joins the line below). */
  readonly title?: string;
  /** The date shown in the title block ("As of …"); `asOf` when not given. */
  readonly date?: string | null;
  /** The drawing's size on the page; it is scaled to fit (the aspect ratio is kept). Natural size when not given. */
  readonly width?: number;
  readonly height?: number;
  readonly theme?: 'light';
  /** Draw the title block (default true); the deal-review sheet has its own header and leaves it out. */
  readonly titleBlock?: boolean;
}

/** The widest a title block's heading needs to be drawn in full, within reason. */
const MAX_NATURAL_WIDTH = 1400;

/** A drawing: the SVG document and its natural size (the viewBox), for placing it on a page. */
export interface MapDrawing {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

/**
 * The map of an export view as a standalone SVG 1.1 document (see the module comment), in
 * the view's language. Personal fields (interests, notes) are never drawn; an anonymous
 * view draws the anonymous variant.
 */
export function drawMapSvg(view: ExportView, drawOptions: DrawMapOptions = {}): string {
  return drawMap(view, drawOptions).svg;
}

/** `drawMapSvg` with the drawing's natural size. */
export function drawMap(view: ExportView, drawOptions: DrawMapOptions = {}): MapDrawing {
  const options: DrawMapOptions & ExportPrivacy = { ...drawOptions, ...view.privacy };
  const { doc } = view;
  // The exports are drawn in the light theme.
  const colours = MAP_COLOURS.light;
  const titled = options.titleBlock ?? true;
  const t = translator(options.lang);
  const analysis = analyze(doc, { asOf: options.asOf ?? null, lang: options.lang });
  const legend = measureLegend(t);
  let layout = layoutMap(doc, legend.width, legend.height, titled);

  // Widen the drawing (within reason) when the heading would not fit the map's width.
  const heading = options.title ?? doc.deal.name;
  const wanted = titled ? Math.min(MAX_NATURAL_WIDTH, 2 * MARGIN + titleWidth(heading, t)) : 0;
  if (wanted > layout.width) {
    layout = { ...layout, width: wanted, title: { ...layout.title, width: wanted - 2 * MARGIN } };
  }

  const names = new Map(doc.stakeholders.map((person) => [person.id, person.name]));
  const width = Math.ceil(layout.width);
  const height = Math.ceil(layout.height);
  const body: string[] = [
    title(t('export.map.label', { deal: doc.deal.name })),
    el('rect', { class: 'background', x: 0, y: 0, width, height, fill: colours.surface }),
    el('rect', {
      class: 'map-area',
      x: layout.map.x - MAP_PAD,
      y: layout.map.y - MAP_PAD,
      width: layout.map.width + 2 * MAP_PAD,
      height: layout.map.height + 2 * MAP_PAD,
      rx: 8,
      fill: colours.bg,
    }),
    titled ? drawTitle(layout.title, doc, options, analysis.winLikelihood, t, colours) : '',
    el('g', { class: 'lines' }, layout.lines.map((l) => drawLine(l.line, l.points, names, t, colours)).join('')),
    el(
      'g',
      { class: 'people' },
      layout.cards.map((card) => drawCard(card, ownerOf(doc, card.person, t), t, colours)).join(''),
    ),
  ];
  if (doc.stakeholders.length === 0) {
    body.push(
      text(t('export.map.empty'), {
        class: 'empty',
        x: layout.map.x + layout.map.width / 2,
        y: layout.map.y + layout.map.height / 2 + 4,
        'font-size': 13,
        'text-anchor': 'middle',
        fill: colours.textMuted,
      }),
    );
  }
  body.push(drawLegend(layout.legend, t, legend, colours));

  const svg = el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      version: '1.1',
      width: options.width ?? width,
      height: options.height ?? height,
      viewBox: `0 0 ${width} ${height}`,
      preserveAspectRatio: 'xMidYMid meet',
      'font-family': MAP_FONT_FAMILY,
      role: 'img',
      'xml:lang': options.lang,
    },
    body.join(''),
  );
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, width, height };
}
