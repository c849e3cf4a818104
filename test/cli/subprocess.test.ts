/** A few real runs of the executable, as a user or a script would start it. */
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliBuildOptions } from '../../build/cli.build';
import { REPO_ROOT, SEED_FIXTURE, fixturePath } from '../support/fixtures';
import { expectNoStackTrace, tempDir } from './helpers';

const BIN = fixturePath('../../bin/powermap.mjs');
const SEED = fixturePath(SEED_FIXTURE);
const temp = tempDir();
afterAll(() => temp.cleanup());
// The executable runs the built command line: build it from the sources under test first.
beforeAll(async () => {
  await build(cliBuildOptions());
});

function powermap(args: readonly string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', LANG: 'en_US.UTF-8', ...env },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('node bin/powermap.mjs', () => {
  it('validates the seed example: exit 0 and a "valid" line', () => {
    const result = powermap(['validate', SEED]);
    expect(result).toEqual({ code: 0, stdout: `${SEED}: valid Powermap document.\n`, stderr: '' });
  });

  it('prints analyze --json as one JSON object', () => {
    const result = powermap(['analyze', SEED, '--json', '--as-of', '2026-12-01', '--lang', 'zh-CN']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const json = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['winLikelihood', 'explanation', 'gaps', 'salesStep', 'position']);
  });

  it('exits 2 for an unknown command, with a hint and no stack trace', () => {
    const result = powermap(['import', SEED, '--format', 'svg']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'powermap: unknown command "import" (commands: validate, analyze, diff, export, help).\nRun "powermap --help" for usage.\n',
    );
  });

  it('exits 2 for a bad --as-of', () => {
    const result = powermap(['analyze', SEED, '--as-of', '2026-13-01']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('got "2026-13-01"');
  });

  it('exits 1 for bad input, with no stack trace', () => {
    const file = temp.write('deep.powermap', '['.repeat(100_000));
    const result = powermap(['analyze', file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expectNoStackTrace(result.stderr);
    expect(result.stderr.startsWith(`${file}: `)).toBe(true);
    expect(result.stderr).toContain('64');
  });

  it('uses no colour when stdout is not a terminal', () => {
    const result = powermap(['analyze', SEED], { FORCE_COLOR: '1' });
    expect(result.code).toBe(0);
    // eslint-disable-next-line no-control-regex -- looking for ANSI escape sequences
    expect(result.stdout).not.toMatch(/\u001b\[/);
  });

  it('takes Chinese from LANG', () => {
    expect(powermap(['--help'], { LANG: 'zh_CN.UTF-8' }).stdout).toMatch(/^用法: powermap/);
  });
});
