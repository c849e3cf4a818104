/** `powermap validate FILE`: exit 0 and one line when valid, else exit 1 and every problem. */
import { CURRENT_VERSION } from '../../shared/document';
import type { Context } from '../context';
import { terminalSafe } from '../format/text';
import { loadDocument } from '../loadDocument';

export async function validate(file: string, ctx: Context): Promise<number> {
  const loaded = await loadDocument(file, ctx);
  if (loaded === null) return 1;
  const line =
    loaded.migratedFrom < CURRENT_VERSION
      ? ctx.t('cli.validate.validMigrated', { file, from: loaded.migratedFrom, current: CURRENT_VERSION })
      : ctx.t('cli.validate.valid', { file });
  ctx.io.stdout(`${terminalSafe(line)}\n`);
  return 0;
}
