/**
 * Export benchmarks (issue 5): the drawing of a 500-person map (the PDF exporter's first
 * step; PRODUCT.md 6 wants the whole PDF under 3 s), the stakeholder CSV, the anonymous
 * variant, and planning a 2,000-row CRM import. Run alone with
 * `npx tsx build/bench/export.bench.ts`.
 */
import { stakeholdersToCsv } from '../../shared/export';
import { parseCsvTable } from '../../shared/csv';
import { guessMapping, planImport } from '../../shared/contactsImport';
import { drawMapSvg } from '../../shared/export/drawMap';
import { prepareExport, type ExportPrivacy } from '../../shared/export/privacy';
import { measure, report, type Timing } from './measure';
import { syntheticMap } from './syntheticMap';

export const EXPORT_GOALS: Readonly<Record<string, number>> = {
  'export: SVG of 500 people': 1000,
  'export: anonymous SVG of 500 people': 1000,
  'export: CSV of 500 people': 100,
  'import: plan 2,000 CSV rows': 500,
};

export function exportBenchmarks(): Timing[] {
  const doc = syntheticMap(500);
  const named = (lang: ExportPrivacy['lang']): ExportPrivacy => ({ lang, includePersonal: false, anonymous: false });
  const crm = stakeholdersToCsv(
    prepareExport(syntheticMap(2000, 7), { lang: 'zh-CN', includePersonal: true, anonymous: false }),
  );
  const { headers, rows } = parseCsvTable(crm);
  const mapping = guessMapping(headers);
  let n = 0;
  return [
    measure(
      'export: SVG of 500 people',
      () => drawMapSvg(prepareExport(doc, named('zh-CN')), { asOf: '2026-11-26' }),
      10,
      2,
    ),
    measure(
      'export: anonymous SVG of 500 people',
      () => drawMapSvg(prepareExport(doc, { includePersonal: false, anonymous: true, lang: 'en' })),
      10,
      2,
    ),
    measure('export: CSV of 500 people', () => stakeholdersToCsv(prepareExport(doc, named('en')))),
    measure(
      'import: plan 2,000 CSV rows',
      () => planImport(doc, rows, mapping, { lang: 'en', newId: () => `s-i${n++}` }),
      10,
      2,
    ),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) report(exportBenchmarks(), EXPORT_GOALS);
