/**
 * The exporters as the tests call them: from a raw document and the privacy choices, which
 * are applied first with prepareExport, as the app (renderer/export/exportFormats.ts) and
 * the command line (cli/commands/export.ts) each do once. The exporters themselves accept
 * only an ExportView (see exportView.test.ts).
 */
import type { PowermapDocument } from '../../../shared/document';
import {
  drawMap,
  drawMapSvg,
  prepareExport,
  reviewSheet,
  stakeholderTable,
  stakeholdersToCsv,
  type DrawMapOptions,
  type ExportPrivacy,
  type ExportView,
  type SheetOptions,
} from '../../../shared/export';
import { buildDeck, deckSlides, type DeckOptions } from '../../../shared/export/deck';

/** The privacy choices, each left out meaning the export's default: English, no personal fields, named. */
export type Choices = Partial<ExportPrivacy>;

/** Each exporter's options with the privacy choices beside them, as the tests write them. */
export type DrawTestOptions = Choices & DrawMapOptions;
export type SheetTestOptions = Choices & SheetOptions;
export type DeckTestOptions = Choices & DeckOptions;

export function viewOf(doc: PowermapDocument, choices: Choices = {}): ExportView {
  return prepareExport(doc, {
    lang: choices.lang ?? 'en',
    includePersonal: choices.includePersonal ?? false,
    anonymous: choices.anonymous ?? false,
  });
}

export const drawingOf = (doc: PowermapDocument, options: DrawTestOptions = {}) =>
  drawMap(viewOf(doc, options), options);
export const svgOf = (doc: PowermapDocument, options: DrawTestOptions = {}) =>
  drawMapSvg(viewOf(doc, options), options);
export const sheetOf = (doc: PowermapDocument, options: SheetTestOptions = {}) =>
  reviewSheet(viewOf(doc, options), options);
export const deckOf = (doc: PowermapDocument, options: DeckTestOptions = {}) =>
  buildDeck(viewOf(doc, options), options);
export const deckSlidesOf = (doc: PowermapDocument, options: DeckTestOptions = {}) =>
  deckSlides(viewOf(doc, options), options);
export const tableOf = (doc: PowermapDocument, choices: Choices = {}) => stakeholderTable(viewOf(doc, choices));
export const csvOf = (doc: PowermapDocument, choices: Choices = {}) => stakeholdersToCsv(viewOf(doc, choices));
