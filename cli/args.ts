/**
 * Reading the command line into an invocation, or a usage error (exit code 2).
 *
 * Grammar: `powermap COMMAND [ARGS] [OPTIONS]`; options may come anywhere, as
 * `--name value` or `--name=value`; `--` ends the options (for a file named `-x`).
 * `--help` and `--version` win over everything else once the command is known.
 *
 * `diff` takes two files (OLD NEW), or one file and `--from REF [--to REF]` to compare two
 * versions of its history (REF: `current`, a snapshot id, `#N` or a label; --to defaults
 * to `current`).
 *
 * `export` takes one file and writes it as --format (svg, png, pdf, pptx, csv; guessed from
 * the extension of `-o OUT` when not given) to OUT, or to standard output for the text
 * formats when OUT is missing or `-`. The formats of many deals (`pack`, the review pack
 * PDF; `pipeline-csv`, the pipeline as CSV) take files and folders, as `pipeline` does, and
 * `--since`.
 *
 * `pipeline` takes one or more files or folders (a folder is read for its documents) and
 * shows one row per deal and the totals; `--since` measures each move from that date.
 */
import { isLang, type Lang, type MessageKey } from '../shared/i18n';
import { isCalendarDate } from '../shared/values';

export const COMMANDS = ['validate', 'analyze', 'diff', 'export', 'pipeline', 'help'] as const;
export type CommandName = (typeof COMMANDS)[number];

export const EXPORT_FORMATS = ['svg', 'png', 'pdf', 'pptx', 'csv', 'pack', 'pipeline-csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** Formats that are text, and so may be written to standard output. */
export const TEXT_FORMATS: ReadonlySet<ExportFormat> = new Set(['svg', 'csv', 'pipeline-csv']);
/** Formats of many deals: they take files and folders (FILE…|DIR) and --since. */
export const MANY_DEAL_FORMATS: ReadonlySet<ExportFormat> = new Set(['pack', 'pipeline-csv']);

function isFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

export type Invocation =
  | { readonly kind: 'help'; readonly topic: CommandName | null; readonly lang: Lang | null }
  | { readonly kind: 'version' }
  | { readonly kind: 'validate'; readonly file: string; readonly lang: Lang | null }
  | {
      readonly kind: 'analyze';
      readonly file: string;
      readonly json: boolean;
      readonly asOf: string | null;
      readonly lang: Lang | null;
    }
  | {
      readonly kind: 'diff';
      readonly oldFile: string;
      readonly newFile: string;
      readonly json: boolean;
      readonly asOf: string | null;
      readonly lang: Lang | null;
    }
  | {
      readonly kind: 'export';
      /** The first of `paths`: the one file of a single-deal format. */
      readonly file: string;
      /** Files and folders, as written: one for a single-deal format, one or more for MANY_DEAL_FORMATS. */
      readonly paths: readonly string[];
      /** Formats of many deals only; YYYY-MM-DD, already checked. */
      readonly since: string | null;
      readonly format: ExportFormat;
      /** The file to write; null for standard output (text formats only). */
      readonly output: string | null;
      readonly includePersonal: boolean;
      readonly anonymous: boolean;
      readonly font: string | null;
      readonly asOf: string | null;
      readonly lang: Lang | null;
    }
  | {
      readonly kind: 'pipeline';
      /** Files and folders, as written (at least one). */
      readonly paths: readonly string[];
      readonly json: boolean;
      readonly asOf: string | null;
      readonly since: string | null;
      readonly lang: Lang | null;
    }
  | {
      readonly kind: 'diffVersions';
      readonly file: string;
      readonly from: string;
      readonly to: string;
      readonly json: boolean;
      readonly asOf: string | null;
      readonly lang: Lang | null;
    };

export interface UsageError {
  readonly key: MessageKey;
  readonly params: Readonly<Record<string, string | number>>;
  /** The command the error concerns, for the hint (`powermap analyze --help`). */
  readonly command: CommandName | null;
}

export type ParseOutcome =
  | { readonly ok: true; readonly invocation: Invocation }
  | { readonly ok: false; readonly error: UsageError; readonly lang: Lang | null };

type OptionName =
  | '--help'
  | '--version'
  | '--json'
  | '--lang'
  | '--as-of'
  | '--since'
  | '--from'
  | '--to'
  | '--format'
  | '--output'
  | '--include-personal'
  | '--anonymous'
  | '--font';
const TAKES_VALUE: ReadonlySet<OptionName> = new Set([
  '--lang',
  '--as-of',
  '--since',
  '--from',
  '--to',
  '--format',
  '--output',
  '--font',
]);
const ALIASES: Readonly<Record<string, OptionName>> = {
  '--help': '--help',
  '-h': '--help',
  '--version': '--version',
  '--json': '--json',
  '--lang': '--lang',
  '--as-of': '--as-of',
  '--since': '--since',
  '--from': '--from',
  '--to': '--to',
  '--format': '--format',
  '--output': '--output',
  '-o': '--output',
  '--include-personal': '--include-personal',
  '--anonymous': '--anonymous',
  '--font': '--font',
};

/** The options each command accepts besides --help, --version and --lang. */
const COMMAND_OPTIONS: Readonly<Record<CommandName, ReadonlySet<OptionName>>> = {
  validate: new Set(),
  analyze: new Set(['--json', '--as-of']),
  diff: new Set(['--json', '--as-of', '--from', '--to']),
  export: new Set(['--format', '--output', '--include-personal', '--anonymous', '--as-of', '--since', '--font']),
  pipeline: new Set(['--json', '--as-of', '--since']),
  help: new Set(),
};

/** The names of each command's file arguments, in order. */
const COMMAND_FILES: Readonly<Record<CommandName, readonly string[]>> = {
  validate: ['FILE'],
  analyze: ['FILE'],
  diff: ['OLD', 'NEW'],
  export: ['FILE'],
  /** One or more: the rest are taken as more files (VARIADIC). */
  pipeline: ['FILE'],
  help: [],
};

/** Commands whose last file argument may be repeated. */
const VARIADIC: ReadonlySet<CommandName> = new Set(['pipeline', 'export']);

function isCommand(value: string | undefined): value is CommandName {
  return value !== undefined && (COMMANDS as readonly string[]).includes(value);
}

/** The value of a valid `--lang` anywhere in argv, so that even a usage error is worded in it. */
function findLang(argv: readonly string[]): Lang | null {
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (token === '--') break;
    const value = token === '--lang' ? argv[i + 1] : token.startsWith('--lang=') ? token.slice(7) : undefined;
    if (isLang(value)) return value;
  }
  return null;
}

interface ScanError {
  readonly key: MessageKey;
  readonly params: Readonly<Record<string, string>>;
}

interface Scan {
  readonly positionals: string[];
  readonly options: Map<OptionName, string | true>;
  /** The first malformed option; scanning goes on so that the command word is still found. */
  readonly error: ScanError | null;
}

function scan(argv: readonly string[]): Scan {
  const positionals: string[] = [];
  const options = new Map<OptionName, string | true>();
  let error: ScanError | null = null;
  const note = (key: MessageKey, params: Record<string, string>) => {
    error ??= { key, params };
  };
  let onlyPositionals = false;
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (onlyPositionals || token === '-' || !token.startsWith('-')) {
      positionals.push(token);
      continue;
    }
    if (token === '--') {
      onlyPositionals = true;
      continue;
    }
    const equals = token.startsWith('--') ? token.indexOf('=') : -1;
    const written = equals > 0 ? token.slice(0, equals) : token;
    const name = ALIASES[written];
    if (name === undefined) {
      note('cli.usage.unknownOption', { option: written });
      continue;
    }
    if (options.has(name)) note('cli.usage.repeatedOption', { option: name });
    if (!TAKES_VALUE.has(name)) {
      if (equals > 0) note('cli.usage.noValueExpected', { option: name });
      options.set(name, true);
      continue;
    }
    let value: string | undefined;
    if (equals > 0) value = token.slice(equals + 1);
    else {
      const next = argv[i + 1];
      if (next !== undefined && (next === '-' || !next.startsWith('-'))) {
        value = next;
        i++;
      }
    }
    if (value === undefined || value === '') note('cli.usage.missingValue', { option: name });
    else options.set(name, value);
  }
  return { positionals, options, error };
}

export function parseArgs(argv: readonly string[]): ParseOutcome {
  const lang = findLang(argv);
  const fail = (
    key: MessageKey,
    params: Record<string, string | number>,
    command: CommandName | null,
  ): ParseOutcome => ({
    ok: false,
    error: { key, params, command },
    lang,
  });

  const { positionals, options, error } = scan(argv);
  const [commandWord, ...rest] = positionals;
  if (commandWord !== undefined && !isCommand(commandWord)) {
    return fail('cli.usage.unknownCommand', { command: commandWord }, null);
  }
  const command = commandWord ?? null;
  if (error !== null) return fail(error.key, error.params, command);

  if (options.has('--help'))
    return { ok: true, invocation: { kind: 'help', topic: command === 'help' ? null : command, lang } };
  if (options.has('--version')) return { ok: true, invocation: { kind: 'version' } };
  if (command === null) return fail('cli.usage.noCommand', {}, null);

  const langOption = options.get('--lang');
  if (langOption !== undefined && !isLang(langOption)) {
    return fail('cli.usage.badLang', { value: String(langOption) }, command);
  }

  for (const option of options.keys()) {
    if (option === '--lang') continue;
    if (!COMMAND_OPTIONS[command].has(option))
      return fail('cli.usage.optionNotForCommand', { option, command }, command);
  }

  const asOfValue = options.get('--as-of');
  const asOf = typeof asOfValue === 'string' ? asOfValue : null;
  if (asOf !== null && !isCalendarDate(asOf)) return fail('cli.usage.badAsOf', { value: asOf }, command);
  const json = options.get('--json') === true;

  if (command === 'help') {
    const [topic, ...extra] = rest;
    if (extra.length > 0) return fail('cli.usage.extraArgument', { value: extra[0]! }, command);
    if (topic === undefined) return { ok: true, invocation: { kind: 'help', topic: null, lang } };
    if (!isCommand(topic)) return fail('cli.usage.unknownCommand', { command: topic }, null);
    return { ok: true, invocation: { kind: 'help', topic, lang } };
  }

  const fromRef = options.get('--from');
  const toRef = options.get('--to');
  const versions = command === 'diff' && (fromRef !== undefined || toRef !== undefined);
  if (versions) {
    if (rest.length > 1) return fail('cli.usage.versionsOneFile', {}, command);
    if (typeof fromRef !== 'string') return fail('cli.usage.toWithoutFrom', {}, command);
  }

  const names = versions ? ['FILE'] : COMMAND_FILES[command];
  if (rest.length < names.length) return fail('cli.usage.missingFile', { name: names[rest.length]! }, command);
  if (rest.length > names.length && !VARIADIC.has(command)) {
    return fail('cli.usage.extraArgument', { value: rest[names.length]! }, command);
  }
  const emptyAt = rest.findIndex((file) => file === '');
  if (emptyAt >= 0) return fail('cli.usage.emptyFile', { name: names[Math.min(emptyAt, names.length - 1)]! }, command);

  const sinceValue = options.get('--since');
  const since = typeof sinceValue === 'string' ? sinceValue : null;
  if (since !== null && !isCalendarDate(since)) return fail('cli.usage.badSince', { value: since }, command);
  switch (command) {
    case 'pipeline': {
      return { ok: true, invocation: { kind: 'pipeline', paths: rest, json, asOf, since, lang } };
    }
    case 'export':
      return exportInvocation(rest, options, asOf, since, lang);
    case 'validate':
      return { ok: true, invocation: { kind: 'validate', file: rest[0]!, lang } };
    case 'analyze':
      return { ok: true, invocation: { kind: 'analyze', file: rest[0]!, json, asOf, lang } };
    case 'diff':
      if (versions) {
        const from = String(fromRef);
        const to = typeof toRef === 'string' ? toRef : 'current';
        return { ok: true, invocation: { kind: 'diffVersions', file: rest[0]!, from, to, json, asOf, lang } };
      }
      return { ok: true, invocation: { kind: 'diff', oldFile: rest[0]!, newFile: rest[1]!, json, asOf, lang } };
  }
}

/** The file extension of an output path, lower-cased, when it names a format. */
function formatOfPath(path: string): ExportFormat | null {
  const match = /\.([a-z0-9]+)$/i.exec(path);
  const ext = match?.[1]?.toLowerCase() ?? '';
  return isFormat(ext) ? ext : null;
}

/**
 * `export FILE [--format F] [-o OUT] …`: the format from --format, else from OUT's
 * extension; binary formats need a file to write (`-o -` means standard output).
 */
function exportInvocation(
  paths: readonly string[],
  options: ReadonlyMap<OptionName, string | true>,
  asOf: string | null,
  since: string | null,
  lang: Lang | null,
): ParseOutcome {
  const fail = (key: MessageKey, params: Record<string, string> = {}): ParseOutcome => ({
    ok: false,
    error: { key, params, command: 'export' },
    lang,
  });
  const written = options.get('--output');
  const output = typeof written === 'string' && written !== '-' ? written : null;
  const asked = options.get('--format');
  let format: ExportFormat | null;
  if (typeof asked === 'string') {
    const value = asked.toLowerCase();
    if (!isFormat(value)) return fail('cli.usage.badFormat', { value: asked });
    format = value;
  } else {
    format = output === null ? null : formatOfPath(output);
    if (format === null) return fail('cli.usage.missingFormat');
  }
  if (output === null && !TEXT_FORMATS.has(format)) return fail('cli.usage.binaryNeedsOutput', { format });
  const many = MANY_DEAL_FORMATS.has(format);
  if (!many && paths.length > 1) return fail('cli.usage.extraArgument', { value: paths[1]! });
  if (!many && since !== null)
    return fail('cli.usage.optionNotForCommand', { option: '--since', command: `export --format ${format}` });
  const font = options.get('--font');
  return {
    ok: true,
    invocation: {
      kind: 'export',
      file: paths[0]!,
      paths,
      since: many ? since : null,
      format,
      output,
      includePersonal: options.get('--include-personal') === true,
      anonymous: options.get('--anonymous') === true,
      font: typeof font === 'string' ? font : null,
      asOf,
      lang,
    },
  };
}
