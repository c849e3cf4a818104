/** Which field each column of a contacts file feeds, guessed from its header. */
import { loadedCatalogues } from '../i18n/loaded';
import type { Catalogue } from '../i18n/messageKeys';
import { sameItems } from '../values/sameItems';
import { normalizeKey } from '../values';
import { IMPORT_FIELDS, type StakeholderColumn } from './fields';
import { HEADER_SYNONYMS, HEADER_WORDS, IGNORED_HEADERS, IGNORED_WORDS } from './headerWords';

interface HeaderIndex {
  /** The catalogues the table's own headers were read from (another language loaded makes the index again). */
  readonly catalogues: readonly Catalogue[];
  readonly exact: Map<string, StakeholderColumn | null>;
  readonly words: [string, StakeholderColumn][];
}
let headerIndex: HeaderIndex | undefined;

function headers(catalogues: readonly Catalogue[]): HeaderIndex {
  if (headerIndex && sameItems(headerIndex.catalogues, catalogues)) return headerIndex;
  const exact = new Map<string, StakeholderColumn | null>();
  // The table's own headers first (in the catalogues' languages), so an exported file maps back exactly.
  for (const field of IMPORT_FIELDS) {
    for (const catalogue of catalogues) exact.set(normalizeKey(catalogue[`export.column.${field}`]), field);
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
  headerIndex = { catalogues: [...catalogues], exact, words };
  return headerIndex;
}

function guessField(header: string, catalogues: readonly Catalogue[]): StakeholderColumn | null {
  const key = normalizeKey(header);
  if (key === '') return null;
  const index = headers(catalogues);
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
 * column at most: the first that names it. The table's own headers are read in the languages
 * of `catalogues` (by default every one loaded: the app loads them all before a contacts file).
 */
export function guessMapping(
  headerRow: readonly string[],
  catalogues: readonly Catalogue[] = loadedCatalogues(),
): (StakeholderColumn | null)[] {
  const taken = new Set<StakeholderColumn>();
  return headerRow.map((header) => {
    const field = guessField(header, catalogues);
    if (field === null || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}
