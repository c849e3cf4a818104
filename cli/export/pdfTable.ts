/**
 * The stakeholder table across as many pages as it needs, the header row repeated at the
 * top of each. Columns get widths from their content (a short column such as influence
 * stays narrow, names and titles get room), and every cell wraps, so no text is cut.
 */
import type { SheetTable } from '../../shared/export';
import { COLOURS, CONTENT_BOTTOM, CONTENT_WIDTH, MARGIN, RUNNING_TOP, SECTION_STYLE } from './pdfPage';
import type { PdfText, TextStyle } from './pdfText';

const CELL: TextStyle = { size: 7.5, color: COLOURS.text };
const HEAD: TextStyle = { size: 7.5, bold: true, color: COLOURS.text };
const PAD_X = 3;
const PAD_Y = 2.5;
/** No column is narrower than this, and none asks for more than MAX before the rest have theirs. */
const MIN_WIDTH = 34;
const MAX_WIDTH = 170;

/** Column widths that fill `total`: each column's widest cell, capped, shared out when they do not all fit. */
export function columnWidths(text: PdfText, table: SheetTable, total: number): number[] {
  const natural = table.header.map((header, column) => {
    let widest = text.width(header, HEAD);
    for (const row of table.rows) widest = Math.max(widest, text.width(row[column] ?? '', CELL));
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2 * PAD_X + 1));
  });
  const sum = natural.reduce((a, b) => a + b, 0);
  if (sum <= total) return natural.map((width) => (width * total) / sum);
  // Too wide: every column keeps MIN_WIDTH and the rest is shared by how much more each wants.
  const extra = total - MIN_WIDTH * natural.length;
  const wanted = sum - MIN_WIDTH * natural.length;
  return natural.map((width) => MIN_WIDTH + ((width - MIN_WIDTH) * extra) / wanted);
}

function rowHeight(text: PdfText, cells: readonly string[], widths: readonly number[], style: TextStyle): number {
  let height = 0;
  cells.forEach((cell, i) => {
    height = Math.max(height, text.height(cell === '' ? ' ' : cell, widths[i]! - 2 * PAD_X, style));
  });
  return height + 2 * PAD_Y;
}

function drawRow(
  text: PdfText,
  cells: readonly string[],
  widths: readonly number[],
  y: number,
  height: number,
  style: TextStyle,
  fill: string | null,
): void {
  const doc = text.doc;
  if (fill !== null) doc.rect(MARGIN, y, CONTENT_WIDTH, height).fill(fill);
  let x = MARGIN;
  cells.forEach((cell, i) => {
    const width = widths[i]!;
    if (cell !== '') text.write(cell, x + PAD_X, y + PAD_Y, width - 2 * PAD_X, style);
    x += width;
  });
  doc
    .moveTo(MARGIN, y + height)
    .lineTo(MARGIN + CONTENT_WIDTH, y + height)
    .lineWidth(0.4)
    .strokeColor(COLOURS.rule)
    .stroke();
}

/** Room the table needs below its heading on a page it shares: the header row and a few rows. */
export const TABLE_MIN_ROOM = 110;

/**
 * Writes the table from `top` on the current page, or from the top of a fresh page when
 * `top` is null (`newPage` adds one with its running header); `heading` and `continued`
 * label the first page and the ones after it.
 */
export function drawTable(
  text: PdfText,
  table: SheetTable,
  heading: string,
  continued: string,
  newPage: () => void,
  top: number | null,
): void {
  if (top === null) newPage();
  let y = top ?? RUNNING_TOP;
  const title = (label: string) => {
    y += text.write(label, MARGIN, y, CONTENT_WIDTH, SECTION_STYLE) + 6;
  };
  title(heading);
  if (table.rows.length === 0) return;
  const widths = columnWidths(text, table, CONTENT_WIDTH);
  const headHeight = rowHeight(text, table.header, widths, HEAD);
  const header = () => {
    drawRow(text, table.header, widths, y, headHeight, HEAD, COLOURS.band);
    y += headHeight;
  };
  header();
  table.rows.forEach((row, index) => {
    const height = rowHeight(text, row, widths, CELL);
    if (y + height > CONTENT_BOTTOM) {
      newPage();
      y = RUNNING_TOP;
      title(continued);
      header();
    }
    drawRow(text, row, widths, y, height, CELL, index % 2 === 1 ? '#f7f8fa' : null);
    y += height;
  });
}
