/**
 * The deal-review sheet (shared/export/sheet.ts) as a vector PDF, A4 landscape, with pdfkit.
 *
 * Page 1: the header (the deal, its facts, the win likelihood figure), the map drawn as
 * vector graphics from the same SVG as the SVG export (svgPainter.ts), and beside it the
 * likelihood's explanation, then the gaps with their next steps, continuing in two columns
 * on the next pages. The stakeholder table starts on a page of its own and repeats its
 * header row on every page. Every page has the footer (confidential or anonymous note, page
 * x of y) and the pages after the first a running header.
 *
 * Text is real text in an embedded font subset (searchable, copyable); a CJK font is needed
 * for Chinese (fonts.ts), Helvetica serves Latin-only documents. The output is
 * deterministic: the creation date is the analysis date, and pdfkit derives the file id
 * from it.
 */
import PDFDocument from 'pdfkit';
import { continuedLabel, pageLabel, type ReviewSheet, type SheetGap, type SheetTerm } from '../../shared/export';
import type { FontChoice } from './fonts';
import {
  COLOURS,
  CONTENT_BOTTOM,
  CONTENT_WIDTH,
  continuationColumns,
  Flow,
  FOOTER_Y,
  GUTTER,
  MARGIN,
  PAGE_HEIGHT,
  PAGE_WIDTH,
} from './pdfPage';
import { drawTable, TABLE_MIN_ROOM } from './pdfTable';
import { PdfText, registerFonts, type TextStyle } from './pdfText';
import { paintSvg } from './svgPainter';

export interface PdfOptions {
  /** The font for all text; null for Helvetica (only for text it can write: winAnsi.ts). */
  readonly font: FontChoice | null;
  /** The analysis date (YYYY-MM-DD): the PDF's creation date, so the same input gives the same bytes. */
  readonly date: string | null;
}

/** The map's share of the first page's width; the explanation and gaps get the rest. */
const MAP_SHARE = 0.62;
/** The map is never drawn larger than its natural size (1 SVG unit = 1 pt), so cards keep their proportions to the text. */
const MAX_MAP_SCALE = 1;

/** The best supplier's bars: the neutral grey of the map's palette. */
const BEST_COLOUR = '#8a94a3';

const STYLE = {
  kind: { size: 8.5, color: COLOURS.muted },
  heading: { size: 18, bold: true },
  fact: { size: 8.5, color: COLOURS.muted },
  factValue: { size: 8.5, color: COLOURS.text },
  figure: { size: 30, bold: true, color: COLOURS.accent, align: 'right' },
  figureLabel: { size: 8, color: COLOURS.muted, align: 'right' },
  note: { size: 7.5, color: COLOURS.muted },
  term: { size: 8, color: COLOURS.text },
  total: { size: 8.5, bold: true, color: COLOURS.text },
  group: { size: 9, bold: true },
  gapTitle: { size: 8.5, bold: true, color: COLOURS.text },
  gapText: { size: 8, color: COLOURS.text },
  gapPeople: { size: 7.5, color: COLOURS.muted },
  running: { size: 7.5, color: COLOURS.muted },
  footer: { size: 7.5, color: COLOURS.muted },
} as const satisfies Record<string, TextStyle>;

function creationDate(date: string | null): Date {
  // No clock: without an analysis date, a fixed date keeps the output reproducible.
  return new Date(`${date ?? '2000-01-01'}T12:00:00Z`);
}

function rule(doc: PDFKit.PDFDocument, x: number, y: number, width: number, colour: string = COLOURS.rule): void {
  doc
    .moveTo(x, y)
    .lineTo(x + width, y)
    .lineWidth(0.6)
    .strokeColor(colour)
    .stroke();
}

/**
 * The header facts in rows, each fact kept whole ("Label: value"), the label muted; a fact
 * wider than the row wraps on its own. Returns the height taken.
 */
function drawFacts(text: PdfText, sheet: ReviewSheet, top: number, width: number): number {
  const gap = 16;
  const lineHeight = text.height('Ag', width, STYLE.factValue) + 2;
  let x = 0;
  let y = top;
  for (const fact of sheet.facts) {
    const label = `${fact.label}: `;
    const labelWidth = text.width(label, STYLE.fact);
    const valueWidth = text.width(fact.value, STYLE.factValue);
    const whole = labelWidth + valueWidth;
    if (x > 0 && x + whole > width) {
      x = 0;
      y += lineHeight;
    }
    text.writeLine(label, MARGIN + x, y, labelWidth + 1, STYLE.fact);
    if (whole <= width) {
      text.writeLine(fact.value, MARGIN + x + labelWidth, y, valueWidth + 1, STYLE.factValue);
      x += whole + gap;
    } else {
      y += text.write(fact.value, MARGIN + x + labelWidth, y, width - labelWidth, STYLE.factValue) - lineHeight;
      x = width;
    }
  }
  return y + lineHeight - top;
}

/** The header of page 1; returns where the body starts. */
function drawHeader(text: PdfText, sheet: ReviewSheet): number {
  const figureWidth = 170;
  const left = CONTENT_WIDTH - figureWidth - GUTTER;
  let y = MARGIN;
  y += text.write(sheet.kind, MARGIN, y, left, STYLE.kind) + 1;
  y += text.write(sheet.heading, MARGIN, y, left, STYLE.heading) + 3;
  y += drawFacts(text, sheet, y, left) + 2;

  const right = MARGIN + CONTENT_WIDTH - figureWidth;
  let ry = MARGIN - 4;
  ry += text.write(sheet.likelihood.figure, right, ry, figureWidth, STYLE.figure);
  ry += text.write(sheet.likelihood.label, right, ry, figureWidth, STYLE.figureLabel);

  const bottom = Math.max(y, ry) + 8;
  rule(text.doc, MARGIN, bottom, CONTENT_WIDTH, COLOURS.muted);
  return bottom + 12;
}

/** The map, fitted into its box (never above its natural size), centred across the box. */
function drawMap(
  text: PdfText,
  sheet: ReviewSheet,
  box: { x: number; y: number; width: number; height: number },
): void {
  const { width, height } = sheet.map;
  const scale = Math.min(box.width / width, box.height / height, MAX_MAP_SCALE);
  const drawnWidth = width * scale;
  const drawnHeight = height * scale;
  const doc = text.doc;
  paintSvg(doc, sheet.map.svg, box.x + (box.width - drawnWidth) / 2, box.y, scale, text.fonts);
  doc
    .rect(box.x + (box.width - drawnWidth) / 2, box.y, drawnWidth, drawnHeight)
    .lineWidth(0.5)
    .strokeColor(COLOURS.rule)
    .stroke();
}

/** A line of the explanation: the label wrapped on the left, the points on the right. */
function termRow(flow: Flow, text: PdfText, term: SheetTerm, style: TextStyle, colour: string): void {
  const pointsWidth = 34;
  const labelWidth = flow.width - pointsWidth - 6;
  const height = text.height(term.label, labelWidth, style);
  flow.need(height + 3);
  text.write(term.label, flow.x, flow.y, labelWidth, style);
  text.write(term.shown, flow.x + flow.width - pointsWidth, flow.y, pointsWidth, {
    ...style,
    bold: true,
    color: colour,
    align: 'right',
  });
  flow.y += height + 3;
}

function drawLikelihood(flow: Flow, text: PdfText, sheet: ReviewSheet): void {
  const { likelihood } = sheet;
  flow.startSection(sheet.sections.likelihood, 60);
  flow.y += text.write(likelihood.note, flow.x, flow.y, flow.width, STYLE.note) + 5;
  termRow(flow, text, likelihood.base, STYLE.term, COLOURS.text);
  for (const term of likelihood.terms) {
    termRow(
      flow,
      text,
      term,
      STYLE.term,
      term.points > 0 ? COLOURS.positive : term.points < 0 ? COLOURS.negative : COLOURS.text,
    );
  }
  if (likelihood.zeroNote !== null) {
    flow.need(12);
    flow.y += text.write(likelihood.zeroNote, flow.x, flow.y, flow.width, STYLE.note) + 3;
  }
  flow.need(18);
  rule(text.doc, flow.x, flow.y, flow.width);
  flow.y += 4;
  termRow(
    flow,
    text,
    { key: 'total', label: likelihood.label, points: likelihood.value, shown: likelihood.figure },
    STYLE.total,
    COLOURS.accent,
  );
  flow.endSection();
}

/** The position against the best supplier: per criterion a label and two native bars (ours, best). */
function drawPosition(flow: Flow, text: PdfText, sheet: ReviewSheet): void {
  const position = sheet.position;
  if (position === null) return;
  const doc = text.doc;
  flow.startSection(sheet.sections.position, 40);
  if (position.bestSupplier !== null) {
    flow.y += text.write(position.bestSupplier, flow.x, flow.y, flow.width, STYLE.term) + 2;
  }
  flow.y += text.write(position.note, flow.x, flow.y, flow.width, STYLE.note) + 4;
  // Legend: a swatch and a word for each series.
  flow.need(12);
  let lx = flow.x;
  for (const [colour, label] of [
    [COLOURS.accent, position.legendOurs],
    [BEST_COLOUR, position.legendBest],
  ] as const) {
    doc
      .rect(lx, flow.y + 1.5, 7, 7)
      .fillColor(colour)
      .fill();
    const width = text.width(label, STYLE.note);
    text.write(label, lx + 10, flow.y, width + 2, STYLE.note);
    lx += 10 + width + 12;
  }
  flow.y += 13;
  const labelWidth = Math.round(flow.width * 0.42);
  const valueWidth = 18;
  const barSpace = flow.width - labelWidth - valueWidth - 6;
  for (const row of position.rows) {
    const style = { ...STYLE.term, bold: row.weighing, color: row.behind ? COLOURS.critical : COLOURS.text };
    const height = Math.max(18, text.height(row.label, labelWidth - 4, style));
    flow.need(height + 2);
    text.write(row.label, flow.x, flow.y + 1, labelWidth - 4, style);
    const barX = flow.x + labelWidth;
    const bars = [
      [row.ours, row.oursShown, COLOURS.accent],
      [row.best, row.bestShown, BEST_COLOUR],
    ] as const;
    bars.forEach(([score, shown, colour], i) => {
      const y = flow.y + 2 + i * 8;
      const width = Math.max(0.5, ((score ?? 0) / position.max) * barSpace);
      if (score !== null) doc.rect(barX, y, width, 6).fillColor(colour).fill();
      text.write(shown, barX + (score === null ? 0 : width) + 3, y - 1.5, valueWidth, {
        size: 6.5,
        color: COLOURS.muted,
      });
    });
    flow.y += height + 2;
  }
  flow.endSection();
}

/** A gap: a bar in the severity's colour, the title, the message, the next step and the people. */
function gapHeight(text: PdfText, gap: SheetGap, width: number): number {
  const inner = width - 10;
  return (
    text.height(gap.title, inner, STYLE.gapTitle) +
    1 +
    text.height(gap.message, inner, STYLE.gapText) +
    1 +
    text.height(gap.action, inner, STYLE.gapText) +
    (gap.people === null ? 0 : 1 + text.height(gap.people, inner, STYLE.gapPeople)) +
    7
  );
}

function drawGap(flow: Flow, text: PdfText, gap: SheetGap): void {
  flow.need(gapHeight(text, gap, flow.width));
  // Measured again: moving on may have changed the column's width.
  const height = gapHeight(text, gap, flow.width);
  const inner = flow.width - 10;
  const x = flow.x + 10;
  const top = flow.y;
  let y = top;
  y += text.write(gap.title, x, y, inner, STYLE.gapTitle) + 1;
  y += text.write(gap.message, x, y, inner, STYLE.gapText) + 1;
  y += text.write(gap.action, x, y, inner, { ...STYLE.gapText, color: COLOURS.accent });
  if (gap.people !== null) y += 1 + text.write(gap.people, x, y, inner, STYLE.gapPeople);
  text.doc.rect(flow.x, top + 1, 2.5, y - top - 2).fill(COLOURS[gap.severity]);
  flow.y = top + height;
}

function drawGaps(flow: Flow, text: PdfText, sheet: ReviewSheet): void {
  const first = sheet.gaps.groups[0]?.gaps[0];
  flow.startSection(sheet.sections.gaps, first ? 16 + gapHeight(text, first, flow.width) : 14);
  if (sheet.gaps.none !== null) {
    flow.y += text.write(sheet.gaps.none, flow.x, flow.y, flow.width, STYLE.gapText);
  }
  // The height of every gap still to come in a continuation page's column, so a page the
  // gaps end on shares them between its two columns (and leaves room for the table).
  const columnWidth = continuationColumns()[0]!.width;
  const heights = sheet.gaps.groups.flatMap((group) => group.gaps.map((gap) => gapHeight(text, gap, columnWidth)));
  let next = 0;
  flow.remaining = () => heights.slice(next).reduce((sum, height) => sum + height + 4, 0) + 20;
  for (const group of sheet.gaps.groups) {
    const style = { ...STYLE.group, color: COLOURS[group.severity] };
    flow.need(text.height(group.heading, flow.width, style) + 3 + gapHeight(text, group.gaps[0]!, flow.width));
    flow.y += text.write(group.heading, flow.x, flow.y, flow.width, style) + 3;
    for (const gap of group.gaps) {
      drawGap(flow, text, gap);
      next++;
    }
    flow.y += 4;
  }
  flow.endSection();
}

function drawRunningHeader(text: PdfText, sheet: ReviewSheet): void {
  const kindWidth = text.width(sheet.kind, STYLE.running) + 2;
  text.writeLine(sheet.heading, MARGIN, MARGIN, CONTENT_WIDTH - kindWidth - 20, STYLE.running);
  text.writeLine(sheet.kind, MARGIN + CONTENT_WIDTH - kindWidth, MARGIN, kindWidth, STYLE.running);
  rule(text.doc, MARGIN, MARGIN + 13, CONTENT_WIDTH);
}

/** Where a run of pages is numbered from, and of how many, in the whole file. */
export interface PageNumbering {
  /** The buffered page index the run starts at (0-based). */
  readonly first: number;
  readonly count: number;
  /** The page number of the run's first page (1-based) and the file's page count. */
  readonly from: number;
  readonly total: number;
}

/** The footer (note, "page x of y") on a run of pages. */
export function drawFooters(text: PdfText, note: string, pageTemplate: string, pages: PageNumbering): void {
  const doc = text.doc;
  for (let i = 0; i < pages.count; i++) {
    doc.switchToPage(pages.first + i);
    rule(doc, MARGIN, FOOTER_Y - 5, CONTENT_WIDTH);
    const page = pageLabel(pageTemplate, pages.from + i, pages.total);
    const pageWidth = text.width(page, STYLE.footer) + 2;
    text.writeLine(note, MARGIN, FOOTER_Y, CONTENT_WIDTH - pageWidth - 20, STYLE.footer);
    text.writeLine(page, MARGIN + CONTENT_WIDTH - pageWidth, FOOTER_Y, pageWidth, STYLE.footer);
  }
}

export interface PdfInfo {
  readonly title: string;
  readonly lang: string;
  /** The analysis date (YYYY-MM-DD), the creation date. */
  readonly date: string | null;
}

/** A buffered A4 landscape pdfkit document without pages, and its bytes once ended. */
export function newPdf(info: PdfInfo): { doc: PDFKit.PDFDocument; done: Promise<Uint8Array> } {
  const doc = new PDFDocument({
    size: [PAGE_WIDTH, PAGE_HEIGHT],
    // Every position is set explicitly; zero margins keep pdfkit from adding pages on its own.
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    bufferPages: true,
    autoFirstPage: false,
    lang: info.lang,
    displayTitle: true,
    info: {
      Title: info.title,
      Creator: 'Powermap',
      Producer: 'Powermap',
      CreationDate: creationDate(info.date),
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  return { doc, done };
}

export function addPage(doc: PDFKit.PDFDocument): void {
  doc.addPage({ size: [PAGE_WIDTH, PAGE_HEIGHT], margins: { top: 0, bottom: 0, left: 0, right: 0 } });
}

/** The sheet's pages, from a new page on, without footers (the caller numbers the pages). */
export function drawSheet(text: PdfText, sheet: ReviewSheet): void {
  const doc = text.doc;
  const continuationPage = () => {
    addPage(doc);
    drawRunningHeader(text, sheet);
  };

  addPage(doc);
  const top = drawHeader(text, sheet);
  const mapWidth = Math.round(CONTENT_WIDTH * MAP_SHARE);
  text.write(sheet.sections.map, MARGIN, top, mapWidth, { size: 10.5, bold: true });
  const mapTop = top + 20;
  drawMap(text, sheet, { x: MARGIN, y: mapTop, width: mapWidth, height: CONTENT_BOTTOM - mapTop });

  const side = { x: MARGIN + mapWidth + GUTTER, width: CONTENT_WIDTH - mapWidth - GUTTER, top, bottom: CONTENT_BOTTOM };
  const flow = new Flow(text, [side], continuationPage, sheet.footer.continuedTemplate);
  drawLikelihood(flow, text, sheet);
  drawGaps(flow, text, sheet);
  drawPosition(flow, text, sheet);

  if (sheet.table.rows.length > 0) {
    // On a continuation page with room left under the gaps, the table starts there (the
    // first page's side column is too narrow for it).
    const below = flow.bottom() + 20;
    const shared = flow.pagesAdded > 0 && CONTENT_BOTTOM - below >= TABLE_MIN_ROOM;
    drawTable(
      text,
      sheet.table,
      sheet.sections.stakeholders,
      continuedLabel(sheet.footer.continuedTemplate, sheet.sections.stakeholders),
      continuationPage,
      shared ? below : null,
    );
  }
}

/** The sheet as PDF bytes (see the module comment). */
export function renderSheetPdf(sheet: ReviewSheet, options: PdfOptions): Promise<Uint8Array> {
  const { doc, done } = newPdf({ title: `${sheet.heading} · ${sheet.kind}`, lang: sheet.lang, date: options.date });
  const text = new PdfText(doc, registerFonts(doc, options.font));
  drawSheet(text, sheet);
  const count = doc.bufferedPageRange().count;
  drawFooters(text, sheet.footer.note, sheet.footer.pageTemplate, { first: 0, count, from: 1, total: count });
  doc.end();
  return done;
}
