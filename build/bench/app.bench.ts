/**
 * The app in headless Chromium, with the real IndexedDB: the time to persist one edit on a
 * 2,000-person deal (goal: under 50 ms), read from the `powermap:save` performance measure
 * the autosaver records around each write (the write of the changed rows and the summary,
 * with the summary's analysis).
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { serializeDocument } from '../../shared/document';
import { FIRST_RUN_DONE } from '../../renderer/services/firstRun';
import { CHROMIUM, VIEWPORT } from './canvas/run';
import type { Timing } from './measure';
import { syntheticMap } from './syntheticMap';

/** The preview server's port; BENCH_PORT chooses another when several checkouts run at once. */
const PORT = Number(process.env['BENCH_PORT'] ?? 4190);

/** The longest the imported map may take to show a card, and any other step of the benchmark. */
const OPEN_TIMEOUT_MS = 120_000;
const STEP_TIMEOUT_MS = 60_000;

function timing(name: string, samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { name, runs: sorted.length, median: at(0.5), p95: at(0.95), min: sorted[0] ?? NaN };
}

export async function appBenchmarks(people = 2000, edits = 30): Promise<Timing[]> {
  await build({ logLevel: 'warn' });
  const server = await preview({
    preview: { port: PORT, strictPort: true, host: '127.0.0.1' },
    logLevel: 'warn',
  }).catch((error: unknown) => {
    throw new Error(`cannot serve the app on port ${PORT} (in use? set BENCH_PORT)`, { cause: error });
  });
  const dir = await mkdtemp(join(tmpdir(), 'powermap-bench-'));
  const file = join(dir, `synthetic-${people}.powermap`);
  await writeFile(file, serializeDocument(syntheticMap(people)));
  const browser = await chromium.launch(CHROMIUM);
  try {
    // A user past the first run: no tour over the map being measured.
    const page = await browser.newPage({
      viewport: VIEWPORT,
      storageState: {
        cookies: [],
        origins: [{ origin: `http://127.0.0.1:${PORT}`, localStorage: [...FIRST_RUN_DONE] }],
      },
    });
    // A loaded machine is slow, not stuck: every wait is bounded and says what never happened.
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    await page.goto(`http://127.0.0.1:${PORT}/`);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.locator('.library-tools button').nth(1).click(),
    ]);
    await chooser.setFiles(file);
    // Cards far outside the view are kept as undrawn nodes: wait for a drawn one.
    await page
      .locator('.react-flow__node:not(.pm-far)')
      .first()
      .waitFor({ timeout: OPEN_TIMEOUT_MS })
      .catch((error: unknown) => {
        throw new Error(`the ${people}-person map showed no card within ${OPEN_TIMEOUT_MS / 1000} s`, { cause: error });
      });
    // Select one person in view (cards outside the view may be rendered too).
    const pane = (await page.locator('.react-flow').boundingBox())!;
    const target = await page
      .locator('.react-flow__node')
      .evaluateAll(
        (nodes, box) =>
          nodes
            .map((n) => n.getBoundingClientRect())
            .find(
              (r) => r.left > box.x && r.top > box.y && r.right < box.x + box.width && r.bottom < box.y + box.height,
            ),
        pane,
      );
    if (!target) throw new Error('no card in view');
    await page.mouse.click(target.left + target.width / 2, target.top + 12);
    const saves: number[] = [];
    for (let i = 0; i < edits; i++) {
      const before = await page.evaluate(() => performance.getEntriesByName('powermap:save').length);
      await page.keyboard.press(i % 2 === 0 ? '4' : '3');
      await page
        .waitForFunction((n) => performance.getEntriesByName('powermap:save').length > n, before)
        .catch((error: unknown) => {
          throw new Error(`edit ${i + 1} was not saved within ${STEP_TIMEOUT_MS / 1000} s`, { cause: error });
        });
      saves.push(await page.evaluate(() => performance.getEntriesByName('powermap:save').at(-1)!.duration));
    }
    return [timing(`persist one edit, ${people} people (Chromium IndexedDB)`, saves)];
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

export const APP_GOALS: Readonly<Record<string, number>> = {
  'persist one edit, 2000 people (Chromium IndexedDB)': 50,
};
