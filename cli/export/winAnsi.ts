/**
 * What pdfkit's built-in Helvetica can write. The standard fonts use the WinAnsi encoding
 * (Latin-1 plus a few typographic marks); any other character would come out as a wrong
 * glyph, so a document that holds one needs an embedded Unicode font (fonts.ts).
 */

/** The characters WinAnsi adds in 0x80–0x9F, beyond Latin-1. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Marks the sheet uses that WinAnsi lacks, with the nearest it has. */
const SUBSTITUTES: Readonly<Record<string, string>> = { '\u2212': '-', '\u2011': '-', '\u00a0': ' ' };

/** The text as Helvetica can write it: the few known substitutes applied. */
export function toWinAnsi(text: string): string {
  return text.replace(/[\u2212\u2011\u00a0]/g, (char) => SUBSTITUTES[char]!);
}

/** Whether every character of `text` can be written in Helvetica (after `toWinAnsi`). */
export function isWinAnsi(text: string): boolean {
  for (const char of toWinAnsi(text)) {
    const code = char.codePointAt(0)!;
    if (code === 0x09 || code === 0x0a || code === 0x0d) continue;
    if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff)) continue;
    if (WIN_ANSI_EXTRA.has(char)) continue;
    return false;
  }
  return true;
}
