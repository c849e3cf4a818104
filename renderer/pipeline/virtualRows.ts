/**
 * Which rows of a long table to draw: only those in the scrolled view, plus a few above
 * and below so a fast scroll never shows a blank band. Rows have one fixed height, so the
 * window is arithmetic and the spacer above and below keeps the scroll bar true.
 */
export interface RowWindow {
  /** The first row drawn (0-based). */
  readonly first: number;
  /** One past the last row drawn. */
  readonly end: number;
  /** The height of the empty space above the first drawn row, in pixels. */
  readonly before: number;
  /** The height of the empty space after the last drawn row, in pixels. */
  readonly after: number;
}

export interface WindowInput {
  readonly count: number;
  readonly rowHeight: number;
  readonly scrollTop: number;
  readonly viewHeight: number;
  /** Rows drawn beyond each edge of the view. */
  readonly overscan: number;
}

export function rowWindow({ count, rowHeight, scrollTop, viewHeight, overscan }: WindowInput): RowWindow {
  if (count <= 0 || rowHeight <= 0) return { first: 0, end: 0, before: 0, after: 0 };
  const top = Math.max(0, scrollTop);
  const firstVisible = Math.min(count - 1, Math.floor(top / rowHeight));
  const visible = Math.ceil(Math.max(0, viewHeight) / rowHeight) + 1;
  const first = Math.max(0, firstVisible - overscan);
  const end = Math.min(count, firstVisible + visible + overscan);
  return { first, end, before: first * rowHeight, after: (count - end) * rowHeight };
}

/** The scrollTop that brings row `index` fully into view, or null when it already is. */
export function scrollToShow(index: number, rowHeight: number, scrollTop: number, viewHeight: number): number | null {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewHeight) return bottom - viewHeight;
  return null;
}
