/**
 * Splitting content over slides by estimated height. Text is measured with textWidth's
 * estimate (which errs wide), so a page holds a little less than would fit, never more.
 */
import { estimateWidth } from '../../textWidth';

/** How many lines `text` takes at `size` points in a column `width` points wide. */
export function lineCount(text: string, size: number, width: number, bold = false): number {
  let lines = 0;
  for (const part of text.split(/\r\n?|\n/)) {
    lines += Math.max(1, Math.ceil(estimateWidth(part, size, bold) / Math.max(1, width)));
  }
  return lines;
}

/** Items in order, in pages whose heights (`height(item)`) add up to at most `budget` and count at most `maxItems`. */
export function paginate<T>(
  items: readonly T[],
  height: (item: T) => number,
  budget: number,
  maxItems = Infinity,
): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  let used = 0;
  for (const item of items) {
    const h = height(item);
    if (page.length > 0 && (used + h > budget || page.length >= maxItems)) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(item);
    used += h;
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
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
