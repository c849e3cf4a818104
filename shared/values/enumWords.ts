/**
 * The words that name a value of an enumerated field (attitude, level, buying role…), read
 * in every interface language whose catalogue is loaded (all of them in the command line;
 * the app loads them all before reading a contacts file, shared/i18n/loaded.ts): the vocabulary's words (支持者, supporter), the format's own
 * values (`decision-maker`), the map's short role badges (DM, 经济) and a few common
 * synonyms CRMs and people use. Case, spaces and punctuation do not matter.
 */
import {
  ATTITUDES,
  BUYING_ROLES,
  CLOSENESS,
  FUNCTIONS,
  LEVELS,
  RELATIONSHIP_STAGES,
  STYLES,
  type BuyingRole,
} from '../document/vocabulary';
import { loadedCatalogues } from '../i18n/loaded';
import type { Catalogue, MessageKey } from '../i18n/messageKeys';
import { sameItems } from './sameItems';
import { normalizeKey } from './text';

export type EnumField = 'function' | 'level' | 'roles' | 'attitude' | 'closeness' | 'stage' | 'style';

/** Each enumerated field's values and the catalogue key that words each one. */
export const ENUM_FIELDS: Readonly<
  Record<EnumField, { readonly values: readonly string[]; readonly key: (value: string) => MessageKey }>
> = {
  function: { values: FUNCTIONS, key: (v) => `function.${v}` as MessageKey },
  level: { values: LEVELS, key: (v) => `level.${v}` as MessageKey },
  roles: { values: BUYING_ROLES, key: (v) => `role.${v}` as MessageKey },
  attitude: { values: ATTITUDES, key: (v) => `attitude.${v}` as MessageKey },
  closeness: { values: CLOSENESS, key: (v) => `closeness.${v}` as MessageKey },
  stage: { values: RELATIONSHIP_STAGES, key: (v) => `stage.${v}` as MessageKey },
  style: { values: STYLES, key: (v) => `style.${v}` as MessageKey },
};

/** Words CRMs and people use besides the vocabulary's own (which are always read). */
const SYNONYMS: Readonly<Record<EnumField, Readonly<Record<string, readonly string[]>>>> = {
  function: {
    finance: ['财务部', '财务部门'],
    procurement: ['purchasing', '采购部', '采购部门'],
    user: ['user', '使用部门', '业务', '业务部门', 'business'],
    technical: ['it', '技术部', '技术部门', '科技'],
    executive: ['management', '领导', '高管'],
    other: [],
  },
  level: {
    decision: ['决策', 'executive', 'senior', '高层'],
    managerial: ['管理', 'manager', 'management', 'middle', '中层'],
    operational: ['操作', 'operations', 'staff', '基层'],
  },
  roles: {
    'decision-maker': ['decision maker', 'economic buyer', '决策者', '决策人'],
    technical: ['tech'],
    user: [],
    financial: ['finance', '财务', '财务买家'],
    coach: ['教练', '向导', '线人', 'guide'],
  },
  attitude: {
    champion: ['坚定支持', 'strong supporter', 'advocate'],
    supporter: ['支持', '主持者', 'support', 'positive'],
    neutral: ['中立'],
    opponent: ['反对', 'against', 'negative'],
    blocker: ['坚决反对', 'strong opponent'],
    unknown: ['未知', '不明'],
  },
  closeness: {
    close: ['very close', '非常密切', '很密切'],
    frequent: ['often', 'regular', '经常'],
    distant: ['occasional', 'rare', '偶尔', '很少'],
    none: ['never', 'no contact', '从未联系', '无', '没有'],
  },
  stage: {
    none: ['stranger', '无', '未认识'],
    acquainted: ['known', 'acquaintance'],
    engaged: ['meeting'],
    trusted: ['trust', '信任'],
    allied: ['ally', 'alliance', '盟友'],
  },
  style: {
    driver: ['驾驭'],
    expressive: ['表现'],
    amiable: ['亲切'],
    analytical: ['分析'],
    unknown: ['未知', '不明'],
  },
};

/** Each field's index and the catalogues it was made from (another language loaded makes it again). */
const indexes = new Map<
  EnumField,
  { readonly catalogues: readonly Catalogue[]; readonly index: Map<string, string> }
>();

/** Normalised word -> value, for one field: the format's values, the vocabulary in the catalogues' languages, synonyms. */
function wordsOf(field: EnumField, catalogues: readonly Catalogue[]): Map<string, string> {
  const made = indexes.get(field);
  if (made && sameItems(made.catalogues, catalogues)) return made.index;
  const index = new Map<string, string>();
  const { values, key } = ENUM_FIELDS[field];
  for (const value of values) index.set(normalizeKey(value), value);
  for (const catalogue of catalogues) {
    for (const value of values) {
      const word = normalizeKey(catalogue[key(value)]);
      if (!index.has(word)) index.set(word, value);
      if (field === 'roles') {
        const short = normalizeKey(catalogue[`canvas.roleShort.${value as BuyingRole}`]);
        if (!index.has(short)) index.set(short, value);
      }
    }
  }
  for (const [value, words] of Object.entries(SYNONYMS[field])) {
    for (const word of words) {
      const normal = normalizeKey(word);
      if (!index.has(normal)) index.set(normal, value);
    }
  }
  indexes.set(field, { catalogues: [...catalogues], index });
  return index;
}

/**
 * The value a word names for an enumerated field, or undefined when it names none. The
 * vocabulary is read in the languages of `catalogues` (by default every one loaded).
 */
export function readEnumValue(
  field: EnumField,
  word: string,
  catalogues: readonly Catalogue[] = loadedCatalogues(),
): string | undefined {
  return wordsOf(field, catalogues).get(normalizeKey(word));
}
