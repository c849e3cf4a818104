/**
 * Reading one record of a contacts file: the cells of the columns that feed each field,
 * and the problems found, each with its row, column and header. Texts are kept as written
 * (only the formula guard's apostrophe is taken off, see shared/csv/formulaGuard.ts).
 */
import { unguardFormula } from '../csv';
import type { MessageParams, Translator } from '../i18n/translate';
import type { StakeholderColumn } from './fields';
import type { ImportProblem, ImportProblemCode } from './types';

/** What every row of one file is read with. */
export interface FileColumns {
  /** The columns feeding each field, in file order. */
  readonly columnsOf: ReadonlyMap<StakeholderColumn, readonly number[]>;
  /** How many columns the mapping has. */
  readonly width: number;
  /** A column's header as the problems name it. */
  readonly headerOf: (column: number) => string;
  readonly t: Translator;
}

/** A cell that feeds a field: its text and its column (0-based). */
export interface FieldCell {
  readonly value: string;
  readonly column: number;
}

export class RowReader {
  readonly problems: ImportProblem[] = [];

  constructor(
    private readonly cells: readonly string[],
    readonly row: number,
    readonly file: FileColumns,
  ) {}

  /** The first non-blank cell of the columns feeding `field`, or null. */
  cell(field: StakeholderColumn): FieldCell | null {
    for (const column of this.file.columnsOf.get(field) ?? []) {
      const value = this.cells[column] ?? '';
      if (value.trim() !== '') return { value: unguardFormula(value), column };
    }
    return null;
  }

  /** A text field: the first non-blank cell feeding it, else the first cell as written (white space kept). */
  text(field: StakeholderColumn): string {
    const found = this.cell(field);
    if (found) return found.value;
    const first = this.file.columnsOf.get(field)?.[0];
    return first === undefined ? '' : unguardFormula(this.cells[first] ?? '');
  }

  isBlank(): boolean {
    return this.cells.every((value) => value.trim() === '');
  }

  /** Whether the record has non-blank cells past the mapped columns. */
  hasExtraCells(): boolean {
    return (
      this.cells.length > this.file.width && this.cells.slice(this.file.width).some((value) => value.trim() !== '')
    );
  }

  get cellCount(): number {
    return this.cells.length;
  }

  report(
    column: number | null,
    field: StakeholderColumn | null,
    severity: 'error' | 'warning',
    code: ImportProblemCode,
    params: MessageParams,
  ): void {
    this.problems.push({
      row: this.row,
      column: column === null ? null : column + 1,
      header: column === null ? '' : this.file.headerOf(column),
      field,
      severity,
      code,
      message: this.file.t(`csvImport.error.${code}`, params),
    });
  }

  /** The row's problems in column order, the row's own last. */
  problemsByColumn(): ImportProblem[] {
    return this.problems.sort((a, b) => (a.column ?? Infinity) - (b.column ?? Infinity));
  }
}
