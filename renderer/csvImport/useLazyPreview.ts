import { useMemo } from 'react';
import type { ColumnMapping } from '../../shared/contactsImport';
import type { PowermapDocument } from '../../shared/document';
import type { Lang } from '../../shared/i18n';
import { newId } from '../editor/ids';
import { planFor, previewRows } from './importFlow';
import type { CsvSource } from './source';

/** The import planned and its preview's rows. */
export interface PlannedImport {
  readonly plan: ReturnType<typeof planFor>;
  readonly rows: ReturnType<typeof previewRows>;
}

/**
 * The preview, planned lazily, once per file, mapping, deal and language: 5,000 rows take
 * tens of milliseconds, which the mapping step should not pay on every change of a select.
 */
export function useLazyPreview(
  doc: PowermapDocument,
  source: CsvSource | null,
  mapping: ColumnMapping,
  lang: Lang,
): () => PlannedImport | null {
  return useMemo(() => {
    let cached: PlannedImport | null = null;
    return () => {
      if (!source) return null;
      if (!cached) {
        const plan = planFor(doc, source, mapping, lang, newId);
        cached = { plan, rows: previewRows(plan, lang) };
      }
      return cached;
    };
  }, [doc, source, mapping, lang]);
}
