/** `powermap help [COMMAND]`, `--help` and `--version`. */
import packageJson from '../../package.json' with { type: 'json' };
import type { CommandName } from '../args';
import type { Context } from '../context';

const HELP = {
  validate: 'cli.help.validate',
  analyze: 'cli.help.analyze',
  diff: 'cli.help.diff',
  export: 'cli.help.export',
  pipeline: 'cli.help.pipeline',
  help: 'cli.help.help',
} as const;

export function help(topic: CommandName | null, ctx: Context): number {
  ctx.io.stdout(`${ctx.t(topic === null ? 'cli.help.main' : HELP[topic])}\n`);
  return 0;
}

export function version(ctx: Context): number {
  ctx.io.stdout(`${ctx.t('cli.version', { version: packageJson.version })}\n`);
  return 0;
}
