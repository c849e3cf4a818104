/**
 * The command line ships built (build/cli.build.ts): one ES module for Node with the
 * export command in a chunk of its own, so `analyze`, `diff` and `validate` never load the
 * PDF and PNG libraries or the deck writer.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_LAZY_PACKAGES, cliBuildOptions } from '../../build/cli.build';
import { REPO_ROOT, SEED_FIXTURE, fixturePath } from '../support/fixtures';

const outDir = mkdtempSync(join(tmpdir(), 'powermap-cli-build-'));
let metafile: Metafile;
afterAll(() => rmSync(outDir, { recursive: true, force: true }));
beforeAll(async () => {
  const result = await build({ ...cliBuildOptions(outDir), sourcemap: false });
  metafile = result.metafile!;
});

/** Output files keyed by their path relative to the build folder. */
function outputs(): Map<string, Metafile['outputs'][string]> {
  return new Map(
    Object.entries(metafile.outputs).map(([file, output]) => [relative(outDir, join(REPO_ROOT, file)), output]),
  );
}

/** Everything `powermap.mjs` loads before any dynamic import: chunks, packages and source files. */
function loadedAtStart(): { files: Set<string>; packages: Set<string>; inputs: Set<string> } {
  const all = outputs();
  const files = new Set<string>();
  const packages = new Set<string>();
  const inputs = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const output = all.get(file);
    if (!output) throw new Error(`no output ${file}`);
    for (const input of Object.keys(output.inputs)) inputs.add(input);
    for (const imported of output.imports) {
      if (imported.kind !== 'import-statement') continue;
      if (imported.external) packages.add(imported.path);
      else visit(relative(outDir, join(REPO_ROOT, imported.path)));
    }
  };
  visit('powermap.mjs');
  return { files, packages, inputs };
}

describe('the built command line', () => {
  it('loads no PDF, PNG or deck code at start', () => {
    const start = loadedAtStart();
    for (const name of CLI_LAZY_PACKAGES) expect(start.packages).not.toContain(name);
    const heavy = [...start.inputs].filter((input) =>
      /cli\/export\/|shared\/export\/deck\/|node_modules\/fflate/.test(input),
    );
    expect(heavy).toEqual([]);
    // zod is imported as a namespace so its unused parts (every locale but English) are dropped.
    expect([...start.inputs].filter((input) => input.includes('zod/v4/locales/'))).toEqual([
      'node_modules/zod/v4/locales/en.js',
    ]);
    // The analysis and the document reader are there: the chunks really hold the program.
    expect([...start.inputs]).toContain('shared/analysis/analyze.ts');
  });

  it('keeps the PDF and PNG libraries for the export command, outside the bundle', () => {
    const externals = Object.values(metafile.outputs).flatMap((output) =>
      output.imports.filter((imported) => imported.external).map((imported) => imported.path),
    );
    // fontkit is required at run time by cli/export/fonts.ts, so esbuild never sees it as an import.
    expect(externals).toEqual(expect.arrayContaining(['pdfkit', '@resvg/resvg-js']));
    const bundledInputs = Object.keys(metafile.inputs);
    for (const name of CLI_LAZY_PACKAGES) {
      expect(bundledInputs.filter((input) => input.includes(`node_modules/${name}/`))).toEqual([]);
    }
  });

  it('runs analyze from the built file alone', () => {
    const result = spawnSync(
      process.execPath,
      [join(outDir, 'powermap.mjs'), 'analyze', fixturePath(SEED_FIXTURE), '--json', '--as-of', '2026-11-26'],
      { encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', LANG: 'en_US.UTF-8' }, timeout: 60_000 },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ winLikelihood: expect.any(Number) as unknown });
  });
});
