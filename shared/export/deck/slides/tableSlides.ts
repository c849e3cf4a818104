/**
 * The stakeholder table (csv.ts `stakeholderTable`, so its columns and privacy match the
 * CSV and the PDF sheet) as native tables, paginated: at most ROWS_PER_SLIDE people per
 * slide, fewer when their cells wrap onto several lines.
 */
import { estimateWidth, truncateToWidth } from '../../textWidth';
import { stakeholderTable } from '../../csv';
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
/** A column is never narrower than this, nor (before fitting) wider than MAX_COLUMN. */
const MIN_COLUMN = 34;
const MAX_COLUMN = 200;

/** Column widths: each column's widest text (within bounds), scaled to the slide's width. */
function columnWidths(header: readonly string[], rows: readonly (readonly string[])[], size: number): number[] {
  const wanted = header.map((title, column) => {
    let widest = Math.min(estimateWidth(title, size, true), 90);
    for (const row of rows) widest = Math.max(widest, estimateWidth(row[column] ?? '', size));
    return Math.min(MAX_COLUMN, Math.max(MIN_COLUMN, widest + CELL_PADDING));
  });
  const total = wanted.reduce((sum, w) => sum + w, 0);
  return wanted.map((w) => Math.floor((w / total) * WIDTH * 100) / 100);
}

export function tableSlides(context: DeckContext): string[] {
  const { t, lang, source } = context;
  const data = stakeholderTable(source, {
    lang,
    includePersonal: context.includePersonal,
    anonymous: context.anonymous,
  });
  const size = data.columns.length > 13 ? 7 : 8;
  const headerStyle = { size, bold: true, color: THEME.surface };
  const widths = columnWidths(data.header, data.rows, size);
  const fit = (text: string, column: number) => {
    const room = widths[column]! - CELL_PADDING;
    return lineCount(text, size, room) > MAX_LINES ? truncateToWidth(text, room * MAX_LINES, size) : text;
  };
  const rows = data.rows.map((row) => row.map((cell, column) => fit(cell, column)));
  const rowHeight = (cells: readonly string[], bold = false) =>
    Math.max(...cells.map((cell, column) => lineCount(cell, size, widths[column]! - CELL_PADDING, bold))) * size * 1.2 +
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
            cells: row.map((text): TableCell => ({
              text,
              style: { size, color: THEME.text },
              fill: r % 2 === 1 ? THEME.surface2 : THEME.surface,
            })),
          })),
        ],
      });
    }
    return slideXml(shapes, THEME.surface);
  });
}
