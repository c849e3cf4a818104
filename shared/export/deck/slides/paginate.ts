/**
 * Splitting content over slides by estimated height. Text is measured with textWidth's
 * estimate (which errs wide), so a page holds a little less than would fit, never more.
 */
import { estimateWidth, truncateToWidth } from '../../../text/textWidth';

/** How many lines `text` takes at `size` points in a column `width` points wide. */
export function lineCount(text: string, size: number, width: number, bold = false): number {
  let lines = 0;
  for (const part of text.split(/\r\n?|\n/)) {
    lines += Math.max(1, Math.ceil(estimateWidth(part, size, bold) / Math.max(1, width)));
  }
  return lines;
}

/**
 * Items in order, in pages whose heights (`height(item)`) add up to at most `budget` and
 * count at most `maxItems`. `room(item, index)` is what an item needs free to start on the
 * current page (its height by default); a heading asks for room for itself and what
 * follows it, so it never ends a page alone. A page always takes at least one item.
 */
export function paginate<T>(
  items: readonly T[],
  height: (item: T) => number,
  budget: number,
  maxItems = Infinity,
  room: (item: T, index: number) => number = height,
): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  let used = 0;
  items.forEach((item, index) => {
    if (page.length > 0 && (used + room(item, index) > budget || page.length >= maxItems)) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(item);
    used += height(item);
  });
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}

/** The text cut (with an ellipsis) to at most `maxLines` lines of `width` at `size`. */
export function clampLines(text: string, size: number, width: number, maxLines: number, bold = false): string {
  if (lineCount(text, size, width, bold) <= maxLines) return text;
  // Words wrap before a line is full: leave a little slack on each line.
  return truncateToWidth(text, width * maxLines * 0.9, size, bold);
}

/** A heading with its page number when there are several pages. */
export function pagedHeading(
  heading: string,
  page: number,
  pages: number,
  format: (params: { heading: string; page: number; pages: number }) => string,
): string {
  return pages > 1 ? format({ heading, page: page + 1, pages }) : heading;
}
