/** A few real runs of the executable, as a user or a script would start it. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliBuildOptions } from '../../build/cli.build';
import { REPO_ROOT, SEED_FIXTURE, fixturePath } from '../support/fixtures';
import { greenDeal, redDeal } from '../support/pipelineDeals';
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

  it('prints the pipeline of a folder, and its --json, from the built command line', () => {
    const folder = join(temp.dir, 'pipeline');
    mkdirSync(folder);
    writeFileSync(join(folder, 'green.powermap'), JSON.stringify(greenDeal()));
    writeFileSync(join(folder, 'red.powermap'), JSON.stringify(redDeal()));
    const text = powermap(['pipeline', folder, '--as-of', '2026-11-26', '--since', '2026-11-12']);
    expect(text).toMatchObject({ code: 0, stderr: '' });
    expect(text.stdout).toContain('Open deals (2)');
    expect(text.stdout).toContain('USD: 1 deal, value US$800,000, weighted US$640,000');
    const json = powermap(['pipeline', folder, '--json', '--as-of', '2026-11-26']);
    expect(json.code).toBe(0);
    const rows = (JSON.parse(json.stdout) as { rows: { dealId: string; status: string }[] }).rows;
    expect(rows.map((row) => [row.dealId, row.status])).toEqual([
      ['d-red', 'red'],
      ['d-green', 'green'],
    ]);
  });

  it('exits 2 for an unknown command, with a hint and no stack trace', () => {
    const result = powermap(['import', SEED, '--format', 'svg']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'powermap: unknown command "import" (commands: validate, analyze, diff, export, pipeline, help).\nRun "powermap --help" for usage.\n',
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
