/**
 * Reading CSV, lenient where CRMs are sloppy: CRLF, LF or CR line ends, a byte-order mark,
 * quotes only where a field starts with one (a stray quote inside an unquoted field is
 * kept), text after a closing quote kept, a missing closing quote ending at the end of the
 * text. The separator is a comma, a semicolon or a tab, guessed from the first line.
 */
import type { CsvDelimiter } from './write';

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
