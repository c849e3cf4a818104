/**
 * Importing contacts from a CRM's CSV export (PRODUCT.md 5): guess which column feeds which
 * field, then plan the import as a preview (the people to add, row-level problems,
 * duplicates). Applying the plan is one edit that adds the people, so one undo takes the
 * whole import back. Pure: the caller reads the file (csv.ts decodes the bytes and splits
 * the records) and passes a function that makes new ids.
 *
 * Values are read in both interface languages: the vocabulary's words (支持者, supporter),
 * the format's own values (`decision-maker`), the canvas's short role labels (DM, 经济) and
 * a few common synonyms; case, spaces and punctuation do not matter. Texts (name, title,
 * department, interests, notes) are kept as written (the format keeps text as written; only
 * the formula guard's apostrophe is taken off, see csv.ts).
 *
 * Problems: an empty name is an error (the row is not imported); a value that cannot be
 * read is a warning and leaves that field at a new person's default (the row is imported);
 * an owner not on our team is a warning and leaves the owner empty. Row numbers count the
 * file's records with the header as row 1, as a spreadsheet shows them.
 */
import type { PowermapDocument, Stakeholder } from '../document/schema';
import { StakeholderSchema } from '../document/schema';
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
import { CATALOGUES, LANGS, type Lang, type MessageKey } from '../i18n/catalogue';
import { joinList, translator, type MessageParams } from '../i18n/translate';
import { STAKEHOLDER_COLUMNS, unguardFormula, type StakeholderColumn } from './csv';
import { CARD_HEIGHT, CARD_WIDTH } from './geometry';

/** A field a column can feed: every column of the stakeholder table. */
export type ImportField = StakeholderColumn;
export const IMPORT_FIELDS: readonly ImportField[] = STAKEHOLDER_COLUMNS;

/** For each column of the file, the field it feeds, or null when it is not imported. */
export type ColumnMapping = readonly (ImportField | null)[];

/** Lower case, compatibility forms folded (full-width letters and digits), no white space, punctuation or symbols. */
export function normalizeKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, '');
}

// ---------- Guessing the mapping ----------

/** Headers that name each field (besides the table's own headers in both languages), matched whole. */
const HEADER_SYNONYMS: Readonly<Record<ImportField, readonly string[]>> = {
  name: [
    'name',
    'full name',
    'contact name',
    'contact',
    'person',
    'stakeholder',
    '姓名',
    '名字',
    '联系人',
    '联系人姓名',
    '客户姓名',
    '人员',
    '人物',
    '干系人',
  ],
  title: ['title', 'job title', 'position', 'job', '职务', '职位', '岗位', '头衔', '职称'],
  department: ['department', 'dept', 'division', '部门', '科室', '处室', '所属部门'],
  function: ['function', 'functional area', '职能', '部门职能'],
  level: ['level', 'seniority', '层级', '级别', '层次', '职级'],
  roles: [
    'roles',
    'role',
    'buying role',
    'buying roles',
    'buyer role',
    'buyer type',
    '角色',
    '采购角色',
    '买家角色',
    '买家类型',
    '五种买家',
  ],
  attitude: ['attitude', 'attitude toward us', 'stance', 'sentiment', '态度', '立场', '对我方态度', '支持度'],
  closeness: [
    'closeness',
    'contact frequency',
    'relationship strength',
    '联系',
    '联系频率',
    '联系程度',
    '亲密度',
    '亲疏',
    '关系远近',
    '密切程度',
  ],
  stage: ['stage', 'relationship stage', 'relationship', '关系阶段', '阶段', '关系', '客户关系'],
  influence: [
    'influence',
    'influence weight',
    'weight',
    '影响',
    '影响力',
    '比重',
    '权重',
    '影响项目的比重',
    '影响比重',
  ],
  style: ['style', 'personality', 'personality style', 'social style', '个性风格', '风格', '性格', '个性', '性格类型'],
  owner: [
    'owner',
    'our owner',
    'account owner',
    'contact owner',
    'sales rep',
    'salesperson',
    'account manager',
    'relationship manager',
    '负责人',
    '客户经理',
    '我方负责人',
    '跟进人',
    '销售',
  ],
  lastContact: [
    'last contact',
    'last contacted',
    'last contact date',
    'last activity',
    'last activity date',
    'last meeting',
    '最近联系',
    '上次联系',
    '最近联系时间',
    '上次联系时间',
    '最后联系',
    '最后联系时间',
    '最近联系日期',
    '上次联系日期',
    '最近拜访',
    '上次拜访',
  ],
  'interests.organizational': [
    'organisational interests',
    'organizational interests',
    'organization interests',
    '组织利益',
  ],
  'interests.position': ['position interests', '职位利益'],
  'interests.personal': ['personal interests', 'interests', 'hobbies', '个人利益', '兴趣', '爱好', '兴趣爱好'],
  notes: [
    'notes',
    'note',
    'remarks',
    'remark',
    'comments',
    'comment',
    'description',
    '备注',
    '说明',
    '描述',
    '记录',
    '附注',
  ],
};

/** Headers of columns that are deliberately not imported (contact details, the CRM's own ids and company). */
const IGNORED_HEADERS = [
  'email',
  'e-mail',
  'mail',
  'email address',
  'phone',
  'telephone',
  'tel',
  'mobile',
  'mobile phone',
  'cell',
  'wechat',
  'weixin',
  'fax',
  'address',
  'id',
  'company',
  'account',
  'organization',
  'organisation',
  '邮箱',
  '电子邮件',
  '邮件',
  '电话',
  '手机',
  '手机号',
  '联系电话',
  '座机',
  '微信',
  '传真',
  '地址',
  '公司',
  '单位',
  '客户名称',
  '编号',
  '序号',
];

/** When no header matches whole: words a header may contain, tried longest first, after the ignored ones. */
const HEADER_WORDS: Readonly<Record<ImportField, readonly string[]>> = {
  name: ['name', '姓名', '联系人', '名字'],
  title: ['title', '职务', '职位', '岗位'],
  department: ['department', 'dept', '部门', '科室'],
  function: ['function', '职能'],
  level: ['level', '层级', '级别'],
  roles: ['role', '角色'],
  attitude: ['attitude', '态度', '立场'],
  closeness: ['closeness', 'frequency', '联系频率', '亲密'],
  stage: ['relationshipstage', '关系阶段'],
  influence: ['influence', 'weight', '影响', '比重', '权重'],
  style: ['personality', 'style', '风格', '性格'],
  owner: ['owner', '负责人', '客户经理', '跟进人'],
  lastContact: [
    'lastcontact',
    'lastactivity',
    'lastmeeting',
    '最近联系',
    '上次联系',
    '最后联系',
    '最近拜访',
    '上次拜访',
  ],
  'interests.organizational': ['organizationalinterest', 'organisationalinterest', '组织利益'],
  'interests.position': ['positioninterest', '职位利益'],
  'interests.personal': ['hobby', 'hobbies', '爱好', '兴趣'],
  notes: ['note', 'remark', 'comment', '备注', '说明'],
};
const IGNORED_WORDS = [
  'email',
  'mail',
  'phone',
  'mobile',
  'wechat',
  'fax',
  'address',
  'company',
  'account',
  '邮箱',
  '邮件',
  '电话',
  '手机',
  '微信',
  '传真',
  '地址',
  '公司',
];

let headerIndex: { exact: Map<string, ImportField | null>; words: [string, ImportField][] } | undefined;

function headers(): NonNullable<typeof headerIndex> {
  if (headerIndex) return headerIndex;
  const exact = new Map<string, ImportField | null>();
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
  const words: [string, ImportField][] = IMPORT_FIELDS.flatMap((field) =>
    HEADER_WORDS[field].map((word): [string, ImportField] => [normalizeKey(word), field]),
  );
  words.sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
  headerIndex = { exact, words };
  return headerIndex;
}

function guessField(header: string): ImportField | null {
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
export function guessMapping(headerRow: readonly string[]): (ImportField | null)[] {
  const taken = new Set<ImportField>();
  return headerRow.map((header) => {
    const field = guessField(header);
    if (field === null || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

// ---------- Reading values ----------

type EnumField = 'function' | 'level' | 'roles' | 'attitude' | 'closeness' | 'stage' | 'style';

const ENUMS: Readonly<Record<EnumField, { values: readonly string[]; key: (value: string) => MessageKey }>> = {
  function: { values: FUNCTIONS, key: (v) => `function.${v}` as MessageKey },
  level: { values: LEVELS, key: (v) => `level.${v}` as MessageKey },
  roles: { values: BUYING_ROLES, key: (v) => `role.${v}` as MessageKey },
  attitude: { values: ATTITUDES, key: (v) => `attitude.${v}` as MessageKey },
  closeness: { values: CLOSENESS, key: (v) => `closeness.${v}` as MessageKey },
  stage: { values: RELATIONSHIP_STAGES, key: (v) => `stage.${v}` as MessageKey },
  style: { values: STYLES, key: (v) => `style.${v}` as MessageKey },
};

/** Words CRMs and people use besides the vocabulary's own (which are always read). */
const VALUE_SYNONYMS: Readonly<Record<EnumField, Readonly<Record<string, readonly string[]>>>> = {
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

const valueIndex = new Map<EnumField, Map<string, string>>();

/** Normalised word -> value, for one field: the format's values, the vocabulary in both languages, synonyms. */
function valuesOf(field: EnumField): Map<string, string> {
  let index = valueIndex.get(field);
  if (index) return index;
  index = new Map();
  const { values, key } = ENUMS[field];
  for (const value of values) index.set(normalizeKey(value), value);
  for (const lang of LANGS) {
    for (const value of values) {
      const word = normalizeKey(CATALOGUES[lang][key(value)]);
      if (!index.has(word)) index.set(word, value);
      if (field === 'roles') {
        const short = normalizeKey(CATALOGUES[lang][`canvas.roleShort.${value as BuyingRole}`]);
        if (!index.has(short)) index.set(short, value);
      }
    }
  }
  for (const [value, words] of Object.entries(VALUE_SYNONYMS[field])) {
    for (const word of words) {
      const normal = normalizeKey(word);
      if (!index.has(normal)) index.set(normal, value);
    }
  }
  valueIndex.set(field, index);
  return index;
}

/** The value a cell names for an enumerated field, or undefined when it names none. */
export function readEnumValue(field: EnumField, cell: string): string | undefined {
  return valuesOf(field).get(normalizeKey(cell));
}

/** A share in percent from a cell: "30", "30%", "３０％", "12.5 %". NaN when it is not a number. */
export function readPercent(cell: string): number {
  const text = cell.normalize('NFKC').trim().replace(/\s*%$/, '');
  return /^\+?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i.test(text) ? Number(text) : NaN;
}

/**
 * A calendar date from a cell, as YYYY-MM-DD: "2026-11-20", "2026/11/20", "2026.1.5",
 * "2026年11月20日", optionally followed by a time (ignored). Null when it is not a date
 * that exists.
 */
export function readDate(cell: string): string | null {
  const text = cell.normalize('NFKC').trim();
  const match =
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(
      text,
    ) ?? /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (days === undefined || day < 1 || day > days) return null;
  return `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Names compared for duplicates and owners: compatibility forms folded, trimmed, inner white space single, lower case. */
function sameText(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLowerCase();
}

// ---------- Planning the import ----------

export type ImportProblemCode =
  | 'nameBlank'
  | 'unknownValue'
  | 'unknownRole'
  | 'influenceNumber'
  | 'influenceRange'
  | 'date'
  | 'unknownOwner'
  | 'extraCells';

export interface ImportProblem {
  /** The record's number in the file, the header being row 1. */
  readonly row: number;
  /** The column, 1-based; null when the problem is the row's, not one cell's. */
  readonly column: number | null;
  /** The column's header as the file has it ('' for a problem of the row). */
  readonly header: string;
  readonly field: ImportField | null;
  /** `error`: the row is not imported; `warning`: it is, with this field left at its default. */
  readonly severity: 'error' | 'warning';
  readonly code: ImportProblemCode;
  /** The problem in the user's language, without the row and column (see `describeImportProblem`). */
  readonly message: string;
}

export interface ImportDuplicate {
  readonly row: number;
  readonly name: string;
  readonly title: string;
  /** The person on the map this row repeats, when it does. */
  readonly existingId: string | null;
  /** The earlier row of the file this row repeats, when it does. */
  readonly earlierRow: number | null;
  readonly message: string;
}

export type ImportRowStatus = 'add' | 'duplicate' | 'error' | 'blank';

/** One row of the preview. */
export interface ImportRow {
  readonly row: number;
  readonly status: ImportRowStatus;
  /** The name as read ('' when blank). */
  readonly name: string;
  /** The new person's id when the row is added. */
  readonly personId: string | null;
}

export interface ImportPlan {
  /** The people to add, in file order, with new ids and positions below the map. */
  readonly people: readonly Stakeholder[];
  /** Every data row of the file, with what happens to it. */
  readonly rows: readonly ImportRow[];
  readonly rowErrors: readonly ImportProblem[];
  readonly duplicates: readonly ImportDuplicate[];
  /** Problems of the whole import (no column feeds the name), in the user's language. */
  readonly problems: readonly string[];
}

export interface PlanImportOptions {
  readonly lang: Lang;
  /** Makes a new, unique id (the renderer's `newId`); called with 's'. Ids already on the map are skipped. */
  readonly newId: (prefix: string) => string;
  /** The file's header row, to name columns in problems (the mapped field's name otherwise). */
  readonly headers?: readonly string[];
  /** The file row of `rows[0]` (default 2: the header is row 1). */
  readonly firstRow?: number;
}

/** Room between imported cards, and between the map and the first imported row. */
const GRID_GAP_X = 40;
const GRID_GAP_Y = 56;
const GRID_TOP_GAP = 80;

/** Positions for `count` new cards: a grid, left-aligned with the map, below everything on it. */
export function gridBelow(doc: PowermapDocument, count: number): { x: number; y: number }[] {
  const people = doc.stakeholders;
  const left = people.length === 0 ? 0 : Math.min(...people.map((p) => p.position.x));
  const top = people.length === 0 ? 0 : Math.max(...people.map((p) => p.position.y)) + CARD_HEIGHT + GRID_TOP_GAP;
  const columns = Math.max(1, Math.min(6, Math.ceil(Math.sqrt(count))));
  return Array.from({ length: count }, (_, i) => ({
    x: left + (i % columns) * (CARD_WIDTH + GRID_GAP_X),
    y: top + Math.floor(i / columns) * (CARD_HEIGHT + GRID_GAP_Y),
  }));
}

/**
 * The preview of importing `rows` (the file's records after the header) into `doc` with
 * `mapping` (one entry per column; see the module comment for what is read and how
 * problems are handled). Nothing is changed: `applyImport` adds the planned people.
 *
 * Duplicates: a row whose name and title (compared without case and surrounding space)
 * match a person already on the map or an earlier row of the file is reported and not
 * added. Blank rows are skipped silently.
 */
export function planImport(
  doc: PowermapDocument,
  rows: readonly (readonly string[])[],
  mapping: ColumnMapping,
  options: PlanImportOptions,
): ImportPlan {
  const { lang } = options;
  const t = translator(lang);
  const firstRow = options.firstRow ?? 2;
  const problems: string[] = [];
  if (!mapping.includes('name')) problems.push(t('csvImport.noNameColumn'));

  const headerOf = (column: number): string => {
    const header = options.headers?.[column]?.trim();
    if (header) return header;
    const field = mapping[column];
    return field ? t(`export.column.${field}`) : String(column + 1);
  };
  const columnsOf = new Map<ImportField, number[]>();
  mapping.forEach((field, column) => {
    if (field === null) return;
    const list = columnsOf.get(field) ?? [];
    list.push(column);
    columnsOf.set(field, list);
  });

  const team = doc.team;
  const ownerByName = new Map<string, string>();
  for (const member of team) {
    const key = sameText(member.name);
    if (key !== '' && !ownerByName.has(key)) ownerByName.set(key, member.id);
  }
  const teamIds = new Set(team.map((member) => member.id));

  const usedIds = new Set(doc.stakeholders.map((person) => person.id));
  const makeId = () => {
    for (let attempt = 0; attempt < 1000; attempt++) {
      const id = options.newId('s');
      if (id !== '' && !usedIds.has(id)) {
        usedIds.add(id);
        return id;
      }
    }
    throw new Error('newId kept returning ids already in use');
  };

  const existing = new Map<string, string>();
  for (const person of doc.stakeholders) {
    const key = `${sameText(person.name)}\u0000${sameText(person.title)}`;
    if (!existing.has(key)) existing.set(key, person.id);
  }
  const earlier = new Map<string, number>();

  const rowErrors: ImportProblem[] = [];
  const duplicates: ImportDuplicate[] = [];
  const previews: {
    row: number;
    status: ImportRowStatus;
    name: string;
    person: Omit<Stakeholder, 'id' | 'position'> | null;
  }[] = [];

  const allowed = (field: EnumField) =>
    joinList(
      lang,
      ENUMS[field].values.map((value) => t(ENUMS[field].key(value))),
    );

  rows.forEach((cells, index) => {
    const row = firstRow + index;
    if (cells.every((value) => value.trim() === '')) {
      previews.push({ row, status: 'blank', name: '', person: null });
      return;
    }
    const problemsOfRow: ImportProblem[] = [];
    const report = (
      column: number | null,
      field: ImportField | null,
      severity: 'error' | 'warning',
      code: ImportProblemCode,
      params: MessageParams,
    ) => {
      problemsOfRow.push({
        row,
        column: column === null ? null : column + 1,
        header: column === null ? '' : headerOf(column),
        field,
        severity,
        code,
        message: t(`csvImport.error.${code}`, params),
      });
    };
    /** The first non-blank cell of the columns feeding `field`, with its column. */
    const read = (field: ImportField): { value: string; column: number } | null => {
      for (const column of columnsOf.get(field) ?? []) {
        const value = cells[column] ?? '';
        if (value.trim() !== '') return { value: unguardFormula(value), column };
      }
      return null;
    };
    /** A text field: the first non-blank cell feeding it, else the first cell as written (white space kept). */
    const textOf = (field: ImportField): string => {
      const cell = read(field);
      if (cell) return cell.value;
      const first = columnsOf.get(field)?.[0];
      return first === undefined ? '' : unguardFormula(cells[first] ?? '');
    };

    if (cells.length > mapping.length && cells.slice(mapping.length).some((value) => value.trim() !== '')) {
      report(null, null, 'warning', 'extraCells', { count: cells.length, columns: mapping.length });
    }

    const name = textOf('name');
    if (name.trim() === '') {
      const column = columnsOf.get('name')?.[0] ?? null;
      report(column, 'name', 'error', 'nameBlank', {});
      rowErrors.push(...byColumn(problemsOfRow));
      previews.push({ row, status: 'error', name: '', person: null });
      return;
    }

    const enumValue = (field: EnumField, fallback: string): string => {
      const cell = read(field);
      if (!cell) return fallback;
      const value = readEnumValue(field, cell.value);
      if (value !== undefined) return value;
      report(cell.column, field, 'warning', 'unknownValue', {
        value: cell.value.trim(),
        allowed: allowed(field),
        fallback: t(ENUMS[field].key(fallback)),
      });
      return fallback;
    };

    const roles: BuyingRole[] = [];
    const rolesCell = read('roles');
    if (rolesCell) {
      for (const part of rolesCell.value.split(/[,;、，；|/\n\r]+/u)) {
        if (part.trim() === '') continue;
        const role = readEnumValue('roles', part) as BuyingRole | undefined;
        if (role === undefined) {
          report(rolesCell.column, 'roles', 'warning', 'unknownRole', {
            value: part.trim(),
            allowed: allowed('roles'),
          });
        } else if (!roles.includes(role)) {
          roles.push(role);
        }
      }
    }

    let influence: number | null = null;
    const influenceCell = read('influence');
    if (influenceCell) {
      const notJudged = LANGS.some(
        (l) => normalizeKey(CATALOGUES[l]['canvas.influence.none']) === normalizeKey(influenceCell.value),
      );
      const value = notJudged ? NaN : readPercent(influenceCell.value);
      if (notJudged) influence = null;
      else if (Number.isNaN(value) || !Number.isFinite(value)) {
        report(influenceCell.column, 'influence', 'warning', 'influenceNumber', { value: influenceCell.value.trim() });
      } else if (value > 100) {
        report(influenceCell.column, 'influence', 'warning', 'influenceRange', { value: influenceCell.value.trim() });
      } else influence = value;
    }

    let lastContact: string | null = null;
    const dateCell = read('lastContact');
    if (dateCell) {
      lastContact = readDate(dateCell.value);
      if (lastContact === null)
        report(dateCell.column, 'lastContact', 'warning', 'date', { value: dateCell.value.trim() });
    }

    let ownerId: string | null = null;
    const ownerCell = read('owner');
    if (ownerCell) {
      const wanted = ownerCell.value.trim();
      ownerId = ownerByName.get(sameText(wanted)) ?? (teamIds.has(wanted) ? wanted : null);
      if (ownerId === null) report(ownerCell.column, 'owner', 'warning', 'unknownOwner', { value: wanted });
    }

    const title = textOf('title');
    const person = {
      name,
      title,
      department: textOf('department'),
      function: enumValue('function', 'other') as Stakeholder['function'],
      level: enumValue('level', 'operational') as Stakeholder['level'],
      roles,
      attitude: enumValue('attitude', 'unknown') as Stakeholder['attitude'],
      closeness: enumValue('closeness', 'none') as Stakeholder['closeness'],
      stage: enumValue('stage', 'none') as Stakeholder['stage'],
      influence,
      style: enumValue('style', 'unknown') as Stakeholder['style'],
      ownerId,
      lastContact,
      interests: {
        organizational: textOf('interests.organizational'),
        position: textOf('interests.position'),
        personal: textOf('interests.personal'),
      },
      notes: textOf('notes'),
    };

    const key = `${sameText(name)}\u0000${sameText(title)}`;
    const existingId = existing.get(key) ?? null;
    const earlierRow = earlier.get(key) ?? null;
    if (existingId !== null || earlierRow !== null) {
      const shownTitle = title.trim() === '' ? t('csvImport.duplicate.noTitle') : title.trim();
      duplicates.push({
        row,
        name,
        title,
        existingId,
        earlierRow: existingId === null ? earlierRow : null,
        message:
          existingId !== null
            ? t('csvImport.duplicate.existing', { name: name.trim(), title: shownTitle })
            : t('csvImport.duplicate.earlier', { name: name.trim(), title: shownTitle, earlier: earlierRow! }),
      });
      rowErrors.push(...byColumn(problemsOfRow));
      previews.push({ row, status: 'duplicate', name, person: null });
      return;
    }
    earlier.set(key, row);
    rowErrors.push(...byColumn(problemsOfRow));
    previews.push({ row, status: 'add', name, person });
  });

  const adding = previews.filter((preview) => preview.person !== null);
  const positions = gridBelow(doc, adding.length);
  const people: Stakeholder[] = [];
  const rowsOut: ImportRow[] = [];
  let next = 0;
  for (const preview of previews) {
    if (preview.person === null) {
      rowsOut.push({ row: preview.row, status: preview.status, name: preview.name, personId: null });
      continue;
    }
    const id = makeId();
    people.push(StakeholderSchema.parse({ id, ...preview.person, position: positions[next++] }));
    rowsOut.push({ row: preview.row, status: 'add', name: preview.name, personId: id });
  }
  return { people, rows: rowsOut, rowErrors, duplicates, problems };
}

/** A row's problems in column order, the row's own last. */
function byColumn(problems: ImportProblem[]): ImportProblem[] {
  return problems.sort((a, b) => (a.column ?? Infinity) - (b.column ?? Infinity));
}

/** The document with the planned people added: one edit, so one undo removes the whole import. */
export function applyImport(doc: PowermapDocument, plan: ImportPlan): PowermapDocument {
  return { ...doc, stakeholders: [...doc.stakeholders, ...plan.people] };
}

/** A row problem as one line: "Row 4, Attitude: …". */
export function describeImportProblem(problem: ImportProblem, lang: Lang): string {
  const t = translator(lang);
  return problem.column === null
    ? t('csvImport.rowOnly', { row: problem.row, message: problem.message })
    : t('csvImport.row', { row: problem.row, column: problem.header, message: problem.message });
}

/** The preview's totals in one sentence, each count with its singular or plural. */
export function importSummary(plan: ImportPlan, lang: Lang): string {
  const t = translator(lang);
  const duplicates = plan.duplicates.length;
  const errors = plan.rows.filter((row) => row.status === 'error').length;
  const warnings = plan.rowErrors.filter((problem) => problem.severity === 'warning').length;
  return t('csvImport.summary', {
    add: t('csvImport.summary.add', { count: plan.people.length }),
    duplicates: t(duplicates === 1 ? 'csvImport.summary.duplicates.one' : 'csvImport.summary.duplicates.other', {
      count: duplicates,
    }),
    errors: t(errors === 1 ? 'csvImport.summary.errors.one' : 'csvImport.summary.errors.other', { count: errors }),
    warnings: t(warnings === 1 ? 'csvImport.summary.warnings.one' : 'csvImport.summary.warnings.other', {
      count: warnings,
    }),
  });
}
