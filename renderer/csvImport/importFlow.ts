/**
 * The import dialog's logic, apart from React: checking the mapping, the sample values a
 * column shows, the preview's rows with their problems worded, and the import itself as
 * one edit of the editor store (so one Undo takes it all back). The planning and the
 * reading of values are shared/contactsImport's; this module only arranges them for
 * the dialog.
 */
import type { PowermapDocument } from '../../shared/document';
import {
  applyImport,
  describeImportProblem,
  planImport,
  type ColumnMapping,
  type StakeholderColumn,
  type ImportPlan,
  type ImportRowStatus,
} from '../../shared/contactsImport';
import type { Lang, Translator } from '../../shared/i18n';
import { joinList } from '../../shared/i18n';
import { deletePeople } from '../editor/commands/people';
import type { EditorStore } from '../editor/store';
import type { CsvSource } from './source';

// ---------- The mapping ----------

export type MappingProblem =
  | { readonly kind: 'noName' }
  | { readonly kind: 'sameField'; readonly field: StakeholderColumn; readonly columns: readonly number[] };

/**
 * What stops the preview: no column feeds the name (every person needs one), or several
 * columns feed one field (planImport would quietly take the first non-blank of them,
 * which a user would not expect).
 */
export function mappingProblems(mapping: ColumnMapping): MappingProblem[] {
  const problems: MappingProblem[] = [];
  if (!mapping.includes('name')) problems.push({ kind: 'noName' });
  const columnsOf = new Map<StakeholderColumn, number[]>();
  mapping.forEach((field, column) => {
    if (field === null) return;
    columnsOf.set(field, [...(columnsOf.get(field) ?? []), column]);
  });
  for (const [field, columns] of columnsOf) {
    if (columns.length > 1) problems.push({ kind: 'sameField', field, columns });
  }
  return problems;
}

/** A column as the dialog names it: its header, or its number when the header is blank. */
export function columnName(headers: readonly string[], column: number, t: Translator): string {
  const header = headers[column]?.trim() ?? '';
  return header === '' ? t('csvImportApp.mapping.noHeader', { n: column + 1 }) : header;
}

export function describeMappingProblem(
  problem: MappingProblem,
  headers: readonly string[],
  t: Translator,
  lang: Lang,
): string {
  if (problem.kind === 'noName') return t('csvImportApp.mapping.noName', { field: t('export.column.name') });
  return t('csvImportApp.mapping.sameField', {
    columns: joinList(
      lang,
      problem.columns.map((column) => `“${columnName(headers, column, t)}”`),
    ),
    field: t(`export.column.${problem.field}`),
  });
}

/** The mapping with one column's field changed (null: not imported). */
export function setField(mapping: ColumnMapping, column: number, field: StakeholderColumn | null): ColumnMapping {
  return mapping.map((current, index) => (index === column ? field : current));
}

/** Up to `count` non-blank values of a column, from the top of the file, to recognise what it holds. */
export function columnSamples(rows: readonly (readonly string[])[], column: number, count = 2): string[] {
  const samples: string[] = [];
  for (const row of rows) {
    const value = row[column]?.trim() ?? '';
    if (value !== '') samples.push(value);
    if (samples.length === count) break;
  }
  return samples;
}

// ---------- The preview ----------

export interface PreviewRow {
  readonly row: number;
  readonly status: ImportRowStatus;
  readonly name: string;
  /** Added, but with fields left at their defaults. */
  readonly warned: boolean;
  /** Each problem of the row in one sentence, in column order; the duplicate's last. */
  readonly messages: readonly string[];
}

export function planFor(
  doc: PowermapDocument,
  source: CsvSource,
  mapping: ColumnMapping,
  lang: Lang,
  newId: (prefix: string) => string,
): ImportPlan {
  return planImport(doc, source.rows, mapping, { lang, newId, headers: source.headers });
}

/** Every row of the plan with its problems worded; one pass over the problems, however many rows. */
export function previewRows(plan: ImportPlan, lang: Lang): PreviewRow[] {
  const messages = new Map<number, string[]>();
  const warned = new Set<number>();
  const add = (row: number, message: string) => {
    const list = messages.get(row);
    if (list) list.push(message);
    else messages.set(row, [message]);
  };
  for (const problem of plan.rowErrors) {
    add(problem.row, describeImportProblem(problem, lang));
    if (problem.severity === 'warning') warned.add(problem.row);
  }
  for (const duplicate of plan.duplicates) add(duplicate.row, duplicate.message);
  return plan.rows.map((row) => ({
    row: row.row,
    status: row.status,
    name: row.name,
    warned: row.status === 'add' && warned.has(row.row),
    messages: messages.get(row.row) ?? [],
  }));
}

export type RowFilter = 'all' | 'problems';

/** How many preview rows are drawn at most: enough to check a file, few enough for 5,000 rows to stay quick. */
export const PREVIEW_LIMIT = 200;

/** The rows the preview draws under a filter, and how many more there are. */
export function visibleRows(
  rows: readonly PreviewRow[],
  filter: RowFilter,
  limit = PREVIEW_LIMIT,
): { shown: readonly PreviewRow[]; more: number } {
  const chosen =
    filter === 'all' ? rows : rows.filter((row) => row.status === 'error' || row.status === 'duplicate' || row.warned);
  return { shown: chosen.slice(0, limit), more: Math.max(0, chosen.length - limit) };
}

// ---------- Importing ----------

export interface ImportResult {
  /** The people added, in file order. */
  readonly ids: readonly string[];
  /** The document right after the import, to know whether Undo still means the import. */
  readonly after: PowermapDocument;
  readonly plan: ImportPlan;
}

/**
 * Adds the planned people to the deal as one edit and selects them. The plan is made
 * again against the store's document of this moment (another window may have changed it
 * while the dialog was open), so ids and positions are right. Null when nobody is added.
 */
export function importInto(
  store: EditorStore,
  source: CsvSource,
  mapping: ColumnMapping,
  lang: Lang,
  newId: (prefix: string) => string,
): ImportResult | null {
  const plan = planFor(store.getState().doc, source, mapping, lang, newId);
  if (plan.people.length === 0) return null;
  const ids = plan.people.map((person) => person.id);
  store.apply((doc) => applyImport(doc, plan), { select: { people: ids, lines: [] } });
  return { ids, after: store.getState().doc, plan };
}

/**
 * The toast's Undo: the store's own undo while the import is the last edit; after other
 * edits, removing the imported people that are still there (Undo would otherwise take
 * back the wrong edit).
 */
export function undoImport(store: EditorStore, result: ImportResult): void {
  if (store.getState().doc === result.after) {
    store.undo();
    return;
  }
  store.apply(deletePeople(result.ids));
}

/** The toast after an import: how many people were added, and what was left out. */
export function importedMessage(result: ImportResult, fileName: string, t: Translator): string {
  const count = result.ids.length;
  const done =
    count === 1
      ? t('csvImportApp.done.one', { file: fileName })
      : t('csvImportApp.done.other', { count, file: fileName });
  const duplicates = result.plan.duplicates.length;
  const errors = result.plan.rows.filter((row) => row.status === 'error').length;
  if (duplicates === 0 && errors === 0) return done;
  return t('csvImportApp.done.then', { done, skipped: t('csvImportApp.done.skipped', { duplicates, errors }) });
}
