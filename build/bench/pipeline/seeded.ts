/**
 * The browser the pipeline view's benchmarks load their page in: one Chromium profile of its
 * own on the disk (a persistent context, so the app's IndexedDB is stored as in the app, not
 * in memory as in an off-the-record context), kept for every load of the run, and removed
 * after. `seedOrigin` runs the setup page (renderer/pipeline/bench/seed.ts) once per served
 * origin: each origin has its own databases, so two builds compared on two ports are each
 * seeded. PIPELINE_BENCH_PROFILE names a profile folder to keep between runs instead (the
 * setup then finds its deals stored and only checks them).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { CHROMIUM, VIEWPORT } from '../canvas/run';

/** The deals the view's goals are set for (issue 12). */
export const BENCH_DEALS = 5000;
/** Storing 5,000 deals and summing each up takes a while on a loaded machine; it is not measured. */
const SEED_TIMEOUT_MS = 15 * 60_000;

export interface BenchBrowser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

export async function openBenchBrowser(): Promise<BenchBrowser> {
  const kept = process.env['PIPELINE_BENCH_PROFILE'];
  const profile = kept ?? (await mkdtemp(join(tmpdir(), 'powermap-pipeline-bench-')));
  const context = await chromium.launchPersistentContext(profile, { ...CHROMIUM, viewport: VIEWPORT });
  return {
    context,
    async close() {
      await context.close();
      if (kept === undefined) await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Stores `deals` deals and their summaries in the databases of `origin` (`http://host:port`) through the app's code. */
export async function seedOrigin(context: BrowserContext, origin: string, deals = BENCH_DEALS): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/seed.html?deals=${deals}`);
    await page.waitForFunction('window.__SEEDED__ !== undefined || window.__SEED_FAILED__ !== undefined', undefined, {
      timeout: SEED_TIMEOUT_MS,
      polling: 500,
    });
    const failed = await page.evaluate<string | undefined>('window.__SEED_FAILED__');
    if (failed !== undefined) throw new Error(`the pipeline bench's setup failed at ${origin}: ${failed}`);
    const rows = await page.evaluate<number>('window.__SEEDED__');
    if (rows !== deals) throw new Error(`the pipeline bench's setup at ${origin} read ${rows} rows of ${deals} deals`);
  } finally {
    await page.close();
  }
}
