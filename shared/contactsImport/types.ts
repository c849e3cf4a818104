/** What planning a contacts import gives: the people to add, each row's fate and its problems. */
import type { Stakeholder } from '../document/schema';
import type { Lang } from '../i18n/catalogue';
import type { StakeholderColumn } from './fields';

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
  readonly field: StakeholderColumn | null;
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
