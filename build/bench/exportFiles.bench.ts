/**
 * The export files of a 500-person map, as `powermap export` makes them (PRODUCT.md 6: the
 * PDF under 3 s; the deck held to the same): the sheet's model, the font lookup and the
 * PDF; the PowerPoint deck. The first PDF is timed on its own too, because a command-line
 * run is always a first run (fonts loaded and code compiled within it). Run alone with
 * `npx tsx build/bench/exportFiles.bench.ts`.
 */
import { findCjkFont } from '../../cli/export/fonts';
import { renderSheetPdf } from '../../cli/export/pdf';
import { buildDeck } from '../../shared/export/deck';
import { prepareExport } from '../../shared/export/privacy';
import { reviewSheet } from '../../shared/export/sheet';
import { measure, measureAsync, report, type Timing } from './measure';
import { syntheticMap } from './syntheticMap';

export const EXPORT_FILE_GOALS: Readonly<Record<string, number>> = {
  'export: PDF of 500 people, first run': 3000,
  'export: PDF of 500 people': 3000,
  'export: PPTX of 500 people': 3000,
};

export async function exportFileBenchmarks(): Promise<Timing[]> {
  const doc = syntheticMap(500);
  const options = { lang: 'zh-CN', asOf: '2026-11-26', includePersonal: false, anonymous: false } as const;
  const pdf = async () => {
    const lookup = findCjkFont(null, process.env);
    const sheet = reviewSheet(prepareExport(doc, options), options);
    return renderSheetPdf(sheet, { font: lookup.ok ? lookup.font : null, date: options.asOf });
  };
  return [
    await measureAsync('export: PDF of 500 people, first run', pdf, 1, 0),
    await measureAsync('export: PDF of 500 people', pdf, 7, 1),
    measure('export: PPTX of 500 people', () => buildDeck(prepareExport(doc, options), options), 7, 1),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) report(await exportFileBenchmarks(), EXPORT_FILE_GOALS);
