/**
 * The sheet's page frame (A4 landscape, in PDF points) and a flow of blocks through columns:
 * a block that does not fit the rest of a column goes to the next column, and after the
 * last column of a page to a new page, where a section that runs on gets its heading again
 * with "(continued)". Blocks are measured before they are written, so nothing is clipped
 * and nothing is drawn over the footer.
 */
import { continuedLabel } from '../../shared/export';
import type { PdfText } from './pdfText';

/** A4 landscape: 297 mm × 210 mm. */
export const PAGE_WIDTH = 841.89;
export const PAGE_HEIGHT = 595.28;
export const MARGIN = 36;
export const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
/** Content stops here; the footer is below. */
export const CONTENT_BOTTOM = PAGE_HEIGHT - MARGIN - 10;
export const FOOTER_Y = PAGE_HEIGHT - MARGIN + 4;
/** Where content starts on pages after the first (below the running header). */
export const RUNNING_TOP = MARGIN + 22;
export const GUTTER = 22;

export const COLOURS = {
  text: '#1c2430',
  muted: '#5b6675',
  rule: '#d5d9e0',
  band: '#eef0f4',
  accent: '#2f6fde',
  positive: '#137a3a',
  negative: '#c62f2f',
  critical: '#c62f2f',
  warning: '#b8610f',
  info: '#2f6fde',
} as const;

export interface Column {
  readonly x: number;
  readonly width: number;
  readonly top: number;
  readonly bottom: number;
}

/** The two columns of a continuation page. */
export function continuationColumns(): Column[] {
  const width = (CONTENT_WIDTH - GUTTER) / 2;
  return [
    { x: MARGIN, width, top: RUNNING_TOP, bottom: CONTENT_BOTTOM },
    { x: MARGIN + width + GUTTER, width, top: RUNNING_TOP, bottom: CONTENT_BOTTOM },
  ];
}

export const SECTION_STYLE = { size: 10.5, bold: true, color: COLOURS.text } as const;
const SECTION_SPACE = 6;

export class Flow {
  private columns: Column[];
  private column: Column;
  /** The top of the next block. */
  y: number;
  /** The heading of the section being written, repeated with "(continued)" where it runs on. */
  private section: string | null = null;
  /** The lowest point written on this page, over all its columns. */
  private lowest: number;
  /** Pages added by this flow: 0 while still on the page it started on. */
  pagesAdded = 0;
  /** On a new page, the height of what is still to come, to share it between the two columns; null: fill each column in turn. */
  remaining: (() => number) | null = null;
  /** Where the first column of a balanced page ends: a block whose middle falls below moves to the second. */
  private limit: number | null = null;
  /** Where the current column's content started (below a continued heading). */
  private columnContentTop: number;

  constructor(
    private readonly text: PdfText,
    first: readonly Column[],
    /** Adds a page and draws what every continuation page has (the running header). */
    private readonly newPage: () => void,
    private readonly continuedTemplate: string,
  ) {
    this.columns = [...first];
    this.column = this.columns.shift()!;
    this.y = this.column.top;
    this.lowest = this.y;
    this.columnContentTop = this.y;
  }

  get x(): number {
    return this.column.x;
  }

  get width(): number {
    return this.column.width;
  }

  /** Moves to the next column, or to a new page; the running section's heading is repeated there. */
  advance(): void {
    this.lowest = Math.max(this.lowest, this.y);
    const next = this.columns.shift();
    const samePage = next !== undefined && next.top === this.column.top;
    const contentTop = this.y > this.column.top ? this.columnContentTop : next?.top;
    if (next) this.column = next;
    else {
      this.newPage();
      this.pagesAdded++;
      this.columns = continuationColumns();
      this.column = this.columns.shift()!;
      this.lowest = this.column.top;
    }
    this.y = this.column.top;
    // The "(continued)" heading once per page, over the first column; the second column's
    // text starts level with the first's.
    if (samePage && contentTop !== undefined) this.y = contentTop;
    else if (this.section !== null) this.heading(continuedLabel(this.continuedTemplate, this.section));
    this.columnContentTop = this.y;
    this.limit = null;
    // A new page: when what is left fits its two columns, half of it goes in each.
    if (this.columns.length > 0 && this.remaining !== null) {
      const rest = this.remaining();
      if (rest <= 2 * (this.column.bottom - this.y)) this.limit = this.y + rest / 2;
    }
  }

  /** Room for `height` in this column (moving on when there is none; a block taller than a column is written anyway). */
  need(height: number): void {
    const over = this.y + height > this.column.bottom || (this.limit !== null && this.y + height / 2 > this.limit);
    if (over && this.y > this.column.top + 30) this.advance();
  }

  private heading(label: string): void {
    this.y += this.text.write(label, this.x, this.y, this.width, SECTION_STYLE) + SECTION_SPACE;
  }

  /** Starts a section, keeping its heading together with the first `keep` points of its content. */
  startSection(label: string, keep: number): void {
    this.section = null;
    if (this.y > this.column.top) this.y += 14;
    this.need(this.text.height(label, this.width, SECTION_STYLE) + SECTION_SPACE + keep);
    this.heading(label);
    this.section = label;
  }

  endSection(): void {
    this.section = null;
    this.remaining = null;
  }

  /** The lowest point written on the current page, over all its columns. */
  bottom(): number {
    return Math.max(this.lowest, this.y);
  }
}
