/**
 * The stakeholder table (stakeholderTable.ts `stakeholderTable`, so its columns and privacy match the
 * CSV and the PDF sheet) as native tables, paginated: at most ROWS_PER_SLIDE people per
 * slide, fewer when their cells wrap onto several lines.
 */
import { estimateWidth, truncateToWidth } from '../../../text/textWidth';
import { stakeholderTable } from '../../stakeholderTable';
import { MARGIN, THEME, type DeckContext } from '../context';
import { slideXml, ShapeIds } from '../shapes';
import { table, type TableCell } from '../table';
import { line } from '../text';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../xml';
import { CONTENT_TOP, heading, textBox } from './frame';
import { lineCount, paginate, pagedHeading } from './paginate';

export const ROWS_PER_SLIDE = 12;
/** A cell shows at most this many lines; longer text (notes) ends with an ellipsis. */
const MAX_LINES = 5;
const CELL_PADDING = 8;
const WIDTH = SLIDE_WIDTH - 2 * MARGIN;
const BUDGET = SLIDE_HEIGHT - CONTENT_TOP - 20;
/** A column is never narrower than this, and does not ask for more than MAX_COLUMN. */
const MIN_COLUMN = 30;
const MAX_COLUMN = 200;
/** What a line may break between: words, and each Chinese character on its own. */
const BREAKABLE = /[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]+|[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/gu;

function longestWord(text: string, size: number, bold: boolean): number {
  let widest = 0;
  for (const [word] of text.matchAll(BREAKABLE)) widest = Math.max(widest, estimateWidth(word, size, bold));
  return widest;
}

/**
 * Column widths that fill the slide: first every column gets its longest word (so
 * "champion" is not broken inside the word), then the space left goes to the columns
 * whose text wants more, in proportion to what they want. Only when even the longest
 * words do not fit are all columns scaled down alike.
 */
export function columnWidths(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  size: number,
  width: number,
): number[] {
  const least: number[] = [];
  const wanted: number[] = [];
  header.forEach((title, column) => {
    const bold = column === 0;
    let word = longestWord(title, size, true);
    let line = estimateWidth(title, size, true);
    for (const row of rows) {
      const cell = row[column] ?? '';
      word = Math.max(word, longestWord(cell, size, bold));
      line = Math.max(line, estimateWidth(cell, size, bold));
    }
    const min = Math.min(MAX_COLUMN, Math.max(MIN_COLUMN, word + CELL_PADDING));
    least.push(min);
    wanted.push(Math.max(min, Math.min(MAX_COLUMN, line + CELL_PADDING)));
  });
  const round = (w: number) => Math.floor(w * 100) / 100;
  const sumLeast = least.reduce((sum, w) => sum + w, 0);
  if (sumLeast >= width) return least.map((w) => round((w / sumLeast) * width));
  const sumWanted = wanted.reduce((sum, w) => sum + w, 0);
  if (sumWanted <= width) return wanted.map((w) => round((w / sumWanted) * width));
  const spare = width - sumLeast;
  const extra = sumWanted - sumLeast;
  return least.map((w, i) => round(w + ((wanted[i]! - w) / extra) * spare));
}

export function tableSlides(context: DeckContext): string[] {
  const { t, lang } = context;
  const data = stakeholderTable(context.view);
  // Readable across a room: 10 pt, 8 pt when the personal columns make the table wider.
  const size = data.columns.length > 13 ? 8 : 10;
  const headerStyle = { size, bold: true, color: THEME.surface };
  const widths = columnWidths(data.header, data.rows, size, WIDTH);
  const fit = (text: string, column: number) => {
    const room = widths[column]! - CELL_PADDING;
    const bold = column === 0;
    return lineCount(text, size, room, bold) > MAX_LINES ? truncateToWidth(text, room * MAX_LINES, size, bold) : text;
  };
  const rows = data.rows.map((row) => row.map((cell, column) => fit(cell, column)));
  const rowHeight = (cells: readonly string[], bold = false) =>
    Math.max(
      ...cells.map((cell, column) => lineCount(cell, size, widths[column]! - CELL_PADDING, bold || column === 0)),
    ) *
      size *
      1.2 +
    6;
  const headerHeight = rowHeight(data.header, true);
  const pages = paginate(rows, (row) => rowHeight(row), BUDGET - headerHeight, ROWS_PER_SLIDE);

  return pages.map((page, index) => {
    const ids = new ShapeIds();
    const title = pagedHeading(t('deck.table.heading'), index, pages.length, (params) => t('deck.page', params));
    let shapes = heading(ids, title, context);
    if (page.length === 0) {
      shapes += textBox(
        ids,
        t('deck.shape.text'),
        { x: MARGIN, y: CONTENT_TOP, width: WIDTH, height: 24 },
        line(t('deck.table.empty'), { size: 14, italic: true, color: THEME.textMuted }, lang),
      );
    } else {
      shapes += table({
        id: ids.next(),
        name: t('deck.shape.table'),
        x: MARGIN,
        y: CONTENT_TOP,
        columns: widths,
        header: true,
        borderColor: THEME.border,
        lang,
        rows: [
          {
            height: headerHeight,
            cells: data.header.map((text): TableCell => ({ text, style: headerStyle, fill: THEME.text })),
          },
          ...page.map((row, r) => ({
            height: rowHeight(row),
            cells: row.map((text, column): TableCell => ({
              text,
              // The name in bold: the eye finds the person first.
              style: { size, color: THEME.text, bold: column === 0 },
              fill: r % 2 === 1 ? THEME.surface2 : THEME.surface,
            })),
          })),
        ],
      });
    }
    return slideXml(shapes, THEME.surface);
  });
}
