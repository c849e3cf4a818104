/**
 * The canvas benchmark (PRODUCT.md section 6): our MapCanvas against a plain React Flow
 * page with the same 1,000 people and lines, in one run of headless Chromium at 1280x800;
 * and, in the same run, the compare view's map (issue 4: marks and ghosts on two versions
 * of that map differing in about a tenth of the people and lines, compareSample.ts).
 *
 *   npx tsx build/bench/canvas/run.ts [--runs 5] [--people 1000] [--screenshots]
 *
 * For each page, each run loads it in a fresh browser context and measures:
 *   open  - ms from navigation start to "fully drawn" (defined once, for both pages, in
 *           renderer/canvas/bench/probe.ts: the view fitted, every node in view rendered
 *           and shown, every line between them drawn, then two animation frames painted);
 *   pan   - requestAnimationFrame intervals while page.mouse drags the empty pane for ~2 s;
 *   drag  - the same while dragging the node nearest the middle of the view (not on the
 *           compare view, whose map is read-only).
 * Runs alternate between the pages; rows report the median over runs (for frame times: the
 * median of each run's mean, and in the p95 column the median of each run's p95).
 *
 * `canvasBenchmarks()` returns the rows in build/bench/measure.ts's Timing shape, so
 * `npm run bench` can print them with `report(rows, canvasGoals(rows))`.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'vite';
import { COMPARE_MEASURE } from '../../../renderer/canvas/bench/probe';
import type { Timing } from '../measure';

const here = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../../../dist/bench-canvas/', import.meta.url));

export const VIEWPORT = { width: 1280, height: 800 } as const;
export const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
};

/** The frame budget at 60 Hz: panning and dragging must average under it. */
export const FRAME_BUDGET_MS = 16.7;

export interface CanvasBenchOptions {
  /** Repetitions per page (3 to 5 is plenty). */
  readonly runs?: number;
  readonly people?: number;
  /** Log each run as it finishes. */
  readonly verbose?: boolean;
}

export interface PageRun {
  readonly open: number;
  readonly nodesInView: number;
  readonly pan: FrameStats;
  /** Null on a page whose cards cannot be dragged. */
  readonly drag: FrameStats | null;
  /** On the compare view: ms spent computing the comparison (diff, marks, ghosts), part of `open`. */
  readonly compare?: number;
}

export interface FrameStats {
  readonly frames: number;
  readonly mean: number;
  readonly p95: number;
}

type PageName = 'ours' | 'plain' | 'compare';
const PAGES: readonly PageName[] = ['ours', 'plain', 'compare'];
const LABEL: Readonly<Record<PageName, string>> = {
  ours: 'ours',
  plain: 'plain React Flow',
  compare: 'ours, compare view',
};
/** Pages whose cards can be dragged. */
const DRAGGABLE: ReadonlySet<PageName> = new Set(['ours', 'plain']);

export const ROW = {
  open: (page: PageName) => `canvas open, ms to fully drawn (${LABEL[page]})`,
  pan: (page: PageName) => `canvas pan, mean frame ms (${LABEL[page]})`,
  drag: (page: PageName) => `canvas drag node, mean frame ms (${LABEL[page]})`,
  compare: 'compare view: diff and marks on open, ms (part of its open)',
};

/** Builds the pages, measures both, returns Timing rows (see the file comment). */
export async function canvasBenchmarks(options: CanvasBenchOptions = {}): Promise<Timing[]> {
  const runs = await measureCanvas(options);
  return toRows(runs);
}

/** The goals per row: frames under budget for ours, and opening no slower than the plain page. */
export function canvasGoals(rows: readonly Timing[]): Record<string, number> {
  const plainOpen = rows.find((row) => row.name === ROW.open('plain'))?.median;
  return {
    ...(plainOpen === undefined ? {} : { [ROW.open('ours')]: plainOpen }),
    [ROW.pan('ours')]: FRAME_BUDGET_MS,
    [ROW.drag('ours')]: FRAME_BUDGET_MS,
    [ROW.pan('compare')]: FRAME_BUDGET_MS,
    ...(plainOpen === undefined ? {} : { [ROW.open('compare')]: plainOpen }),
  };
}

/** "ours / plain", "compare / ours" and "compare / plain" for each measure, as text lines. */
export function canvasRatios(rows: readonly Timing[]): string {
  const lines: string[] = [];
  const pairs = [
    ['ours', 'plain'],
    ['compare', 'ours'],
    ['compare', 'plain'],
  ] as const;
  for (const [a, b] of pairs) {
    for (const measure of ['open', 'pan', 'drag'] as const) {
      const top = rows.find((row) => row.name === ROW[measure](a));
      const bottom = rows.find((row) => row.name === ROW[measure](b));
      if (!top || !bottom) continue;
      lines.push(
        `canvas ${measure.padEnd(4)} ${a} / ${b}: median ${(top.median / bottom.median).toFixed(2)}   p95 ${(top.p95 / bottom.p95).toFixed(2)}`,
      );
    }
  }
  return lines.join('\n');
}

export async function measureCanvas(options: CanvasBenchOptions = {}): Promise<Record<PageName, PageRun[]>> {
  const runs = options.runs ?? 5;
  const people = options.people ?? 1000;
  await buildPages();
  const server = await serve(outDir);
  const browser = await chromium.launch(CHROMIUM);
  const results: Record<PageName, PageRun[]> = { ours: [], plain: [], compare: [] };
  try {
    for (let run = 0; run < runs; run++) {
      // Rotate which page goes first, so none always runs on a warmer machine.
      const order = PAGES.map((_, i) => PAGES[(i + run) % PAGES.length]!);
      for (const name of order) {
        const result = await measurePage(browser, `${server.url}/${name}.html?people=${people}`, DRAGGABLE.has(name));
        results[name].push(result);
        if (options.verbose) {
          const { drag } = result;
          console.log(
            `  run ${run + 1} ${name.padEnd(7)} open ${result.open.toFixed(0).padStart(5)} ms (${result.nodesInView} in view)` +
              `   pan ${result.pan.mean.toFixed(1)} ms (p95 ${result.pan.p95.toFixed(1)}, ${result.pan.frames} frames)` +
              (result.compare === undefined ? '' : `   (comparison ${result.compare.toFixed(0)} ms)`) +
              (drag ? `   drag ${drag.mean.toFixed(1)} ms (p95 ${drag.p95.toFixed(1)}, ${drag.frames} frames)` : ''),
          );
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}

export async function buildPages(): Promise<void> {
  await build({ configFile: join(here, 'vite.config.ts'), logLevel: 'warn' });
}

async function measurePage(browser: Browser, url: string, draggable: boolean): Promise<PageRun> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, colorScheme: 'light' });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction('window.__canvasBench?.drawnAt != null', undefined, { timeout: 120_000, polling: 50 });
    const open = await page.evaluate<number>('window.__canvasBench.drawnAt');
    const nodesInView = await page.evaluate<number>('window.__canvasBench.drawnNodes');
    const compare = await page.evaluate<number | null>(
      `performance.getEntriesByName(${JSON.stringify(COMPARE_MEASURE)})[0]?.duration ?? null`,
    );
    await page.waitForTimeout(500);

    const pane = await page.evaluate<Point | null>('window.__canvasBench.emptyPanePoint()');
    if (!pane) throw new Error(`${url}: found no empty spot on the pane to pan from`);
    const pan = await gesture(page, pane, { x: -4, y: -2 });
    await page.waitForTimeout(300);
    if (!draggable) return { open, nodesInView, pan, drag: null, ...(compare === null ? {} : { compare }) };

    const node = await page.evaluate<Point | null>('window.__canvasBench.middleNode()');
    if (!node) throw new Error(`${url}: found no node to drag`);
    const drag = await gesture(page, node, { x: 3, y: 2 });
    return { open, nodesInView, pan, drag };
  } finally {
    await context.close();
  }
}

interface Point {
  readonly x: number;
  readonly y: number;
}

/** Presses at `from`, moves by `step` 120 times about every 16 ms (~2 s), releases; frame stats. */
async function gesture(page: Page, from: Point, step: Point, steps = 120, interval = 16): Promise<FrameStats> {
  await page.mouse.move(from.x, from.y);
  await page.evaluate('window.__canvasBench.startFrames()');
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(from.x + step.x * i, from.y + step.y * i);
    await sleep(interval);
  }
  await page.mouse.up();
  await sleep(100);
  const frames = await page.evaluate<number[]>('window.__canvasBench.stopFrames()');
  return frameStats(frames);
}

export function frameStats(intervals: readonly number[]): FrameStats {
  if (intervals.length === 0) return { frames: 0, mean: NaN, p95: NaN };
  const sorted = [...intervals].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, value) => sum + value, 0) / sorted.length;
  return { frames: sorted.length, mean, p95: quantile(sorted, 0.95) };
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function median(values: readonly number[]): number {
  return quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}

function timing(name: string, values: readonly number[], p95s: readonly number[] = values): Timing {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    name,
    runs: values.length,
    median: median(values),
    p95: p95s === values ? quantile(sorted, 0.95) : median(p95s),
    min: sorted[0]!,
  };
}

function toRows(results: Record<PageName, PageRun[]>): Timing[] {
  const rows: Timing[] = [];
  for (const name of PAGES) {
    const runs = results[name];
    rows.push(
      timing(
        ROW.open(name),
        runs.map((run) => run.open),
      ),
    );
    rows.push(
      timing(
        ROW.pan(name),
        runs.map((run) => run.pan.mean),
        runs.map((run) => run.pan.p95),
      ),
    );
    const compares = runs.flatMap((run) => (run.compare === undefined ? [] : [run.compare]));
    if (compares.length > 0) rows.push(timing(ROW.compare, compares));
    const drags = runs.flatMap((run) => (run.drag ? [run.drag] : []));
    if (drags.length === 0) continue;
    rows.push(
      timing(
        ROW.drag(name),
        drags.map((drag) => drag.mean),
        drags.map((drag) => drag.p95),
      ),
    );
  }
  return rows;
}

/** Screenshots of the sample map: light and dark (English) and light (Chinese). */
export async function canvasScreenshots(dir = '/tmp'): Promise<string[]> {
  await buildPages();
  const server = await serve(outDir);
  const browser = await chromium.launch(CHROMIUM);
  const written: string[] = [];
  try {
    const shots = [
      { file: 'canvas-light.png', scheme: 'light', lang: 'en', legend: true },
      { file: 'canvas-dark.png', scheme: 'dark', lang: 'en', legend: true },
      { file: 'canvas-zh.png', scheme: 'light', lang: 'zh-CN', legend: false },
      { file: 'canvas-zh-dark.png', scheme: 'dark', lang: 'zh-CN', legend: true },
    ] as const;
    for (const shot of shots) {
      const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, colorScheme: shot.scheme });
      try {
        const page = await context.newPage();
        await page.goto(`${server.url}/sample.html?lang=${shot.lang}`);
        await page.waitForSelector('.react-flow__node');
        if (shot.legend) await page.click('.pm-legend > summary');
        await page.waitForTimeout(400);
        const file = join(dir, shot.file);
        await page.screenshot({ path: file });
        written.push(file);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return written;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** A tiny static server for the built pages, on 127.0.0.1 and a free port. */
async function serve(root: string): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(root, path === '/' ? 'ours.html' : path));
    if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
      },
      () => {
        response.writeHead(404).end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the benchmark server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<void> {
  if (process.argv.includes('--screenshots')) {
    for (const file of await canvasScreenshots()) console.log(`wrote ${file}`);
    return;
  }
  const runs = Number(option('--runs') ?? 5);
  const people = Number(option('--people') ?? 1000);
  const { report } = await import('../measure');
  console.log(
    `Canvas: ${people} people, headless Chromium ${VIEWPORT.width}x${VIEWPORT.height}, ${runs} runs per page\n`,
  );
  const rows = toRows(await measureCanvas({ runs, people, verbose: true }));
  console.log('');
  report(rows, canvasGoals(rows));
  console.log(`\n${canvasRatios(rows)}`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
