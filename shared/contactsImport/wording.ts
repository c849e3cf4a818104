/** The import's problems and totals in the user's words. */
import type { Lang } from '../i18n/catalogue';
import { translator } from '../i18n/translate';
import type { ImportPlan, ImportProblem } from './types';

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
