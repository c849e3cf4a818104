/**
 * Writing CSV (RFC 4180): fields separated by commas, records ended by CRLF (the last one
 * too); a field is quoted when it holds a comma, a double quote (doubled inside), a line
 * break, or starts or ends with white space (which some readers would trim).
 */
import { guardFormula } from './formulaGuard';

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
