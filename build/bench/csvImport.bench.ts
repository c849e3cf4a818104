/**
 * The contacts import of a 5,000-row CRM export (GB18030, Chinese headers, some bad
 * rows): reading the file (decoding, splitting), and what the dialog does once per change
 * of the mapping (planning and wording the preview's rows), which must stay well under a
 * quarter of a second for the dialog to feel immediate.
 */
import { guessMapping } from '../../shared/contactsImport';
import { planFor, previewRows, visibleRows } from '../../renderer/csvImport/importFlow';
import { readCsvSource } from '../../renderer/csvImport/source';
import { encodeGb18030 } from '../../test/shared/csv/gb18030';
import { measure, type Timing } from './measure';
import { syntheticMap } from './syntheticMap';

export const CSV_IMPORT_GOALS: Readonly<Record<string, number>> = {
  'csv import: read 5,000 rows (GB18030)': 100,
  'csv import: preview of 5,000 rows': 250,
};

/** A CRM export: every 50th row without a name, every 40th with an attitude nobody can read, every 100th repeated. */
function crmExport(rows: number): Uint8Array {
  const attitudes = ['支持者', '中立者', '反对者', '坚定支持者'];
  const lines = ['姓名,职务,部门,态度,影响力,手机,备注'];
  for (let i = 1; i <= rows; i++) {
    const name = i % 50 === 0 ? '' : `联系人${i % 100 === 0 ? i - 1 : i}`;
    const attitude = i % 40 === 0 ? '还不好说' : attitudes[i % 4]!;
    lines.push(`${name},科长,设备科,${attitude},${i % 100},1380000${String(i).padStart(4, '0')},第${i}行`);
  }
  return encodeGb18030(lines.join('\r\n'));
}

export function csvImportBenchmarks(): Timing[] {
  const bytes = crmExport(5000);
  const source = readCsvSource('crm.csv', bytes);
  const mapping = guessMapping(source.headers);
  const doc = syntheticMap(200);
  let n = 0;
  const newId = (prefix: string) => `${prefix}-bench-${++n}`;
  return [
    measure('csv import: read 5,000 rows (GB18030)', () => readCsvSource('crm.csv', bytes), 20, 3),
    measure(
      'csv import: preview of 5,000 rows',
      () => visibleRows(previewRows(planFor(doc, source, mapping, 'zh-CN', newId), 'zh-CN'), 'all'),
      20,
      3,
    ),
  ];
}
