/**
 * Importing contacts from a CRM's CSV export (PRODUCT.md 5): guess which column feeds which
 * field (guessMapping.ts, with the header words of headerWords.ts), then plan the import as
 * a preview (plan.ts: the people to add, row-level problems, duplicates) and apply it as one
 * edit. Values are read with the rules of shared/values, in both interface languages. Pure:
 * the caller reads the file (shared/csv decodes the bytes and splits the records) and passes
 * a function that makes new ids.
 */
export { IMPORT_FIELDS, type ColumnMapping, type StakeholderColumn } from './fields';
export { guessMapping } from './guessMapping';
export { gridBelow } from './placement';
export { applyImport, planImport } from './plan';
export type {
  ImportDuplicate,
  ImportPlan,
  ImportProblem,
  ImportProblemCode,
  ImportRow,
  ImportRowStatus,
  PlanImportOptions,
} from './types';
export { describeImportProblem, importSummary } from './wording';
