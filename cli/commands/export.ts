/**
 * `powermap export FILE --format svg|png|pdf|pptx|csv [-o OUT] [--include-personal]
 * [--anonymous] [--as-of DATE] [--font PATH]`: the same drawing, sheet, deck and table as
 * the app, with the same privacy choices (shared/export/privacy.ts), applied once here.
 *
 * The whole export is made in memory first; only then is OUT written, through a temporary
 * file renamed into place, so bad input, a missing font or a failed write leave nothing
 * behind (exit 1). Text formats without OUT go to standard output (CSV there without the
 * byte-order mark, which only Excel opening a file needs).
 */
import { resolve } from 'node:path';
import { MANY_DEAL_FORMATS, type Invocation } from '../args';
import { drawMapSvg, prepareExport, reviewSheet, stakeholdersToCsv, type ExportView } from '../../shared/export';
import { encodeCsvUtf8 } from '../../shared/csv';
import type { PowermapDocument } from '../../shared/document';
import { buildDeck } from '../../shared/export/deck';
import type { MessageKey } from '../../shared/i18n';
import type { Context } from '../context';
import { findCjkFont, type FontChoice } from '../export/fonts';
import { isWinAnsi } from '../export/winAnsi';
import { writeFileAtomic } from '../export/writeAtomic';
import { terminalSafe } from '../format/text';
import { loadDocument } from '../loadDocument';
import { exportMany, makeMany } from './exportMany';

/** What `powermap export` was asked for, as args.ts read and checked it (the language is in the context). */
export type ExportRequest = Omit<Extract<Invocation, { kind: 'export' }>, 'kind' | 'lang'>;

/** Scripts that only a CJK font can draw. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

export type Made =
  { readonly ok: true; readonly data: Uint8Array | string } | { readonly ok: false; readonly message: string };

export function fail(ctx: Context, key: MessageKey, params: Record<string, string> = {}): Made {
  return { ok: false, message: ctx.t(key, params) };
}

/**
 * The font for a drawing that holds `text`: the one found (or asked for), or null for the
 * built-in one; a failure when the text needs what no font found can give.
 */
export function fontFor(
  text: string,
  request: ExportRequest,
  ctx: Context,
  builtInCan: (text: string) => boolean,
): { ok: true; font: FontChoice | null } | { ok: false; made: Made } {
  const lookup = (ctx.io.findFont ?? findCjkFont)(request.font, ctx.io.env);
  if (!lookup.ok && lookup.reason === 'unreadable') {
    return { ok: false, made: fail(ctx, 'cli.export.fontUnreadable', { font: lookup.path }) };
  }
  const font = lookup.ok ? lookup.font : null;
  if (CJK.test(text) && !font?.cjk) {
    return font === null
      ? { ok: false, made: fail(ctx, 'cli.export.noFont') }
      : { ok: false, made: fail(ctx, 'cli.export.fontNoCjk', { font: font.regular.path }) };
  }
  if (font === null && !builtInCan(text)) return { ok: false, made: fail(ctx, 'cli.export.noFont') };
  return { ok: true, font };
}

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

function errorDetail(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}

/** Writes what was made to OUT (atomically) or standard output, and says so; the exit code. */
export async function deliver(request: ExportRequest, made: Made, ctx: Context): Promise<number> {
  const line = (file: string, message: string) => `${terminalSafe(ctx.t('cli.input.line', { file, message }))}\n`;
  if (!made.ok) {
    ctx.io.stderr(line(request.output ?? request.file, made.message));
    return 1;
  }
  if (request.output === null) {
    ctx.io.stdout(typeof made.data === 'string' ? made.data : new TextDecoder().decode(made.data));
    return 0;
  }
  try {
    await writeFileAtomic(resolve(ctx.io.cwd, request.output), made.data);
  } catch (error) {
    ctx.io.stderr(line(request.output, ctx.t('cli.export.writeFailed', { detail: errorDetail(error) })));
    return 1;
  }
  ctx.io.stdout(`${terminalSafe(ctx.t('cli.export.written', { file: request.output }))}\n`);
  return 0;
}

export async function exportCommand(request: ExportRequest, ctx: Context): Promise<number> {
  if (MANY_DEAL_FORMATS.has(request.format)) return exportMany(request, ctx);
  const loaded = await loadDocument(request.file, ctx);
  if (loaded === null) return 1;
  const asOf = request.asOf ?? ctx.io.today;
  return deliver(request, await make(request, exportViewFor(loaded.document, request, ctx), asOf, ctx), ctx);
}

/** The document as this export may show it: the one place the command line applies the privacy choices, for one deal or many. */
export function exportViewFor(document: PowermapDocument, request: ExportRequest, ctx: Context): ExportView {
  return prepareExport(document, {
    lang: ctx.lang,
    includePersonal: request.includePersonal,
    anonymous: request.anonymous,
  });
}
