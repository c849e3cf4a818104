/**
 * Finding names in free text and replacing them, for the anonymous export (privacy.ts,
 * anonymize.ts): Latin-script names as whole words only; a name in a script written without
 * spaces (Chinese, Japanese) anywhere, unless it must stand as a whole word.
 */

/** Scripts written without spaces between words: a name in them is found inside other text. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

export interface NameReplacement {
  readonly name: string;
  readonly replacement: string;
  /**
   * Only where the name stands as a whole word, in every script: not next to another letter
   * or digit, Chinese ones included. Without it, a name in a script written without spaces
   * (Chinese, Japanese) is found anywhere, since a word boundary cannot be seen there.
   */
  readonly wholeWord?: boolean;
}

interface Needle {
  /** The name, one lower-cased code point per item (compared with the text the same way). */
  readonly chars: readonly string[];
  readonly replacement: string;
  /** A letter that the text may not continue with just before (after) the name, or null to accept any. */
  readonly before: ((char: string) => boolean) | null;
  readonly after: ((char: string) => boolean) | null;
}

const anyLetter = (char: string) => WORD_CHAR.test(char);
const spacedLetter = (char: string) => WORD_CHAR.test(char) && !UNSPACED.test(char);

/**
 * A function that replaces every listed name found in a text by its replacement: longest
 * names first, case-insensitively. A name that starts (ends) with a letter or digit must
 * not continue a word there: for names in spaced scripts (Latin) always, and for any name
 * with `wholeWord`. Names shorter than two characters are skipped (they would match inside
 * ordinary words). The first entry for a name wins.
 */
export function nameScrubber(entries: readonly NameReplacement[]): (text: string) => string {
  const byFirst = new Map<string, Needle[]>();
  const seen = new Set<string>();
  for (const { name, replacement, wholeWord = false } of entries) {
    const chars = [...name.trim()].map((char) => char.toLowerCase());
    const key = chars.join('');
    if (chars.length < 2 || seen.has(key)) continue;
    seen.add(key);
    const edge = (char: string): ((neighbour: string) => boolean) | null => {
      if (!WORD_CHAR.test(char)) return null; // the name ends in punctuation: no word to continue
      if (wholeWord) return anyLetter;
      return UNSPACED.test(char) ? null : spacedLetter;
    };
    const needle: Needle = { chars, replacement, before: edge(chars[0]!), after: edge(chars.at(-1)!) };
    const list = byFirst.get(chars[0]!) ?? [];
    list.push(needle);
    byFirst.set(chars[0]!, list);
  }
  for (const list of byFirst.values()) {
    list.sort((a, b) => b.chars.length - a.chars.length || (a.chars.join('') < b.chars.join('') ? -1 : 1));
  }
  if (byFirst.size === 0) return (text) => text;

  return (text) => {
    if (text === '') return text;
    const chars = [...text];
    const lowerChars = chars.map((char) => char.toLowerCase());
    let out = '';
    let i = 0;
    outer: while (i < chars.length) {
      const candidates = byFirst.get(lowerChars[i]!);
      if (candidates) {
        for (const needle of candidates) {
          const length = needle.chars.length;
          if (i + length > chars.length) continue;
          if (!needle.chars.every((char, k) => lowerChars[i + k] === char)) continue;
          const previous = chars[i - 1];
          const next = chars[i + length];
          if (needle.before && previous !== undefined && needle.before(previous)) continue;
          if (needle.after && next !== undefined && needle.after(next)) continue;
          out += needle.replacement;
          i += length;
          continue outer;
        }
      }
      out += chars[i];
      i++;
    }
    return out;
  };
}
