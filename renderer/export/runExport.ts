/**
 * Runs an export the user chose in the Export dialog: draws or builds the file from the
 * document as the options allow, then hands it to the platform (a download in the browser,
 * a save dialog on the desktop). The PDF opens the print view of the deal-review sheet
 * instead, which the browser prints and the desktop shell prints to a file.
 */
import type { PowermapDocument } from '../../shared/document';
import type { Lang } from '../../shared/i18n';
import { routeHash, type Route } from '../services/useHashRoute';
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
import { svgToPng } from './svgToPng';

export interface ExportEnvironment {
  readonly platform: Platform;
  readonly lang: Lang;
  /** YYYY-MM-DD: the analysis date and the date in the file name. */
  readonly today: string;
  /** Makes sure the database holds the map as shown (the print view reads it from there). */
  readonly flush: () => Promise<void>;
  readonly navigate?: (route: Route) => void;
}

/** The print view's route for these choices. */
export function printRoute(dealId: string, choices: ExportChoices, savePdf: boolean): Route {
  return {
    view: 'print',
    dealId,
    includePersonal: choices.includePersonal,
    anonymous: choices.anonymous,
    ...(savePdf ? { savePdf: true } : {}),
  };
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
  const navigate = env.navigate ?? ((route: Route) => void (window.location.hash = routeHash(route)));
  if (choices.format === 'pdf') {
    await env.flush();
    navigate(printRoute(doc.deal.id, choices, env.platform.printToPdf !== undefined));
    return null;
  }
  const name = exportFileName(exportView(doc, choices, env.lang).doc.deal.name, choices.format, env.today);
  const bytes = await exportBytes(doc, choices.format, choices, env);
  const saved = await env.platform.saveExportFile({ suggestedName: name, kind: choices.format, bytes });
  if (!saved) return null;
  return saved.path ?? name;
}
