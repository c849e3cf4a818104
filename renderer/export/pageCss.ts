/**
 * The printed page's footer, drawn by the browser in the page margins (CSS @page margin
 * boxes): the sheet's confidentiality note on the left, "Page 2 of 3" on the right. Only the
 * print engine knows the page numbers, so the sheet's template becomes CSS counters.
 */

/** A CSS string literal: every character outside plain ASCII letters, digits and spaces is escaped. */
export function cssString(text: string): string {
  const escaped = Array.from(text, (char) =>
    /[A-Za-z0-9 ,.:()]/.test(char) ? char : `\\${char.codePointAt(0)!.toString(16)} `,
  ).join('');
  return `"${escaped}"`;
}

/** The CSS `content` of the page label: "Page {page} of {pages}" → "Page " counter(page) " of " counter(pages). */
export function pageLabelContent(template: string): string {
  const parts = template.split(/(\{page\}|\{pages\})/).filter((part) => part !== '');
  return parts
    .map((part) => (part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : cssString(part)))
    .join(' ');
}

/** The @page rule of the deal-review sheet: A4 landscape, with the footer in the bottom margin. */
export function pageCss(note: string, pageTemplate: string): string {
  const box = 'font: 8pt system-ui, sans-serif; color: #5b6675;';
  return `@page {
  size: A4 landscape;
  margin: 12mm 12mm 14mm 12mm;
  @bottom-left { content: ${cssString(note)}; ${box} }
  @bottom-right { content: ${pageLabelContent(pageTemplate)}; ${box} }
}`;
}
