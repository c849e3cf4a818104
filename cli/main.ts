/**
 * The `powermap` command line: `run(argv, io)` reads the arguments, runs one command and
 * returns the exit code (0 success, 1 bad input, 2 wrong usage). Everything it touches
 * comes through `io`, so tests run it in-process; `bin/powermap.mjs` wires it to the process.
 */
import { translator, type Lang } from '../shared/i18n';
import { parseArgs, type UsageError } from './args';
import { analyze } from './commands/analyze';
import { diff, diffVersions } from './commands/diff';
import { help, version } from './commands/help';
import { pipeline } from './commands/pipeline';
import { validate } from './commands/validate';
import type { Context } from './context';
import { colourWanted, createStyle } from './format/style';
import { terminalSafe } from './format/text';
import type { CliIo } from './io';
import { langFromEnv } from './lang';
// The command line words in any language it is asked for: every catalogue is loaded.
import '../shared/i18n/catalogue';

export type { CliIo } from './io';

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;

function context(io: CliIo, lang: Lang): Context {
  return { io, lang, t: translator(lang), style: createStyle(colourWanted(io.env, io.stdoutIsTTY)) };
}

function reportUsage(error: UsageError, ctx: Context): number {
  const message = terminalSafe(ctx.t('cli.usage.prefix', { message: ctx.t(error.key, error.params) }));
  const hint =
    error.command === null || error.command === 'help'
      ? ctx.t('cli.usage.hint')
      : ctx.t('cli.usage.hintCommand', { command: error.command });
  ctx.io.stderr(`${message}\n${hint}\n`);
  return EXIT_USAGE;
}

/** A failure of Powermap itself: one line, never a stack trace (POWERMAP_DEBUG=1 shows it). */
function reportInternalError(error: unknown, ctx: Context): number {
  const detail = error instanceof Error ? error.message : String(error);
  ctx.io.stderr(`${terminalSafe(ctx.t('cli.internalError', { detail }))}\n`);
  if (ctx.io.env['POWERMAP_DEBUG'] === '1' && error instanceof Error && error.stack) ctx.io.stderr(`${error.stack}\n`);
  return EXIT_BAD_INPUT;
}

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  const chosen = parsed.ok ? ('lang' in parsed.invocation ? parsed.invocation.lang : null) : parsed.lang;
  const ctx = context(io, chosen ?? langFromEnv(io.env));
  if (!parsed.ok) return reportUsage(parsed.error, ctx);
  const invocation = parsed.invocation;
  try {
    switch (invocation.kind) {
      case 'help':
        return help(invocation.topic, ctx);
      case 'version':
        return version(ctx);
      case 'validate':
        return await validate(invocation.file, ctx);
      case 'analyze':
        return await analyze(invocation, ctx);
      case 'diff':
        return await diff(invocation, ctx);
      case 'diffVersions':
        return await diffVersions(invocation, ctx);
      case 'pipeline':
        return await pipeline(invocation, ctx);
      case 'export':
        // Loaded on demand: the export chunk brings the PDF and PNG libraries with it.
        return await (await import('./commands/export')).exportCommand(invocation, ctx);
    }
  } catch (error) {
    return reportInternalError(error, ctx);
  }
}
