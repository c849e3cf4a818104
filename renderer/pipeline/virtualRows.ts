/**
 * Which rows of a long table to draw: only those in the scrolled view, plus a few above
 * and below so a scroll never shows a blank band. Rows have one fixed height, so the
 * window is arithmetic: row i sits at i × rowHeight in a block as tall as all the rows.
 */
export interface RowWindow {
  /** The first row drawn (0-based). */
  readonly first: number;
  /** One past the last row drawn. */
  readonly end: number;
}

export interface WindowInput {
  readonly count: number;
  readonly rowHeight: number;
  readonly scrollTop: number;
  readonly viewHeight: number;
  /** Rows drawn above the view. */
  readonly above: number;
  /** Rows drawn below the view. */
  readonly below: number;
}

export function rowWindow({ count, rowHeight, scrollTop, viewHeight, above, below }: WindowInput): RowWindow {
  if (count <= 0 || rowHeight <= 0) return { first: 0, end: 0 };
  const top = Math.max(0, scrollTop);
  const firstVisible = Math.min(count - 1, Math.floor(top / rowHeight));
  const visible = Math.ceil(Math.max(0, viewHeight) / rowHeight) + 1;
  const first = Math.max(0, firstVisible - Math.max(0, above));
  const end = Math.min(count, firstVisible + visible + Math.max(0, below));
  return { first, end };
}

/** The way the table last scrolled: the rows it is moving towards are drawn first. */
export type ScrollDirection = 'up' | 'down';

/**
 * Rows drawn beyond the view in the scroll's direction: a window is drawn one or two frames
 * after the scroll that asks for it, so this covers a brisk scroll (8 rows ≈ 380 px, three
 * frames of a 120-px-a-frame scroll) without a blank band.
 */
export const OVERSCAN_AHEAD = 8;
/** Rows kept behind the view: a scroll that turns back meets drawn rows for a frame or two. */
export const OVERSCAN_BEHIND = 4;

/** The rows to draw above and below the view for a scroll in this direction. */
export function overscanFor(direction: ScrollDirection): { readonly above: number; readonly below: number } {
  return direction === 'down'
    ? { above: OVERSCAN_BEHIND, below: OVERSCAN_AHEAD }
    : { above: OVERSCAN_AHEAD, below: OVERSCAN_BEHIND };
}

export function sameWindow(a: RowWindow, b: RowWindow): boolean {
  return a.first === b.first && a.end === b.end;
}

/** The scrollTop that brings row `index` fully into view, or null when it already is. */
export function scrollToShow(index: number, rowHeight: number, scrollTop: number, viewHeight: number): number | null {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewHeight) return bottom - viewHeight;
  return null;
}
