/**
 * CSV (RFC 4180) writing and reading, the stakeholder table, and reading the bytes CRMs
 * produce. Pure: strings (or bytes) in, strings out.
 *
 * Writing: fields separated by commas, records ended by CRLF (the last one too); a field is
 * quoted when it holds a comma, a double quote (doubled inside), a line break, or starts or
 * ends with white space (which some readers would trim).
 *
 * Formula guard (OWASP "CSV injection"): spreadsheets run a cell that starts with `=`, `+`,
 * `-` or `@` (and some a tab or carriage return) as a formula, so a name like
 * `=HYPERLINK(...)` could act when a manager opens the file. On export such a cell gets a
 * leading apostrophe, which spreadsheets show as text. A cell that already starts with
 * apostrophes followed by one of those characters gets one more, so the import can take
 * exactly one apostrophe off any cell that matches `'+[=+\-@\t\r]…` and the round trip is
 * exact. Text that starts otherwise (including a lone leading apostrophe) is unchanged.
 *
 * Reading is lenient where CRMs are sloppy: CRLF, LF or CR line ends, a byte-order mark,
 * quotes only where a field starts with one (a stray quote inside an unquoted field is
 * kept), text after a closing quote kept, a missing closing quote ending at the end of the
 * text. The separator is a comma, a semicolon or a tab, guessed from the first line.
 */
import type { PowermapDocument, Stakeholder } from '../document/schema';
import type { Lang } from '../i18n/catalogue';
import { joinList, translator, type Translator } from '../i18n/translate';
import { prepareForExport } from './privacy';

// ---------- Formula guard ----------

const NEEDS_GUARD = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

/** The cell as exported: with a leading apostrophe when a spreadsheet would read it as a formula. */
export function guardFormula(cell: string): string {
  return NEEDS_GUARD.test(cell) ? `'${cell}` : cell;
}

/** The cell as it was before `guardFormula` (one apostrophe off a guarded cell). */
export function unguardFormula(cell: string): string {
  return GUARDED.test(cell) ? cell.slice(1) : cell;
}

// ---------- Writing ----------

export type CsvDelimiter = ',' | ';' | '\t';

export interface WriteCsvOptions {
  /** Apply the formula guard to every cell (default true). */
  readonly formulaGuard?: boolean;
  readonly delimiter?: CsvDelimiter;
}

function quoteIfNeeded(cell: string, delimiter: string): string {
  if (
    cell.includes(delimiter) ||
    cell.includes('"') ||
    cell.includes('\n') ||
    cell.includes('\r') ||
    /^\s|\s$/u.test(cell)
  ) {
    return `"${cell.replace(/"/g, '""')}"`;
  }
  return cell;
}

/** Rows as CSV text: CRLF after every record, fields quoted where needed, formulas guarded. */
export function writeCsv(rows: readonly (readonly string[])[], options: WriteCsvOptions = {}): string {
  const guard = options.formulaGuard ?? true;
  const delimiter = options.delimiter ?? ',';
  let out = '';
  for (const row of rows) {
    out += row.map((cell) => quoteIfNeeded(guard ? guardFormula(cell) : cell, delimiter)).join(delimiter);
    out += '\r\n';
  }
  return out;
}

// ---------- Reading ----------

/** The separator of the first record: whichever of comma, semicolon and tab occurs most outside quotes (comma on a tie). */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && (char === ',' || char === ';' || char === '\t')) counts[char]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}

export interface ParseCsvOptions {
  /** The separator; guessed from the first line when not given. */
  readonly delimiter?: CsvDelimiter;
}

/**
 * The records of a CSV text, each a list of fields (see the module comment for the
 * leniencies). A line end at the very end does not start another record; an empty line
 * elsewhere is a record with one empty field, so record numbers match the file's rows.
 */
export function parseCsv(source: string, options: ParseCsvOptions = {}): string[][] {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  const length = text.length;
  if (length === 0) return records;
  while (i < length) {
    let char = text[i]!;
    if (char === '"' && field === '') {
      // A quoted field: up to the closing quote; "" is a quote.
      i++;
      for (;;) {
        const close = text.indexOf('"', i);
        if (close === -1) {
          field += text.slice(i);
          i = length;
          break;
        }
        field += text.slice(i, close);
        if (text[close + 1] === '"') {
          field += '"';
          i = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
      // Anything up to the next separator or line end is kept as written.
      while (i < length) {
        char = text[i]!;
        if (char === delimiter || char === '\n' || char === '\r') break;
        field += char;
        i++;
      }
      if (i >= length) break;
    }
    char = text[i]!;
    if (char === delimiter) {
      record.push(field);
      field = '';
      i++;
    } else if (char === '\n' || char === '\r') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += char === '\r' && text[i + 1] === '\n' ? 2 : 1;
      if (i >= length) return records;
    } else {
      field += char;
      i++;
    }
  }
  record.push(field);
  records.push(record);
  return records;
}

/** A CSV text as its header (the first record) and the records after it. */
export function parseCsvTable(text: string, options: ParseCsvOptions = {}): { headers: string[]; rows: string[][] } {
  const [headers = [], ...rows] = parseCsv(text, options);
  return { headers, rows };
}

// ---------- Bytes ----------

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedCsv {
  readonly text: string;
  readonly encoding: CsvEncoding;
  /** Some bytes did not decode and were replaced by U+FFFD. */
  readonly lossy: boolean;
}

interface TextDecoderLike {
  decode(input: Uint8Array): string;
}
type TextDecoderConstructor = new (label: string, options?: { fatal?: boolean }) => TextDecoderLike;
interface TextEncoderLike {
  encode(input: string): Uint8Array;
}

/** The platform's TextDecoder (browsers, Node with full ICU), looked up without DOM or Node types. */
function textDecoder(): TextDecoderConstructor {
  const found = (globalThis as { TextDecoder?: TextDecoderConstructor }).TextDecoder;
  if (!found) throw new Error('TextDecoder is not available');
  return found;
}

function decode(label: string, bytes: Uint8Array, fatal: boolean): string {
  const Decoder = textDecoder();
  return new Decoder(label, { fatal }).decode(bytes);
}

/**
 * The text of a CSV file as CRMs write them: UTF-16 or UTF-8 with a byte-order mark, else
 * UTF-8 when the bytes are valid UTF-8, else GB18030 (a superset of GBK and GB2312, what
 * Chinese Excel and CRMs write as "ANSI"). The byte-order mark is not part of the text.
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  const attempt = (label: string, encoding: CsvEncoding, body: Uint8Array): DecodedCsv => {
    try {
      return { text: decode(label, body, true), encoding, lossy: false };
    } catch {
      return { text: decode(label, body, false), encoding, lossy: true };
    }
  };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return attempt('utf-8', 'utf-8-bom', bytes.subarray(3));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return attempt('utf-16le', 'utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return attempt('utf-16be', 'utf-16be', bytes.subarray(2));
  try {
    return { text: decode('utf-8', bytes, true), encoding: 'utf-8', lossy: false };
  } catch {
    // Not UTF-8: the Chinese national encoding.
  }
  try {
    return attempt('gb18030', 'gb18030', bytes);
  } catch {
    // A platform without GB18030 (small ICU): the best UTF-8 reading, marked lossy.
    return { text: decode('utf-8', bytes, false), encoding: 'utf-8', lossy: true };
  }
}

/** CSV text as UTF-8 bytes with a byte-order mark, which Excel needs to read Chinese correctly. */
export function encodeCsvUtf8(text: string, bom = true): Uint8Array {
  const Encoder = (globalThis as { TextEncoder?: new () => TextEncoderLike }).TextEncoder;
  if (!Encoder) throw new Error('TextEncoder is not available');
  const body = new Encoder().encode(text);
  if (!bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

// ---------- The stakeholder table ----------

/** The fields of the stakeholder table, in column order; the last four only when personal fields are included. */
export const STAKEHOLDER_COLUMNS = [
  'name',
  'title',
  'department',
  'function',
  'level',
  'roles',
  'attitude',
  'closeness',
  'stage',
  'influence',
  'style',
  'owner',
  'lastContact',
  'interests.organizational',
  'interests.position',
  'interests.personal',
  'notes',
] as const;
export type StakeholderColumn = (typeof STAKEHOLDER_COLUMNS)[number];

export const PERSONAL_COLUMNS: ReadonlySet<StakeholderColumn> = new Set([
  'interests.organizational',
  'interests.position',
  'interests.personal',
  'notes',
]);

export interface StakeholderTableOptions {
  readonly lang: Lang;
  readonly includePersonal: boolean;
  readonly anonymous: boolean;
}

export interface StakeholderTable {
  readonly columns: readonly StakeholderColumn[];
  /** The column headers in the user's language. */
  readonly header: readonly string[];
  /** One row per stakeholder, in map order; plain text (no formula guard: that is CSV's business). */
  readonly rows: readonly (readonly string[])[];
}

/** A column's header in the user's language. */
export function columnHeader(column: StakeholderColumn, lang: Lang): string {
  return translator(lang)(`export.column.${column}`);
}

/** A number as the table writes it: the shortest text that reads back as the same number. */
function numberCell(value: number | null): string {
  return value === null ? '' : String(value);
}

function cell(
  person: Stakeholder,
  column: StakeholderColumn,
  owners: ReadonlyMap<string, string>,
  t: Translator,
  lang: Lang,
): string {
  switch (column) {
    case 'name':
      return person.name;
    case 'title':
      return person.title;
    case 'department':
      return person.department;
    case 'function':
      return t(`function.${person.function}`);
    case 'level':
      return t(`level.${person.level}`);
    case 'roles':
      return joinList(
        lang,
        person.roles.map((role) => t(`role.${role}`)),
      );
    case 'attitude':
      return t(`attitude.${person.attitude}`);
    case 'closeness':
      return t(`closeness.${person.closeness}`);
    case 'stage':
      return t(`stage.${person.stage}`);
    case 'influence':
      return numberCell(person.influence);
    case 'style':
      return t(`style.${person.style}`);
    case 'owner':
      return person.ownerId === null ? '' : (owners.get(person.ownerId) ?? '');
    case 'lastContact':
      return person.lastContact ?? '';
    case 'interests.organizational':
      return person.interests.organizational;
    case 'interests.position':
      return person.interests.position;
    case 'interests.personal':
      return person.interests.personal;
    case 'notes':
      return person.notes;
  }
}

/**
 * Every stakeholder's fields as a table, in the user's language: values as the vocabulary
 * words them, roles joined as the language lists them, the owner by name (the member's id
 * when the name is blank; empty when the owner is not on the team), influence as a number
 * (empty when not judged), dates as YYYY-MM-DD. Interests and notes only with
 * `includePersonal`; `anonymous` gives the anonymous variant (privacy.ts).
 */
export function stakeholderTable(source: PowermapDocument, options: StakeholderTableOptions): StakeholderTable {
  const { lang } = options;
  const t = translator(lang);
  const doc = prepareForExport(source, options);
  const columns = STAKEHOLDER_COLUMNS.filter((column) => options.includePersonal || !PERSONAL_COLUMNS.has(column));
  const owners = new Map(doc.team.map((member) => [member.id, member.name.trim() === '' ? member.id : member.name]));
  return {
    columns,
    header: columns.map((column) => t(`export.column.${column}`)),
    rows: doc.stakeholders.map((person) => columns.map((column) => cell(person, column, owners, t, lang))),
  };
}

/** The stakeholder table as CSV text (header first; formula guard on). Encode with `encodeCsvUtf8` for Excel. */
export function stakeholdersToCsv(doc: PowermapDocument, options: StakeholderTableOptions): string {
  const table = stakeholderTable(doc, options);
  return writeCsv([table.header, ...table.rows]);
}
