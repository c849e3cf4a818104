/**
 * A conservative estimate of how wide a line of text is drawn, without measuring fonts
 * (exports run with no DOM and no font files). A character counts one unit, a wide one
 * (CJK, kana, Hangul, full-width forms, most emoji) two; Latin letters are refined a little
 * (narrow ones such as i, l, r, t and the space 0.7, capitals 1.3, M, W, m, w 1.65), since
 * names are mostly Latin or Chinese. A unit is 0.6 em (0.66 em in bold). Measured against
 * Noto Sans (regular and bold), every Latin class is at least as wide as its widest letter,
 * and a CJK glyph (1 em) is counted 1.2 em: the estimate errs on the wide side, so a
 * truncated text ends early rather than spilling out of its box.
 */

/** Characters drawn about twice as wide as a Latin letter (East Asian Wide and Fullwidth, emoji). */
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1F64F}\u{1F900}-\u{1FAFF}\u{20000}-\u{3FFFD}]/u;
/** Marks that combine with the character before them. */
const MARK = /[\p{Mn}\p{Me}]/u;

/** Takes no width of its own: a combining mark, a zero-width space or joiner, a variation selector. */
function zeroWidth(char: string): boolean {
  const code = char.codePointAt(0)!;
  return (code >= 0x200b && code <= 0x200f) || code === 0x2060 || (code >= 0xfe00 && code <= 0xfe0f) || MARK.test(char);
}

const NARROW = /[ !'(),\-./:;I[\]`fijlrt|]/;
const VERY_WIDE = /[MW@%mw]/;

export const ELLIPSIS = '…';

/** One character's width units (see the module comment). */
function charUnits(char: string): number {
  if (zeroWidth(char)) return 0;
  if (WIDE.test(char)) return 2;
  if (NARROW.test(char)) return 0.7;
  if (VERY_WIDE.test(char)) return 1.65;
  if (char >= 'A' && char <= 'Z') return 1.3;
  return 1;
}

/** Width units of a text: 2 for a wide character, 0 for a combining mark, about 1 for others. */
export function textUnits(text: string): number {
  let units = 0;
  for (const char of text) units += charUnits(char);
  return units;
}

/** The estimated drawn width of `text` at `fontSize`, in the same units as the font size. */
export function estimateWidth(text: string, fontSize: number, bold = false): number {
  return textUnits(text) * fontSize * (bold ? 0.66 : 0.6);
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * The text, cut at a grapheme boundary and ended with an ellipsis when its estimated width
 * exceeds `maxWidth`; unchanged when it fits. Line breaks and tabs become spaces first (a
 * drawn label is one line).
 */
export function truncateToWidth(text: string, maxWidth: number, fontSize: number, bold = false): string {
  const line = text.replace(/[\t\n\r]+/g, ' ');
  // A hair of tolerance: widths computed along different paths differ in the last bits.
  if (estimateWidth(line, fontSize, bold) <= maxWidth + 1e-6) return line;
  const budget = maxWidth - estimateWidth(ELLIPSIS, fontSize, bold);
  let out = '';
  let width = 0;
  for (const { segment } of graphemes.segment(line)) {
    const next = estimateWidth(segment, fontSize, bold);
    if (width + next > budget) break;
    out += segment;
    width += next;
  }
  return out.trimEnd() + ELLIPSIS;
}

/** Letters, digits and the punctuation of names and titles: characters every font draws near its estimate. */
const PLAIN = /[A-Za-z0-9 .,'()/:-]/;
/**
 * How much wider than the estimate a browser may draw a plain character: 1.085 at most,
 * measured in Chromium for Noto Sans CJK SC (the map's first font), Noto Sans, Liberation
 * Sans (Arial's widths) and DejaVu Sans (the widest common fallback), regular and bold.
 */
const PLAIN_SAFETY = 1.1;

/**
 * A bound of how wide a browser draws `text`, whatever the font: its estimate (above), with a
 * margin where the estimate is not an upper bound. The estimate errs wide on a whole text but
 * not on every character: a CJK font draws the middle dot, the ellipsis or a dash a full em
 * wide, and DejaVu Sans draws Œ or Ŵ 1.8 times its estimate. So every character other than a
 * plain one (PLAIN) counts at least as wide as a CJK one (1.2 em, 1.32 in bold; the widest
 * measured 1.17), then the whole takes PLAIN_SAFETY.
 */
export function widthAtMost(text: string, fontSize: number, bold = false): number {
  let units = 0;
  for (const char of text.replace(/[\t\n\r]+/g, ' ')) {
    const own = charUnits(char);
    units += PLAIN.test(char) || own === 0 ? own : Math.max(own, 2);
  }
  return units * PLAIN_SAFETY * fontSize * (bold ? 0.66 : 0.6);
}

/** Whether `text` surely fits in `maxWidth` when a browser draws it (widthAtMost). */
export function surelyFits(text: string, maxWidth: number, fontSize: number, bold = false): boolean {
  return widthAtMost(text, fontSize, bold) <= maxWidth;
}
