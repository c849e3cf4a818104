/**
 * What an export is, independent of how it is delivered: the formats, the file names, and
 * the text formats' bytes. Every format starts from `exportView`, the one place the app
 * applies the privacy choices, so "include personal fields" and "anonymous" mean the same in the SVG, the PNG, the sheet, the deck,
 * the CSV and the .powermap file.
 */
import { serializeDocument, type PowermapDocument } from '../../shared/document';
// Each module by its path, not the shared/export barrel: the barrel also holds the deck, which
// is loaded only when a deck is exported (loadDeck.ts).
import { stakeholdersToCsv } from '../../shared/export/stakeholderTable';
import { encodeCsvUtf8 } from '../../shared/csv';
import { drawMapSvg } from '../../shared/export/drawMap';
import { prepareExport, type ExportView } from '../../shared/export/privacy';
import type { Lang, MessageKey } from '../../shared/i18n';
import { fileNameFor } from '../services/readDocument';

export const EXPORT_FORMATS = ['png', 'svg', 'pdf', 'pptx', 'csv', 'powermap'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** The formats written as a file of bytes (the PDF is printed from the print view instead). */
export type FileFormat = Exclude<ExportFormat, 'pdf'>;

/** The privacy choices every export carries, from the Export dialog or the pipeline's. */
export interface PrivacyChoices {
  /** Keep interests and notes (off by default). */
  readonly includePersonal: boolean;
  /** Names replaced by titles, our team and the client by placeholders, for sharing outside the team. */
  readonly anonymous: boolean;
}

export interface ExportChoices extends PrivacyChoices {
  readonly format: ExportFormat;
}

export const DEFAULT_CHOICES: ExportChoices = { format: 'png', includePersonal: false, anonymous: false };

export interface ExportContext {
  readonly lang: Lang;
  /** The analysis date, YYYY-MM-DD (also the date in the file name). */
  readonly asOf: string;
}

export const FORMAT_LABEL: Readonly<Record<ExportFormat, MessageKey>> = {
  png: 'exportApp.format.png',
  svg: 'exportApp.format.svg',
  pdf: 'exportApp.format.pdf',
  pptx: 'exportApp.format.pptx',
  csv: 'exportApp.format.csv',
  powermap: 'exportApp.format.powermap',
};

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

/**
 * The document as this export may show it (privacy.ts): the one place the app applies the
 * choices, for one deal's exports and the pipeline's alike.
 */
export function exportView(doc: PowermapDocument, choices: PrivacyChoices, lang: Lang): ExportView {
  return prepareExport(doc, { includePersonal: choices.includePersonal, anonymous: choices.anonymous, lang });
}

/**
 * The file name of an export: the deal's name made safe for file systems (as a saved
 * .powermap is named), the date, and the format's extension: "Shortlisting 2026-11-27.png".
 * Give it the prepared document's deal name, so an anonymous export's name is anonymous too.
 */
export function exportFileName(dealName: string, format: ExportFormat, date: string): string {
  const base = fileNameFor(dealName).replace(/\.powermap$/, '');
  return `${base} ${date}.${format}`;
}

/** The bytes of the formats drawn from text (SVG, CSV, .powermap), from the export view. */
export function textExportBytes(
  view: ExportView,
  format: 'svg' | 'csv' | 'powermap',
  context: ExportContext,
): Uint8Array {
  switch (format) {
    case 'svg':
      return new TextEncoder().encode(exportSvg(view, context));
    case 'csv':
      // The interest and note columns are there only when the view includes them.
      return encodeCsvUtf8(stakeholdersToCsv(view));
    case 'powermap':
      return new TextEncoder().encode(serializeDocument(view.doc));
  }
}

/** The map drawing of an export view (the PNG is this drawing at 2x). */
export function exportSvg(view: ExportView, context: ExportContext): string {
  return drawMapSvg(view, { asOf: context.asOf });
}
