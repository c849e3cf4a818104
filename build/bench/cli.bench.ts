/**
 * Start-up of the shipped command line: `powermap analyze` of the course example, as a
 * user starts it (node bin/powermap.mjs, which loads dist/cli), against an empty
 * `node -e ""` on the same machine in the same run. The two are interleaved so a busy
 * moment slows both alike. Goal: under 300 ms.
 *
 *   npx tsx build/bench/cli.bench.ts
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { cliBuildOptions } from '../cli.build';
import { report, type Timing } from './measure';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = path.join(ROOT, 'bin', 'powermap.mjs');
const SEED = path.join(ROOT, 'test', 'fixtures', 'seed-shortlisting.powermap.json');

function timeRun(args: readonly string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  const elapsed = performance.now() - start;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return elapsed;
}

function timing(name: string, samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { name, runs: sorted.length, median: at(0.5), p95: at(0.95), min: sorted[0]! };
}

export async function cliBenchmarks(runs = 20): Promise<Timing[]> {
  await build(cliBuildOptions());
  const analyze = ['analyze', SEED, '--as-of', '2026-11-26'];
  timeRun([BIN, ...analyze]); // warm the file cache
  const cli: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < runs; i++) {
    cli.push(timeRun([BIN, ...analyze]));
    bare.push(timeRun(['-e', '']));
  }
  return [timing('powermap analyze (course example)', cli), timing('node -e "" (the floor)', bare)];
}

export function cliRatio([cli, bare]: readonly Timing[]): string {
  return `powermap analyze takes ${(cli!.median / bare!.median).toFixed(2)}x an empty node start (${(cli!.median - bare!.median).toFixed(0)} ms more, median)`;
}

export const CLI_GOALS: Readonly<Record<string, number>> = { 'powermap analyze (course example)': 300 };

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const timings = await cliBenchmarks();
  report(timings, CLI_GOALS);
  console.log(cliRatio(timings));
}
