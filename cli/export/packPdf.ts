/**
 * The review pack (shared/export/reviewPack.ts) as one PDF, A4 landscape: the contents
 * first (every section and deal with its page number), then the pipeline table, the
 * totals per currency and the likelihood-by-decision-date chart, then each deal's sheet,
 * drawn by the same code as the one-deal PDF (pdf.ts `drawSheet`). The contents' pages are
 * reserved first and written last, once the page numbers are known; every section and deal
 * is also a bookmark in the PDF's outline. Pages are numbered through the whole file.
 */
import type { PackChart, PackTable, ReviewPack } from '../../shared/export';
import { translatePlural, type Lang } from '../../shared/i18n';
import { chartScales, placeChartLabels, quarterMonthStarts, type PipelineStatus } from '../../shared/pipeline';
import { addPage, drawFooters, drawSheet, newPdf, type PdfOptions } from './pdf';
import { COLOURS, CONTENT_BOTTOM, CONTENT_WIDTH, MARGIN, RUNNING_TOP, SECTION_STYLE } from './pdfPage';
import { drawTable } from './pdfTable';
import { PdfText, registerFonts, type TextStyle } from './pdfText';

const STATUS_COLOUR: Readonly<Record<PipelineStatus, string>> = {
  red: COLOURS.critical,
  amber: COLOURS.warning,
  green: COLOURS.positive,
};

const TITLE: TextStyle = { size: 18, bold: true };
const SUBTITLE: TextStyle = { size: 9, color: COLOURS.muted };
const ENTRY: TextStyle = { size: 9, color: COLOURS.text };
const SMALL: TextStyle = { size: 7, color: COLOURS.muted };
const LABEL: TextStyle = { size: 6.5, color: COLOURS.text };
const LABEL_HEIGHT = 8;
/** A longer name is cut with an ellipsis: the table has it whole. */
const LABEL_MAX = 130;
const DOT = 4;
const ENTRY_HEIGHT = 15;
/** Where the contents start on the first page, below the title and subtitle. */
const FIRST_CONTENTS_TOP = MARGIN + 80;

/** Entries that fit the contents' first page, and each page after it. */
function contentsPages(entries: number): number {
  const first = Math.floor((CONTENT_BOTTOM - FIRST_CONTENTS_TOP) / ENTRY_HEIGHT);
  const next = Math.floor((CONTENT_BOTTOM - RUNNING_TOP - 20) / ENTRY_HEIGHT);
  return entries <= first ? 1 : 1 + Math.ceil((entries - first) / next);
}

interface Entry {
  readonly label: string;
  /** 1-based page number. */
  readonly page: number;
  readonly indent: boolean;
}

function runningHeader(text: PdfText, pack: ReviewPack): void {
  text.writeLine(`${pack.title} · ${pack.subtitle}`, MARGIN, MARGIN, CONTENT_WIDTH, {
    size: 7.5,
    color: COLOURS.muted,
  });
  text.doc
    .moveTo(MARGIN, MARGIN + 13)
    .lineTo(MARGIN + CONTENT_WIDTH, MARGIN + 13)
    .lineWidth(0.6)
    .strokeColor(COLOURS.rule)
    .stroke();
}

function drawContents(text: PdfText, pack: ReviewPack, entries: readonly Entry[], pages: number): void {
  const doc = text.doc;
  let index = 0;
  for (let page = 0; page < pages; page++) {
    doc.switchToPage(page);
    let y = RUNNING_TOP;
    if (page === 0) {
      y = MARGIN;
      y += text.write(pack.title, MARGIN, y, CONTENT_WIDTH, TITLE) + 2;
      y += text.write(pack.subtitle, MARGIN, y, CONTENT_WIDTH, SUBTITLE) + 8;
      text.write(pack.sections.contents, MARGIN, y, CONTENT_WIDTH, SECTION_STYLE);
      y = FIRST_CONTENTS_TOP;
    } else runningHeader(text, pack);
    for (; index < entries.length && y + ENTRY_HEIGHT <= CONTENT_BOTTOM; index++, y += ENTRY_HEIGHT) {
      const entry = entries[index]!;
      const number = String(entry.page);
      const numberWidth = text.width(number, ENTRY) + 2;
      const x = MARGIN + (entry.indent ? 16 : 0);
      const right = MARGIN + CONTENT_WIDTH;
      text.writeLine(entry.label, x, y, right - numberWidth - 30 - x, { ...ENTRY, bold: !entry.indent });
      text.writeLine(number, right - numberWidth, y, numberWidth, ENTRY);
      doc
        .moveTo(x, y + ENTRY_HEIGHT - 3)
        .lineTo(right, y + ENTRY_HEIGHT - 3)
        .lineWidth(0.3)
        .strokeColor(COLOURS.rule)
        .stroke();
    }
  }
}

function plainTable(table: PackTable): Parameters<typeof drawTable>[1] {
  // No stakeholder columns: no cell is folded into a personal-details line.
  return { columns: [], header: table.header, rows: table.rows, empty: '' };
}

function drawChart(text: PdfText, chart: PackChart, top: number, lang: Lang): void {
  const doc = text.doc;
  let y = top + text.write(chart.title, MARGIN, top, CONTENT_WIDTH, SECTION_STYLE) + 4;
  let lx = MARGIN;
  for (const { status, label } of chart.legend) {
    doc.circle(lx + 4, y + 5, 3.5).fill(STATUS_COLOUR[status]);
    const width = text.width(label, SUBTITLE);
    text.write(label, lx + 11, y, width + 2, SUBTITLE);
    lx += width + 26;
  }
  y += 18;
  if (chart.overdue !== null) y += text.write(chart.overdue, MARGIN, y, CONTENT_WIDTH, SUBTITLE) + 4;
  const box = { x: MARGIN + 28, y: y + 6, width: CONTENT_WIDTH - 40, height: CONTENT_BOTTOM - y - 30 };
  const { x: xOf, y: yOf } = chartScales(chart, box);
  for (const tick of [0, 25, 50, 75, 100]) {
    doc
      .moveTo(box.x, yOf(tick))
      .lineTo(box.x + box.width, yOf(tick))
      .lineWidth(0.4)
      .strokeColor(COLOURS.rule)
      .stroke();
    text.write(`${tick}%`, MARGIN, yOf(tick) - 4, 24, { ...SMALL, align: 'right' });
  }
  for (const date of quarterMonthStarts(chart.from)) {
    const x = xOf(date);
    doc
      .moveTo(x, box.y)
      .lineTo(x, box.y + box.height)
      .lineWidth(0.4)
      .strokeColor(COLOURS.rule)
      .stroke();
    text.write(date.slice(0, 7), x + 2, box.y + box.height + 3, 60, SMALL);
  }
  if (chart.empty !== null) {
    text.write(chart.empty, box.x, box.y + box.height / 2 - 6, box.width, { ...SUBTITLE, align: 'center' });
  }
  for (const point of chart.points)
    doc.circle(xOf(point.decisionDate), yOf(point.likelihood), DOT).fill(STATUS_COLOUR[point.status]);
  // Deals deciding on the same day would write their names over each other: each takes a free place, or none.
  const layout = placeChartLabels(
    chart.points.map((point) => ({
      x: xOf(point.decisionDate),
      y: yOf(point.likelihood),
      width: Math.min(LABEL_MAX, text.width(point.label, LABEL)),
      height: LABEL_HEIGHT,
    })),
    { bounds: box, dotRadius: DOT, gap: 2 },
  );
  layout.boxes.forEach((place, i) => {
    if (place !== null) text.writeLine(chart.points[i]!.label, place.x, place.y, place.width + 0.5, LABEL);
  });
  if (layout.dropped > 0) {
    const note = translatePlural(lang, 'pipelineExport.pack.chartUnnamed', layout.dropped);
    text.write(note, MARGIN, box.y + box.height + 13, CONTENT_WIDTH, SUBTITLE);
  }
}

/** The pipeline table, the totals and the chart, from a new page; the contents' entries they make. */
function drawPipeline(text: PdfText, pack: ReviewPack, entries: Entry[]): void {
  const doc = text.doc;
  const page = () => doc.bufferedPageRange().count;
  const newPage = () => {
    addPage(doc);
    runningHeader(text, pack);
  };
  const continued = (label: string) => pack.footer.continuedTemplate.replace('{section}', label);
  newPage();
  doc.outline.addItem(pack.sections.pipeline);
  entries.push({ label: pack.sections.pipeline, page: page(), indent: false });
  let y = drawTable(
    text,
    plainTable(pack.pipeline),
    pack.sections.pipeline,
    continued(pack.sections.pipeline),
    newPage,
    RUNNING_TOP,
  );
  if (pack.empty !== null) y += text.write(pack.empty, MARGIN, y, CONTENT_WIDTH, SUBTITLE);
  if (CONTENT_BOTTOM - y < 110) {
    newPage();
    y = RUNNING_TOP;
  } else y += 20;
  doc.outline.addItem(pack.sections.totals);
  entries.push({ label: pack.sections.totals, page: page(), indent: false });
  drawTable(text, plainTable(pack.totals), pack.sections.totals, continued(pack.sections.totals), newPage, y);
  newPage();
  doc.outline.addItem(pack.chart.title);
  entries.push({ label: pack.chart.title, page: page(), indent: false });
  drawChart(text, pack.chart, RUNNING_TOP, pack.lang);
}

/** The pack as PDF bytes (see the module comment). */
export function renderPackPdf(pack: ReviewPack, options: PdfOptions): Promise<Uint8Array> {
  const { doc, done } = newPdf({ title: `${pack.title} · ${pack.subtitle}`, lang: pack.lang, date: options.date });
  const text = new PdfText(doc, registerFonts(doc, options.font));
  const contents = contentsPages(pack.deals.length + 3);
  for (let i = 0; i < contents; i++) addPage(doc);
  doc.outline.addItem(pack.sections.contents);
  const entries: Entry[] = [];
  drawPipeline(text, pack, entries);
  const notes: { first: number; count: number; note: string }[] = [];
  notes.push({ first: 0, count: doc.bufferedPageRange().count, note: pack.footer.note });
  for (const deal of pack.deals) {
    const first = doc.bufferedPageRange().count;
    drawSheet(text, deal.sheet);
    const count = doc.bufferedPageRange().count - first;
    doc.switchToPage(first);
    doc.outline.addItem(deal.title);
    entries.push({ label: deal.title, page: first + 1, indent: true });
    notes.push({ first, count, note: deal.sheet.footer.note });
  }
  drawContents(text, pack, entries, contents);
  const total = doc.bufferedPageRange().count;
  for (const run of notes) {
    drawFooters(text, run.note, pack.footer.pageTemplate, { ...run, from: run.first + 1, total });
  }
  doc.end();
  return done;
}
