/**
 * The stakeholder table across as many pages as it needs, the header row repeated at the
 * top of each. Columns get widths from their content (a short column such as influence
 * stays narrow, names and titles get room), and every cell wraps, so no text is cut.
 */
import { PERSONAL_COLUMNS, type SheetTable } from '../../shared/export';
import { COLOURS, CONTENT_BOTTOM, CONTENT_WIDTH, MARGIN, RUNNING_TOP, SECTION_STYLE } from './pdfPage';
import type { PdfText, TextStyle } from './pdfText';

const CELL: TextStyle = { size: 7.5, color: COLOURS.text };
const HEAD: TextStyle = { size: 7.5, bold: true, color: COLOURS.text };
const PAD_X = 3;
const PAD_Y = 2.5;
/** No column is narrower than this, and none asks for more than MAX_WIDTH. */
const MIN_WIDTH = 34;
const MAX_WIDTH = 170;

/** The widest piece of `cell` that cannot be broken: a word, or a single character of Chinese text (which breaks anywhere). */
function widestWord(text: PdfText, cell: string, style: TextStyle): number {
  let widest = 0;
  for (const word of cell.split(/\s+/u)) {
    if (word === '') continue;
    const piece = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(word) ? '中' : word;
    widest = Math.max(widest, text.width(piece, style));
  }
  return widest;
}

/**
 * Column widths that fill `total`. Each column wants its widest cell (capped at MAX_WIDTH)
 * and needs at least its longest word, so words are not broken while there is room: when
 * the wanted widths do not fit, short columns keep theirs and the long ones are brought
 * down to a common width (not below what they need); only when even the needs do not fit
 * are words broken.
 */
export function columnWidths(text: PdfText, table: SheetTable, total: number): number[] {
  const pad = 2 * PAD_X + 1;
  const wanted: number[] = [];
  const needed: number[] = [];
  table.header.forEach((header, column) => {
    let widest = text.width(header, HEAD);
    let word = widestWord(text, header, HEAD);
    for (const row of table.rows) {
      const cell = row[column] ?? '';
      widest = Math.max(widest, text.width(cell, CELL));
      word = Math.max(word, widestWord(text, cell, CELL));
    }
    const want = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + pad));
    wanted.push(want);
    needed.push(Math.min(want, Math.max(MIN_WIDTH, word + pad)));
  });
  const sum = (list: readonly number[]) => list.reduce((a, b) => a + b, 0);
  const sumWanted = sum(wanted);
  const sumNeeded = sum(needed);
  if (sumWanted <= total) return wanted.map((width) => (width * total) / sumWanted);
  if (sumNeeded <= total) {
    // Water-filling: short columns get all they want, long ones share the rest up to a
    // common level (found by halving), never below what they need.
    const widths = (level: number) => wanted.map((want, i) => Math.max(needed[i]!, Math.min(want, level)));
    let low = 0;
    let high = MAX_WIDTH;
    for (let step = 0; step < 40; step++) {
      const level = (low + high) / 2;
      if (sum(widths(level)) > total) high = level;
      else low = level;
    }
    const fitted = widths(low);
    const spare = total - sum(fitted);
    return fitted.map((width) => width + spare / fitted.length);
  }
  return needed.map((width) => (width * total) / sumNeeded);
}

/**
 * The table as printed: the personal columns (interests, notes: long prose, and only with
 * --include-personal) would squeeze every other column, so they are taken out of the grid
 * and written under their row instead, each with its header ("Notes: …").
 */
interface PrintedTable {
  readonly grid: SheetTable;
  /** Per row, its personal fields as one line ('' when they are all empty). */
  readonly details: readonly string[];
}

function printed(table: SheetTable): PrintedTable {
  const personal = table.columns.map((column) => PERSONAL_COLUMNS.has(column));
  const keep = <T>(cells: readonly T[]) => cells.filter((_, i) => !personal[i]);
  return {
    grid: {
      ...table,
      columns: keep(table.columns),
      header: keep(table.header),
      rows: table.rows.map((row) => keep(row)),
    },
    details: table.rows.map((row) =>
      row
        .map((cell, i) => (personal[i] && cell.trim() !== '' ? `${table.header[i]}: ${cell}` : ''))
        .filter((part) => part !== '')
        .join('    ·    '),
    ),
  };
}

const DETAIL: TextStyle = { size: 7.5, color: COLOURS.muted };

function rowHeight(text: PdfText, cells: readonly string[], widths: readonly number[], style: TextStyle): number {
  let height = 0;
  cells.forEach((cell, i) => {
    height = Math.max(height, text.height(cell === '' ? ' ' : cell, widths[i]! - 2 * PAD_X, style));
  });
  return height + 2 * PAD_Y;
}

/** The detail line's box: under the row, from the second column on (the name stays clear). */
function detailBox(widths: readonly number[]): { x: number; width: number } {
  const indent = widths[0]! + PAD_X;
  return { x: MARGIN + indent, width: CONTENT_WIDTH - indent - PAD_X };
}

function detailHeight(text: PdfText, detail: string, widths: readonly number[]): number {
  return detail === '' ? 0 : text.height(detail, detailBox(widths).width, DETAIL) + PAD_Y;
}

function drawRow(
  text: PdfText,
  cells: readonly string[],
  widths: readonly number[],
  y: number,
  height: number,
  style: TextStyle,
  fill: string | null,
  detail = '',
): void {
  const doc = text.doc;
  if (fill !== null) doc.rect(MARGIN, y, CONTENT_WIDTH, height).fill(fill);
  let x = MARGIN;
  cells.forEach((cell, i) => {
    const width = widths[i]!;
    if (cell !== '') text.write(cell, x + PAD_X, y + PAD_Y, width - 2 * PAD_X, style);
    x += width;
  });
  if (detail !== '') {
    const box = detailBox(widths);
    text.write(detail, box.x, y + height - detailHeight(text, detail, widths) - PAD_Y / 2, box.width, DETAIL);
  }
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
 * label the first page and the ones after it. Returns where the table ends on its last page.
 */
export function drawTable(
  text: PdfText,
  table: SheetTable,
  heading: string,
  continued: string,
  newPage: () => void,
  top: number | null,
): number {
  if (top === null) newPage();
  let y = top ?? RUNNING_TOP;
  const title = (label: string) => {
    y += text.write(label, MARGIN, y, CONTENT_WIDTH, SECTION_STYLE) + 6;
  };
  title(heading);
  if (table.rows.length === 0) return y;
  const { grid, details } = printed(table);
  const widths = columnWidths(text, grid, CONTENT_WIDTH);
  const headHeight = rowHeight(text, grid.header, widths, HEAD);
  const header = () => {
    drawRow(text, grid.header, widths, y, headHeight, HEAD, COLOURS.band);
    y += headHeight;
  };
  header();
  grid.rows.forEach((row, index) => {
    const detail = details[index] ?? '';
    const height = rowHeight(text, row, widths, CELL) + detailHeight(text, detail, widths);
    if (y + height > CONTENT_BOTTOM) {
      newPage();
      y = RUNNING_TOP;
      title(continued);
      header();
    }
    drawRow(text, row, widths, y, height, CELL, index % 2 === 1 ? '#f7f8fa' : null, detail);
    y += height;
  });
  return y;
}
