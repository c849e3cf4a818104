/**
 * Builds the desktop shell: electron/main.ts and electron/preload.ts into
 * dist/electron/main.cjs and dist/electron/preload.cjs, CommonJS, with shared/ and zod
 * bundled in and only `electron` and Node's built-ins left as imports. The preload must be
 * a single file: a sandboxed preload can require nothing but `electron` (and a few
 * built-ins it does not need), so the build fails if it requires anything else.
 *
 *   npx tsx build/electron.build.ts            # build once
 *   npx tsx build/electron.build.ts --watch    # rebuild on change
 */
import { readFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, context, type BuildOptions } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Where the shell is built, relative to the project root (electron-builder.yml packs it from here). */
export const ELECTRON_OUT_DIR = 'dist/electron';
export const ELECTRON_OUTPUTS = { main: 'main.cjs', preload: 'preload.cjs' } as const;
/** The syntax level: Electron 45 runs Node 22 or newer, so nothing is lowered in practice. */
const TARGET = 'node22';

function options(outDir: string, entry: keyof typeof ELECTRON_OUTPUTS): BuildOptions {
  return {
    absWorkingDir: ROOT,
    entryPoints: [`electron/${entry}.ts`],
    outfile: path.join(outDir, ELECTRON_OUTPUTS[entry]),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: TARGET,
    external: ['electron'],
    sourcemap: 'linked',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
  };
}

const BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** The modules a CommonJS bundle still requires at run time. */
export function requiredModules(code: string): string[] {
  return [...new Set([...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!))].sort();
}

/** Throws unless the bundles require only what they may: the preload `electron` alone, main also Node built-ins. */
export async function checkBundles(outDir: string): Promise<void> {
  const problems: string[] = [];
  const preload = requiredModules(await readFile(path.join(outDir, ELECTRON_OUTPUTS.preload), 'utf8'));
  for (const name of preload) {
    if (name !== 'electron')
      problems.push(`preload.cjs requires '${name}': a sandboxed preload can only require 'electron'`);
  }
  const main = requiredModules(await readFile(path.join(outDir, ELECTRON_OUTPUTS.main), 'utf8'));
  for (const name of main) {
    if (name !== 'electron' && !BUILTINS.has(name)) problems.push(`main.cjs requires '${name}', which is not bundled`);
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

/** Builds both bundles into `outDir` (absolute, or relative to the project root) and checks them. */
export async function buildElectron(outDir: string = ELECTRON_OUT_DIR): Promise<void> {
  const absolute = path.resolve(ROOT, outDir);
  await Promise.all([build(options(absolute, 'main')), build(options(absolute, 'preload'))]);
  await checkBundles(absolute);
}

async function watch(): Promise<void> {
  const absolute = path.resolve(ROOT, ELECTRON_OUT_DIR);
  for (const entry of ['main', 'preload'] as const) {
    const ctx = await context({ ...options(absolute, entry), logLevel: 'info' });
    await ctx.watch();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const run = process.argv.includes('--watch') ? watch() : buildElectron();
  run.then(
    () => {
      if (!process.argv.includes('--watch')) console.log(`Built ${ELECTRON_OUT_DIR}/main.cjs and preload.cjs`);
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
