/**
 * The formula guard (OWASP "CSV injection"): spreadsheets run a cell that starts with `=`,
 * `+`, `-` or `@` (and some a tab or carriage return) as a formula, so a name like
 * `=HYPERLINK(...)` could act when a manager opens the file. On export such a cell gets a
 * leading apostrophe, which spreadsheets show as text. A cell that already starts with
 * apostrophes followed by one of those characters gets one more, so the import can take
 * exactly one apostrophe off any cell that matches `'+[=+\-@\t\r]…` and the round trip is
 * exact. Text that starts otherwise (including a lone leading apostrophe) is unchanged.
 */
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
