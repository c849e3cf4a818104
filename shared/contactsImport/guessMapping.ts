/** Which field each column of a contacts file feeds, guessed from its header. */
import { CATALOGUES, LANGS } from '../i18n/catalogue';
import { normalizeKey } from '../values';
import { IMPORT_FIELDS, type StakeholderColumn } from './fields';
import { HEADER_SYNONYMS, HEADER_WORDS, IGNORED_HEADERS, IGNORED_WORDS } from './headerWords';

let headerIndex: { exact: Map<string, StakeholderColumn | null>; words: [string, StakeholderColumn][] } | undefined;

function headers(): NonNullable<typeof headerIndex> {
  if (headerIndex) return headerIndex;
  const exact = new Map<string, StakeholderColumn | null>();
  // The table's own headers first (in both languages), so an exported file maps back exactly.
  for (const field of IMPORT_FIELDS) {
    for (const lang of LANGS) exact.set(normalizeKey(CATALOGUES[lang][`export.column.${field}`]), field);
    exact.set(normalizeKey(field), field);
  }
  for (const field of IMPORT_FIELDS) {
    for (const synonym of HEADER_SYNONYMS[field]) {
      const key = normalizeKey(synonym);
      if (!exact.has(key)) exact.set(key, field);
    }
  }
  for (const ignored of IGNORED_HEADERS) {
    const key = normalizeKey(ignored);
    if (!exact.has(key)) exact.set(key, null);
  }
  const words: [string, StakeholderColumn][] = IMPORT_FIELDS.flatMap((field) =>
    HEADER_WORDS[field].map((word): [string, StakeholderColumn] => [normalizeKey(word), field]),
  );
  words.sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
  headerIndex = { exact, words };
  return headerIndex;
}

function guessField(header: string): StakeholderColumn | null {
  const key = normalizeKey(header);
  if (key === '') return null;
  const index = headers();
  const exact = index.exact.get(key);
  if (exact !== undefined) return exact;
  if (IGNORED_WORDS.some((word) => key.includes(normalizeKey(word)))) return null;
  for (const [word, field] of index.words) if (key.includes(word)) return field;
  return null;
}

/**
 * For each header, the field it most likely feeds (English and Chinese CRM headers and the
 * stakeholder table's own headers; case, spaces and punctuation ignored), or null: contact
 * details (email, phone…) and unknown columns are not imported. Each field is fed by one
 * column at most: the first that names it.
 */
export function guessMapping(headerRow: readonly string[]): (StakeholderColumn | null)[] {
  const taken = new Set<StakeholderColumn>();
  return headerRow.map((header) => {
    const field = guessField(header);
    if (field === null || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}
