/**
 * What every `powermap export` does, whatever the format and however many deals: the
 * request as args.ts read it, the document's export view (the one place the command line
 * applies the privacy choices), the font a drawing needs, and delivery of what was made.
 * Its own module, so export.ts (one deal), exportMany.ts and exportPack.ts (many deals) each
 * import it and none imports another in a circle.
 */
import { resolve } from 'node:path';
import type { Invocation } from '../args';
import { prepareExport, type ExportView } from '../../shared/export';
import type { PowermapDocument } from '../../shared/document';
import type { MessageKey } from '../../shared/i18n';
import type { Context } from '../context';
import { findCjkFont, type FontChoice } from '../export/fonts';
import { writeFileAtomic } from '../export/writeAtomic';
import { terminalSafe } from '../format/text';

/** What `powermap export` was asked for, as args.ts read and checked it (the language is in the context). */
export type ExportRequest = Omit<Extract<Invocation, { kind: 'export' }>, 'kind' | 'lang'>;

export type Made =
  { readonly ok: true; readonly data: Uint8Array | string } | { readonly ok: false; readonly message: string };

/** Scripts that only a CJK font can draw. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

function fail(ctx: Context, key: MessageKey, params: Record<string, string> = {}): Made {
  return { ok: false, message: ctx.t(key, params) };
}

/** The document as this export may show it: the one place the command line applies the privacy choices, for one deal or many. */
export function exportViewFor(document: PowermapDocument, request: ExportRequest, ctx: Context): ExportView {
  return prepareExport(document, {
    lang: ctx.lang,
    includePersonal: request.includePersonal,
    anonymous: request.anonymous,
  });
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
