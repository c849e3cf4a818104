/**
 * Runs an export the user chose in the Export dialog: draws or builds the file from the
 * document as the options allow, then hands it to the platform (a download in the browser,
 * a save dialog on the desktop). The PDF opens the print view of the deal-review sheet
 * instead, drawn from the same document in memory, which the browser prints and the desktop
 * shell prints to a file.
 */
import type { PowermapDocument } from '../../shared/document';
import type { Lang } from '../../shared/i18n';
import type { Platform } from '../platform/platform';
import {
  exportFileName,
  exportSvg,
  exportView,
  textExportBytes,
  type ExportChoices,
  type FileFormat,
} from './exportFormats';
import { loadBuildDeck } from './loadDeck';
import type { ShowPrintView } from './printScreen';
import { svgToPng } from './svgToPng';

export interface ExportEnvironment {
  readonly platform: Platform;
  readonly lang: Lang;
  /** YYYY-MM-DD: the analysis date and the date in the file name. */
  readonly today: string;
  /** Shows the print view of the sheet (printScreen.ts). */
  readonly showPrintView: ShowPrintView;
}

/** The bytes of a file export. The deck's builder is loaded only when asked for, so the app starts lighter. */
export async function exportBytes(
  doc: PowermapDocument,
  format: FileFormat,
  choices: ExportChoices,
  env: { lang: Lang; today: string },
): Promise<Uint8Array> {
  const context = { lang: env.lang, asOf: env.today };
  const view = exportView(doc, choices, env.lang);
  if (format === 'pptx') {
    const buildDeck = await loadBuildDeck();
    return buildDeck(view, { asOf: env.today });
  }
  if (format === 'png') return svgToPng(exportSvg(view, context), 2);
  return textExportBytes(view, format, context);
}

/**
 * Exports `doc`; resolves with the saved file's name or path, or null when the user
 * cancelled a save dialog or the PDF's print view was opened.
 */
export async function runExport(
  doc: PowermapDocument,
  choices: ExportChoices,
  env: ExportEnvironment,
): Promise<string | null> {
  if (choices.format === 'pdf') {
    const view = exportView(doc, choices, env.lang);
    env.showPrintView({ dealId: doc.deal.id, view, savePdf: env.platform.printToPdf !== undefined });
    return null;
  }
  const name = exportFileName(exportView(doc, choices, env.lang).doc.deal.name, choices.format, env.today);
  const bytes = await exportBytes(doc, choices.format, choices, env);
  const saved = await env.platform.saveExportFile({ suggestedName: name, kind: choices.format, bytes });
  if (!saved) return null;
  return saved.path ?? name;
}
