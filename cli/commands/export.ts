/**
 * `powermap export FILE --format svg|png|pdf|pptx|csv [-o OUT] [--include-personal]
 * [--anonymous] [--as-of DATE] [--font PATH]`: the same drawing, sheet, deck and table as
 * the app, with the same privacy choices (shared/export/privacy.ts), applied once
 * (exportSteps.ts, for one deal and many alike).
 *
 * The whole export is made in memory first; only then is OUT written, through a temporary
 * file renamed into place, so bad input, a missing font or a failed write leave nothing
 * behind (exit 1). Text formats without OUT go to standard output (CSV there without the
 * byte-order mark, which only Excel opening a file needs).
 */
import { MANY_DEAL_FORMATS } from '../args';
import { drawMapSvg, reviewSheet, stakeholdersToCsv, type ExportView } from '../../shared/export';
import { encodeCsvUtf8 } from '../../shared/csv';
import { buildDeck } from '../../shared/export/deck';
import type { Context } from '../context';
import { isWinAnsi } from '../export/winAnsi';
import { loadDocument } from '../loadDocument';
import { exportMany, makeMany } from './exportMany';
import { deliver, exportViewFor, fontFor, type ExportRequest, type Made } from './exportSteps';

/** The export's bytes or text, made from the view (privacy already applied, once). */
async function make(request: ExportRequest, view: ExportView, asOf: string, ctx: Context): Promise<Made> {
  switch (request.format) {
    case 'svg':
      return { ok: true, data: drawMapSvg(view, { asOf }) };
    case 'csv': {
      const text = stakeholdersToCsv(view);
      return { ok: true, data: request.output === null ? text : encodeCsvUtf8(text) };
    }
    case 'png': {
      const svg = drawMapSvg(view, { asOf });
      // resvg falls back on the system's fonts for Latin text; only CJK text needs a font found here.
      const font = fontFor(svg, request, ctx, () => true);
      if (!font.ok) return font.made;
      const { renderMapPng } = await import('../export/png');
      return { ok: true, data: renderMapPng(svg, font.font) };
    }
    case 'pdf': {
      const sheet = reviewSheet(view, { asOf });
      const font = fontFor(JSON.stringify(sheet), request, ctx, isWinAnsi);
      if (!font.ok) return font.made;
      const { renderSheetPdf } = await import('../export/pdf');
      return { ok: true, data: await renderSheetPdf(sheet, { font: font.font, date: asOf }) };
    }
    case 'pptx':
      return { ok: true, data: buildDeck(view, { asOf }) };
    case 'pack':
    case 'pipeline-csv':
      // Formats of many deals go through exportMany (exportCommand sends them there).
      return makeMany(request, [view], asOf, ctx);
  }
}

export async function exportCommand(request: ExportRequest, ctx: Context): Promise<number> {
  if (MANY_DEAL_FORMATS.has(request.format)) return exportMany(request, ctx);
  const loaded = await loadDocument(request.file, ctx);
  if (loaded === null) return 1;
  const asOf = request.asOf ?? ctx.io.today;
  return deliver(request, await make(request, exportViewFor(loaded.document, request, ctx), asOf, ctx), ctx);
}
