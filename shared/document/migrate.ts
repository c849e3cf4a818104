import { describeValue } from './json';
import { MIGRATIONS, type JsonObject, type Migration } from './migrations';
import { problem, type Problem } from './problems';
import { CURRENT_VERSION } from './schema';

export type MigrateResult =
  { ok: true; document: JsonObject; from: number; applied: readonly string[] } | { ok: false; problems: Problem[] };

/**
 * Brings a parsed JSON object up to `current`, one numbered step at a time. A version
 * newer than the reader's is refused: guessing would lose what the newer writer meant.
 */
export function migrate(
  raw: JsonObject,
  migrations: readonly Migration[] = MIGRATIONS,
  current: number = CURRENT_VERSION,
): MigrateResult {
  const version = raw['version'];
  if (version === undefined) return { ok: false, problems: [problem(['version'], 'missing_version')] };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problems: [problem(['version'], 'bad_version', { received: describeValue(version) })] };
  }
  if (version > current) {
    return { ok: false, problems: [problem(['version'], 'future_version', { version, current })] };
  }
  let document = raw;
  const applied: string[] = [];
  for (let from = version; from < current; from++) {
    const step = migrations.find((m) => m.from === from);
    if (!step) {
      const oldest = Math.min(current, ...migrations.map((m) => m.from));
      return { ok: false, problems: [problem(['version'], 'old_version', { version, oldest })] };
    }
    try {
      document = { ...step.up(document), version: from + 1 };
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        problems: [problem([], 'migration_failed', { name: step.name, from, to: from + 1, detail })],
      };
    }
    applied.push(step.name);
  }
  return { ok: true, document, from: version, applied };
}
