/**
 * Builds the command line: cli/entry.ts into dist/cli/powermap.mjs, ES modules for Node,
 * with shared/, zod and fflate bundled in. The export command is a chunk of its own, loaded
 * only when `powermap export` runs, and the PDF and PNG libraries (pdfkit, fontkit, resvg)
 * stay outside the bundle, imported from node_modules by that chunk alone, so `analyze`,
 * `diff` and `validate` start without them.
 *
 *   npx tsx build/cli.build.ts            # build once (npm run build:cli; npm ci runs it)
 *   npx tsx build/cli.build.ts --watch    # rebuild on change
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, context, type BuildOptions } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Where the command line is built, relative to the project root (bin/powermap.mjs loads it from here). */
export const CLI_OUT_DIR = 'dist/cli';
export const CLI_ENTRY_FILE = 'powermap.mjs';
/** Loaded by the export chunk only: large, and resvg is a native addon. */
export const CLI_LAZY_PACKAGES = ['pdfkit', 'fontkit', '@resvg/resvg-js'] as const;

export function cliBuildOptions(outDir = path.join(ROOT, CLI_OUT_DIR)): BuildOptions {
  return {
    absWorkingDir: ROOT,
    entryPoints: { powermap: 'cli/entry.ts' },
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: [...CLI_LAZY_PACKAGES],
    minify: true,
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true,
  };
}

async function main(): Promise<void> {
  if (process.argv.includes('--watch')) {
    const ctx = await context(cliBuildOptions());
    await ctx.watch();
    console.log(`watching cli/ and shared/, writing ${CLI_OUT_DIR}/`);
    return;
  }
  // Chunk names carry a hash: clear the old ones so the folder holds exactly one build.
  await rm(path.join(ROOT, CLI_OUT_DIR), { recursive: true, force: true });
  await build(cliBuildOptions());
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
