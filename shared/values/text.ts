/**
 * How typed and imported text is made comparable before a value is read from it: a Chinese
 * input method's full-width digits, signs and letters are folded to ASCII (Unicode NFKC),
 * and surrounding white space is dropped.
 */
export function foldWidth(text: string): string {
  return text.normalize('NFKC').trim();
}

/** Lower case, compatibility forms folded, no white space, punctuation or symbols: a key for matching words. */
export function normalizeKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, '');
}

/** Names compared for duplicates and owners: compatibility forms folded, trimmed, inner white space single, lower case. */
export function sameText(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLowerCase();
}
