/**
 * The pipeline view in headless Chromium at 1280x800 (issue 12): 5,000 deals
 * (build/bench/pipeline/syntheticDeals.ts) stored in the app's IndexedDB by a setup page, not
 * measured, through the app's own code (renderer/pipeline/bench/seed.ts: the library's lines,
 * the deals' Y.Docs, the summary cache filled by the pipeline source), then read back by the
 * benchmark page as the app reads them when it starts on the pipeline (board.tsx).
 *   first drawn - ms from navigation start to the first rows drawn and two frames painted,
 *                 the IndexedDB read included (goal: under 1 s), one fresh page per run
 *                 (the bundle fetched again: served `no-store`);
 *   scroll      - requestAnimationFrame intervals while the table scrolls 120 px a frame
 *                 for about 2 s, redrawing the rows in view each frame (goal: under 16.7 ms).
 * Every wait is bounded: a loaded machine is slow, not stuck.
 *
 * --phases prints the median moment of each step of the first draw (build/bench/pipeline/phases.ts).
 *
 *   npx tsx build/bench/pipelineView.bench.ts [--screenshots DIR] [--phases] [--runs 5]
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import type { BrowserContext, Page } from '@playwright/test';
import type { Timing } from './measure';
import { FRAME_BUDGET_MS } from './canvas/run';
import { describePhases, pagePhases, type Phase } from './pipeline/phases';
import { BENCH_DEALS, openBenchBrowser, seedOrigin } from './pipeline/seeded';

const here = fileURLToPath(new URL('.', import.meta.url));
const CONFIG = join(here, 'pipeline', 'vite.config.ts');
/** The preview server's port; BENCH_PORT chooses another when several checkouts run at once. */
const PORT = Number(process.env['BENCH_PORT'] ?? 4190);
const STEP_TIMEOUT_MS = 60_000;
const DEALS = BENCH_DEALS;
const SCROLL_MS = 2000;

export const FIRST_DRAWN = `pipeline view, ${DEALS} deals: first drawn (Chromium)`;
export const SCROLL_FRAME = `pipeline view, ${DEALS} deals: scroll frame (Chromium)`;
export const PIPELINE_VIEW_GOALS: Readonly<Record<string, number>> = {
  [FIRST_DRAWN]: 1000,
  [SCROLL_FRAME]: FRAME_BUDGET_MS,
};

function timing(name: string, samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { name, runs: sorted.length, median: at(0.5), p95: at(0.95), min: sorted[0] ?? NaN };
}

async function openBoard(context: BrowserContext, query = '', dark = false): Promise<Page> {
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  await page.goto(`http://127.0.0.1:${PORT}/index.html${query}`);
  await page.waitForFunction('window.__PIPELINE_DRAWN__ !== undefined').catch((error: unknown) => {
    throw new Error(`the pipeline of ${DEALS} deals drew no row within ${STEP_TIMEOUT_MS / 1000} s`, {
      cause: error,
    });
  });
  // The first screen is drawn before every row is read: the scroll and the screenshots are of all of them.
  await page.waitForFunction('window.__PIPELINE_COMPLETE__ !== undefined');
  return page;
}

/**
 * Scrolls the table a fixed step each frame and returns the frame intervals. The page's
 * code is a string: tsx would wrap a named function in a helper the page does not have.
 */
export const SCROLL_SCRIPT = `new Promise((resolve) => {
  const body = document.querySelector('.pl-body');
  const intervals = [];
  let last = performance.now();
  const end = last + ${SCROLL_MS};
  const step = (now) => {
    intervals.push(now - last);
    last = now;
    body.scrollTop += 120;
    if (now < end) requestAnimationFrame(step);
    else resolve(intervals.slice(1));
  };
  requestAnimationFrame(step);
})`;

function scrollFrames(page: Page): Promise<number[]> {
  return page.evaluate<number[]>(SCROLL_SCRIPT);
}

export async function pipelineViewBenchmarks(
  runs = 5,
  screenshots?: string,
  onPhases?: (loads: readonly Partial<Record<Phase, number>>[]) => void,
): Promise<Timing[]> {
  await build({ configFile: CONFIG, logLevel: 'warn' });
  const server = await preview({
    configFile: CONFIG,
    preview: { port: PORT, strictPort: true, host: '127.0.0.1' },
    logLevel: 'warn',
  }).catch((error: unknown) => {
    throw new Error(`cannot serve the pipeline bench on port ${PORT} (in use? set BENCH_PORT)`, { cause: error });
  });
  const browser = await openBenchBrowser();
  try {
    await seedOrigin(browser.context, `http://127.0.0.1:${PORT}`);
    const drawn: number[] = [];
    const frames: number[] = [];
    const phases: Partial<Record<Phase, number>>[] = [];
    for (let run = 0; run < runs; run++) {
      const page = await openBoard(browser.context);
      drawn.push(await page.evaluate<number>('window.__PIPELINE_DRAWN__'));
      phases.push(await pagePhases(page));
      frames.push(...(await scrollFrames(page)));
      await page.close();
    }
    onPhases?.(phases);
    if (screenshots) await shoot(browser.context, screenshots);
    return [timing(FIRST_DRAWN, drawn), timing(SCROLL_FRAME, frames)];
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

/** The board in English, Chinese and the dark theme, for looking at. */
async function shoot(context: BrowserContext, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [name, query, dark] of [
    ['pipeline-en', '', false],
    ['pipeline-zh-CN', '?lang=zh-CN', false],
    ['pipeline-en-dark', '', true],
  ] as const) {
    const page = await openBoard(context, query, dark);
    await page.locator('.pl-grid').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.screenshot({ path: join(dir, `${name}.png`) });
    await page.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const at = process.argv.indexOf('--screenshots');
  const dir = at > 0 ? process.argv[at + 1] : undefined;
  const { report } = await import('./measure');
  const phases = process.argv.includes('--phases')
    ? (loads: readonly Partial<Record<Phase, number>>[]) =>
        console.log(`first draw, median moment of each step (ms since navigation):\n${describePhases(loads)}`)
    : undefined;
  const runs = process.argv.indexOf('--runs');
  report(await pipelineViewBenchmarks(runs > 0 ? Number(process.argv[runs + 1]) : 5, dir, phases), PIPELINE_VIEW_GOALS);
}
