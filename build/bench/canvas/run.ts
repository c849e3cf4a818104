/**
 * The canvas benchmark (PRODUCT.md section 6, issue 9 §4): our MapCanvas against a plain
 * React Flow page with the same people and lines, at 1,000 and 3,000 people, in one run of
 * headless Chromium at 1280x800; and, in the same run, the compare view's map (issue 4:
 * marks and ghosts on two versions of the 1,000-person map differing in about a tenth of
 * the people and lines, compareSample.ts).
 *
 *   npx tsx build/bench/canvas/run.ts [--runs 3] [--people 1000,3000] [--pages ours,plain,compare]
 *                                     [--timeout 120] [--screenshots] [--built dir]
 *
 * --built serves pages built earlier (a copy of dist/bench-canvas) without building: run it
 * alternately on two copies (before and after a change) for a comparison under the same load.
 *
 * For each page and map size, each run loads the page in a fresh browser context and measures:
 *   open  - ms from navigation start to "fully drawn" (defined once, for every page, in
 *           renderer/canvas/bench/probe.ts: the view fitted, every node in view rendered
 *           and shown, every line between them drawn, then two animation frames painted);
 * then, in each view of VIEWS (the map centred at a readable zoom, and zoomed out to where
 * our cards are shapes, levelOfDetail.ts), once that view is fully drawn:
 *   pan   - requestAnimationFrame intervals while page.mouse drags the empty pane for ~2 s;
 *   drag  - the same while dragging the node nearest the middle of the view (not on the
 *           compare view, whose map is read-only), pressed the moment the pointer is on it;
 *   rested drag - the same, pressed after the pointer has rested on the card for
 *           DRAG_REST_MS, as a person's does: it aims, lands, then presses. Ours prepares a
 *           drag while the pointer rests (keptLift.ts), so the two differ; the frames of the
 *           rest are not counted, nothing moves on the screen then.
 * Runs rotate the order of the pages. Frame rows pool every frame of every run: the median
 * and p95 frame interval; the summary adds the mean (the 16.7 ms budget is about the mean:
 * in headless Chromium frames come on a 60 Hz clock, so a median is 16.7 ms or a multiple)
 * and the ratios ours / plain React Flow.
 *
 * A loaded machine, or a page taking seconds a frame, must not hang the benchmark: each
 * scenario of a page run (opening; then each view's pan, and its drag) is bounded by
 * `timeoutSeconds`. One that does not finish in time is reported as "did not finish within
 * N s" with the step it was on, its page is closed, and the next scenario goes on in a fresh
 * page (opened and shown at its view again), so one slow scenario costs at most its bound
 * and the others still give figures. A run that fails otherwise is reported with its page,
 * size, step and reason, and the other runs go on. Each scenario's wall time is logged.
 *
 * Plain React Flow at 3,000 people takes hundreds of ms a frame when panning zoomed out
 * (every one of its 3,000 nodes and 4,500 edges re-renders and is hit-tested on each move),
 * so its gestures stop at GESTURE_MAX_MS, and every page.mouse.move waits for the page; under
 * load a page run used to exceed one overall bound of 300 s and gave no figures at all.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { build } from 'vite';
import { COMPARE_MEASURE } from '../../../renderer/canvas/bench/probe';
import type { Timing } from '../measure';
import { describeExcess } from './frameExcess';

const here = fileURLToPath(new URL('.', import.meta.url));
export const outDir = fileURLToPath(new URL('../../../dist/bench-canvas/', import.meta.url));

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

/**
 * The views measured. 50% is the zoom a large map opens at (canvasApi's OPEN_FIT_OPTIONS),
 * the smallest at which a card's name is still readable; 20% shows most of a 1,000-person
 * map, and is below SHAPES_BELOW (levelOfDetail.ts), so our cards are shapes there.
 */
export const VIEWS = [
  { name: 'readable', zoom: 0.5 },
  { name: 'zoomed out', zoom: 0.2 },
] as const;
type ViewName = (typeof VIEWS)[number]['name'];

/** The compare view is measured on this map size only (its sample is built from it). */
const COMPARE_PEOPLE = 1000;

export interface CanvasBenchOptions {
  /** Repetitions per page and size (3 is plenty on a quiet machine). */
  readonly runs?: number;
  /** The map sizes, in people. */
  readonly people?: readonly number[];
  /** Only these pages (default: all). */
  readonly pages?: readonly PageName[];
  /** The most one scenario of a page run (opening, or one view's pan or drag) may take, in seconds. */
  readonly timeoutSeconds?: number;
  /** Log each run as it finishes (failures are always logged). */
  readonly verbose?: boolean;
  /**
   * Serve pages built before (a copy of dist/bench-canvas) instead of building them now:
   * two builds measured alternately under the same load give a fair before and after.
   */
  readonly builtDir?: string;
}

export interface ViewRun {
  readonly nodesInView: number;
  /** Null when the pan did not finish in time (PageRun.unfinished says so). */
  readonly pan: readonly number[] | null;
  /** Null on a page whose cards cannot be dragged, or when the drag did not finish in time. */
  readonly drag: readonly number[] | null;
  /** The same for a drag pressed after the pointer rested on the card (DRAG_REST_MS). */
  readonly restedDrag: readonly number[] | null;
}

export interface PageRun {
  readonly open: number;
  readonly nodesInView: number;
  /** On the compare view: ms spent computing the comparison (diff, marks, ghosts), part of `open`. */
  readonly compare?: number;
  /** The views measured; one whose scenarios all ran out of time is missing. */
  readonly views: Readonly<Partial<Record<ViewName, ViewRun>>>;
  /** Wall seconds of each scenario ("open", "pan at 50%", ...), finished or not. */
  readonly seconds: Readonly<Record<string, number>>;
  /** The scenarios that did not finish within the bound, each with the step it was on. */
  readonly unfinished: readonly string[];
}

export interface FrameStats {
  readonly frames: number;
  readonly mean: number;
  readonly median: number;
  readonly p95: number;
  /** The longest frame interval. */
  readonly longest: number;
}

export type PageName = 'ours' | 'plain' | 'compare';
const PAGES: readonly PageName[] = ['ours', 'plain', 'compare'];
const LABEL: Readonly<Record<PageName, string>> = {
  ours: 'ours',
  plain: 'plain React Flow',
  compare: 'ours, compare view',
};
/** Pages whose cards can be dragged. */
const DRAGGABLE: ReadonlySet<PageName> = new Set(['ours', 'plain']);

interface Case {
  readonly page: PageName;
  readonly people: number;
}
const caseKey = (c: Case) => `${c.page}@${c.people}`;
const percent = (zoom: number) => `${Math.round(zoom * 100)}%`;
const zoomOf = (view: ViewName) => VIEWS.find((v) => v.name === view)!.zoom;

/**
 * How long the pointer rests on the card before a rested drag's press. A person aims at a
 * card, lands on it and presses a moment later; 300 ms is a short such moment.
 */
export const DRAG_REST_MS = 300;

const MEASURE_NAME = { pan: 'pan', drag: 'drag', restedDrag: 'rested drag' } as const;

export const ROW = {
  open: (page: PageName, people: number) => `canvas open ${people}, ms to fully drawn (${LABEL[page]})`,
  pan: (page: PageName, people: number, view: ViewName) =>
    `canvas pan ${people} at ${percent(zoomOf(view))}, frame ms (${LABEL[page]})`,
  drag: (page: PageName, people: number, view: ViewName) =>
    `canvas drag ${people} at ${percent(zoomOf(view))}, frame ms (${LABEL[page]})`,
  restedDrag: (page: PageName, people: number, view: ViewName) =>
    `canvas drag ${people} at ${percent(zoomOf(view))} after a rest, frame ms (${LABEL[page]})`,
  compare: 'compare view: diff and marks on open, ms (part of its open)',
};

export interface CanvasResults {
  /** Rows in build/bench/measure.ts's Timing shape, for `report(rows, canvasGoals(rows))`. */
  readonly rows: Timing[];
  /** The mean frame interval of each frame row, by row name. */
  readonly means: Readonly<Record<string, number>>;
  /** One line per failed run: page, size, step and reason. */
  readonly failures: readonly string[];
  /** One line per scenario that did not finish within its bound: run, page, size, scenario, step. */
  readonly unfinished: readonly string[];
  /** Cases (page and size) with no successful run at all. */
  readonly missing: readonly string[];
}

/** Builds the pages, measures them all, returns the rows, means and failures (see the file comment). */
export async function canvasBenchmarks(options: CanvasBenchOptions = {}): Promise<CanvasResults> {
  const { runs, failures, unfinished, cases } = await measureCanvas(options);
  const { rows, means } = toRows(runs, cases);
  const missing = cases
    .filter((c) => (runs.get(caseKey(c)) ?? []).length === 0)
    .map((c) => `${LABEL[c.page]}, ${c.people} people`);
  return { rows, means, failures, unfinished, missing };
}

/**
 * The goals per row: opening no slower than the plain page. The frame budget is about the
 * mean frame (canvasSummary): a median sits on the 60 Hz clock, 16.7 ms or a multiple.
 */
export function canvasGoals(rows: readonly Timing[]): Record<string, number> {
  const goals: Record<string, number> = {};
  const byName = new Map(rows.map((row) => [row.name, row]));
  for (const row of rows) {
    const people = /^canvas open (\d+)/.exec(row.name)?.[1];
    const isOurs = row.name.endsWith(`(${LABEL.ours})`) || row.name.endsWith(`(${LABEL.compare})`);
    if (people === undefined || !isOurs) continue;
    const plain = byName.get(ROW.open('plain', Number(people)));
    if (plain) goals[row.name] = Math.round(plain.median);
  }
  return goals;
}

/**
 * The summary under the rows: for each frame row of ours, the mean frame interval and the
 * ratios ours / plain React Flow (median, p95, mean), the compare view against ours, and
 * the open ratios; then the failed runs, if any.
 */
export function canvasSummary(results: CanvasResults): string {
  const { rows, means, failures, unfinished, missing } = results;
  const byName = new Map(rows.map((row) => [row.name, row]));
  const lines: string[] = [];
  const ratio = (a: number | undefined, b: number | undefined) =>
    a === undefined || b === undefined || !(b > 0) ? '  n/a' : (a / b).toFixed(2).padStart(5);
  const compareLine = (what: string, top: string, bottom: string) => {
    const a = byName.get(top);
    const b = byName.get(bottom);
    if (!a || !b) return;
    const mean = means[top] === undefined ? '' : `   mean ${ratio(means[top], means[bottom])}`;
    lines.push(`${what.padEnd(44)} median ${ratio(a.median, b.median)}   p95 ${ratio(a.p95, b.p95)}${mean}`);
  };
  const sizes = [...new Set(rows.flatMap((row) => /^canvas \w+ (\d+)/.exec(row.name)?.[1] ?? []))].map(Number);
  lines.push(`Mean and p95 frame ms (ours: goal a mean under ${FRAME_BUDGET_MS} ms):`);
  for (const row of rows) {
    const mean = means[row.name];
    if (mean === undefined) continue;
    const ours = !row.name.endsWith(`(${LABEL.plain})`);
    const verdict = !ours ? '' : mean < FRAME_BUDGET_MS ? '   ok' : `   OVER ${FRAME_BUDGET_MS} ms`;
    const p95 = `p95 ${row.p95.toFixed(1).padStart(6)} ms`;
    // Two decimals: a perfect run is 16.67 ms a frame, so one decimal would hide a mean of 16.72 as "16.7".
    lines.push(`  ${row.name.padEnd(60)} mean ${mean.toFixed(2).padStart(6)} ms  ${p95}${verdict}`);
  }
  const compared = sizes.filter(
    (people) => byName.has(ROW.open('ours', people)) && byName.has(ROW.open('plain', people)),
  );
  if (compared.length > 0) lines.push('', 'Ratios ours / plain React Flow (under 1: ours is faster):');
  for (const people of compared) {
    compareLine(`  open ${people}`, ROW.open('ours', people), ROW.open('plain', people));
    for (const { name: view } of VIEWS) {
      for (const measure of ['pan', 'drag', 'restedDrag'] as const) {
        compareLine(
          `  ${MEASURE_NAME[measure]} ${people} at ${percent(zoomOf(view))}`,
          ROW[measure]('ours', people, view),
          ROW[measure]('plain', people, view),
        );
      }
    }
  }
  if (byName.has(ROW.open('compare', COMPARE_PEOPLE)) && byName.has(ROW.open('ours', COMPARE_PEOPLE))) {
    lines.push('', 'Ratios compare view / ours:');
    compareLine(`  open ${COMPARE_PEOPLE}`, ROW.open('compare', COMPARE_PEOPLE), ROW.open('ours', COMPARE_PEOPLE));
    for (const { name: view } of VIEWS) {
      compareLine(
        `  pan ${COMPARE_PEOPLE} at ${percent(zoomOf(view))}`,
        ROW.pan('compare', COMPARE_PEOPLE, view),
        ROW.pan('ours', COMPARE_PEOPLE, view),
      );
    }
  }
  if (unfinished.length > 0)
    lines.push('', `${unfinished.length} scenario(s) did not finish:`, ...unfinished.map((u) => `  ${u}`));
  if (failures.length > 0) lines.push('', `${failures.length} run(s) failed:`, ...failures.map((f) => `  ${f}`));
  if (missing.length > 0) lines.push('', `No successful run, so no rows, for: ${missing.join('; ')}`);
  return lines.join('\n');
}

export interface CanvasMeasurements {
  readonly cases: readonly Case[];
  readonly runs: ReadonlyMap<string, PageRun[]>;
  readonly failures: string[];
  readonly unfinished: string[];
}

export async function measureCanvas(options: CanvasBenchOptions = {}): Promise<CanvasMeasurements> {
  const runCount = options.runs ?? 3;
  const sizes = options.people ?? [1000, 3000];
  const timeout = (options.timeoutSeconds ?? 120) * 1000;
  const pages = options.pages ?? PAGES;
  const cases: Case[] = sizes.flatMap((people) =>
    pages.filter((page) => page !== 'compare' || people === COMPARE_PEOPLE).map((page) => ({ page, people })),
  );
  if (options.builtDir === undefined) await buildPages();
  const server = await serve(options.builtDir ?? outDir);
  let browser = await chromium.launch(CHROMIUM);
  const runs = new Map<string, PageRun[]>(cases.map((c) => [caseKey(c), []]));
  const failures: string[] = [];
  const unfinished: string[] = [];
  try {
    for (let run = 0; run < runCount; run++) {
      // Rotate which page goes first, so none always runs on a warmer machine.
      const order = cases.map((_, i) => cases[(i + run) % cases.length]!);
      for (const c of order) {
        const what = `run ${run + 1} ${LABEL[c.page]}, ${c.people} people`;
        if (!browser.isConnected()) browser = await chromium.launch(CHROMIUM);
        const url = `${server.url}/${c.page}.html?people=${c.people}`;
        const step = { now: 'opening' };
        const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, colorScheme: 'light' });
        try {
          const result = await measurePage(context, url, DRAGGABLE.has(c.page), step, timeout);
          runs.get(caseKey(c))!.push(result);
          for (const scenario of result.unfinished) {
            unfinished.push(`${what}: ${scenario}`);
            console.log(`  UNFINISHED ${what}: ${scenario}`);
          }
          if (options.verbose) console.log(`  ${what}: ${describeRun(result)}`);
        } catch (error) {
          const message = `${what}, while ${step.now}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
          failures.push(message);
          console.log(`  FAILED ${message}`);
        } finally {
          await context.close().catch(() => undefined);
        }
      }
    }
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
  }
  return { cases, runs, failures, unfinished };
}

function describeRun(run: PageRun): string {
  const frames = (values: readonly number[]) => {
    const stats = frameStats(values);
    return `${stats.mean.toFixed(2)} ms (median ${stats.median.toFixed(1)}, p95 ${stats.p95.toFixed(1)}, longest ${stats.longest.toFixed(0)}, ${stats.frames} frames; ${describeExcess(values)})`;
  };
  const parts = [`open ${run.open.toFixed(0)} ms (${run.nodesInView} in view)`];
  if (run.compare !== undefined) parts.push(`comparison ${run.compare.toFixed(0)} ms`);
  for (const { name, zoom } of VIEWS) {
    const view = run.views[name];
    if (!view) continue;
    parts.push(
      `at ${percent(zoom)} (${view.nodesInView} in view): pan ${view.pan ? frames(view.pan) : 'unfinished'}` +
        (view.drag ? `, drag ${frames(view.drag)}` : '') +
        (view.restedDrag ? `, rested drag ${frames(view.restedDrag)}` : ''),
    );
  }
  const took = Object.entries(run.seconds).map(([scenario, s]) => `${scenario} ${s.toFixed(0)}`);
  return `${parts.join('; ')}; wall s: ${took.join(', ')}`;
}

export async function buildPages(): Promise<void> {
  await build({ configFile: join(here, 'vite.config.ts'), logLevel: 'warn' });
}

/** Thrown by `bounded` when the work ran out of time. */
class OutOfTime extends Error {}

/** Rejects with OutOfTime if `work` takes longer than `ms`. */
async function bounded<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new OutOfTime(`over ${Math.round(ms / 1000)} s`)), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** The longest a pan or drag goes on (normally ~2 s). */
const GESTURE_MAX_MS = 15_000;
/** How long the page may take to be fully drawn, on open and after a change of view. */
const DRAWN_TIMEOUT_MS = 120_000;
/** Quiet time after a view is drawn, for idle work (ours takes in the region's margin) to finish. */
export const SETTLE_MS = 1000;

interface Opened {
  readonly page: Page;
  readonly problems: string[];
  /** The view the page shows now, once shown and drawn. */
  view: ViewName | null;
  nodesInView: number;
}

/**
 * One page run: open, then for each view its pan and (if draggable) its drag, each a
 * scenario bounded by `scenarioMs` (see the file comment). Throws only for a failure that
 * is not a matter of time (a page error, a view that cannot be measured), or when opening
 * itself never finishes in time: then there is nothing to measure.
 */
async function measurePage(
  context: BrowserContext,
  url: string,
  draggable: boolean,
  step: { now: string },
  scenarioMs: number,
): Promise<PageRun> {
  const seconds: Record<string, number> = {};
  const unfinished: string[] = [];
  let opened: Opened | null = null;
  let first: { open: number; nodesInView: number; compare: number | null } | null = null;

  const open = async (): Promise<Opened> => {
    const page = await context.newPage();
    const now: Opened = { page, problems: [], view: null, nodesInView: 0 };
    opened = now;
    page.setDefaultTimeout(60_000);
    page.on('pageerror', (error) => now.problems.push(error.message));
    step.now = `loading ${url}`;
    await page.goto(url, { timeout: 60_000 });
    step.now = 'waiting for the map to be fully drawn';
    await waitFor(
      page,
      'window.__canvasBench?.drawnAt != null',
      DRAWN_TIMEOUT_MS,
      'the map was never fully drawn',
      now.problems,
    );
    if (!first) {
      first = {
        open: await page.evaluate<number>('window.__canvasBench.drawnAt'),
        nodesInView: await page.evaluate<number>('window.__canvasBench.drawnNodes'),
        compare: await page.evaluate<number | null>(
          `performance.getEntriesByName(${JSON.stringify(COMPARE_MEASURE)})[0]?.duration ?? null`,
        ),
      };
    }
    return now;
  };

  /** Runs one scenario within the bound; false (and the page closed) if it ran out of time. */
  const scenario = async (name: string, work: () => Promise<void>): Promise<boolean> => {
    const started = Date.now();
    try {
      await bounded(work(), scenarioMs);
      return true;
    } catch (error) {
      if (!(error instanceof OutOfTime)) throw error;
      unfinished.push(`${name} did not finish within ${Math.round(scenarioMs / 1000)} s (while ${step.now})`);
      const stuck: Opened | null = opened;
      opened = null;
      await stuck?.page.close().catch(() => undefined);
      return false;
    } finally {
      seconds[name] = (Date.now() - started) / 1000;
    }
  };

  /** The page, open and showing `view`, fully drawn and settled. */
  const showing = async (view: ViewName): Promise<Opened> => {
    const now = opened ?? (await open());
    if (now.view === view) return now;
    const zoom = zoomOf(view);
    step.now = `showing the map at ${percent(zoom)}`;
    await waitFor(
      now.page,
      'window.__canvasBench.setViewport !== null',
      10_000,
      'the page never handed over its viewport',
      now.problems,
    );
    await now.page.evaluate(`window.__canvasBench.zoomTo(${zoom})`);
    await waitFor(
      now.page,
      `Math.abs((window.__canvasBench.zoom() ?? 0) - ${zoom}) < 0.001 && window.__canvasBench.drawnNow() !== null`,
      DRAWN_TIMEOUT_MS,
      `the map at ${percent(zoom)} was never fully drawn`,
      now.problems,
    );
    now.nodesInView = await now.page.evaluate<number>('window.__canvasBench.drawnNow()');
    await now.page.waitForTimeout(SETTLE_MS);
    now.view = view;
    return now;
  };

  if (!(await scenario('open', async () => void (await open())))) {
    throw new Error(unfinished.join('; '));
  }
  const views: Partial<Record<ViewName, ViewRun>> = {};
  for (const { name, zoom } of VIEWS) {
    let pan: number[] | null = null;
    let drag: number[] | null = null;
    let restedDrag: number[] | null = null;
    let nodesInView = 0;
    await scenario(`pan at ${percent(zoom)}`, async () => {
      const now = await showing(name);
      nodesInView = now.nodesInView;
      step.now = `finding an empty spot on the pane at ${percent(zoom)}`;
      const pane = await now.page.evaluate<Point | null>('window.__canvasBench.emptyPanePoint()');
      if (!pane)
        throw new Error(
          `found no empty spot on the pane to pan from at ${percent(zoom)} (every point in view is a card or a line)`,
        );
      step.now = `panning at ${percent(zoom)}`;
      pan = await gesture(now.page, pane, { x: -4, y: -2 });
      await now.page.waitForTimeout(300);
    });
    if (draggable) {
      await scenario(`drag at ${percent(zoom)}`, async () => {
        const now = await showing(name);
        nodesInView = now.nodesInView;
        step.now = `dragging a card at ${percent(zoom)}`;
        const node = await now.page.evaluate<Point | null>('window.__canvasBench.middleNode()');
        if (!node) throw new Error(`found no node to drag at ${percent(zoom)}`);
        drag = await gesture(now.page, node, { x: 3, y: 2 });
        await now.page.waitForTimeout(300);
      });
      await scenario(`rested drag at ${percent(zoom)}`, async () => {
        const now = await showing(name);
        // From a quiet page, as the view's first gesture: the drop before it ends in idle work
        // (the region's new margin, the kept lines' return) that a person's pointer, on its
        // way to the next card, gives time to; the benchmark's pointer jumps there.
        await now.page.waitForTimeout(SETTLE_MS);
        step.now = `dragging a card at ${percent(zoom)} after a rest`;
        const node = await now.page.evaluate<Point | null>('window.__canvasBench.middleNode()');
        if (!node) throw new Error(`found no node to drag at ${percent(zoom)}`);
        restedDrag = await gesture(now.page, node, { x: 3, y: 2 }, { restMs: DRAG_REST_MS });
        await now.page.waitForTimeout(300);
      });
    }
    if (pan !== null || drag !== null || restedDrag !== null) views[name] = { nodesInView, pan, drag, restedDrag };
  }
  step.now = 'finishing';
  const { open: openMs, nodesInView, compare } = first!;
  return { open: openMs, nodesInView, views, seconds, unfinished, ...(compare === null ? {} : { compare }) };
}

/** Waits for a condition in the page, or fails saying what never happened (and the page's own errors). */
export async function waitFor(
  page: Page,
  condition: string,
  timeout: number,
  never: string,
  problems: readonly string[],
) {
  try {
    await page.waitForFunction(condition, undefined, { timeout, polling: 100 });
  } catch (error) {
    const pageErrors = problems.length > 0 ? `; the page reported: ${problems.join(' | ')}` : '';
    const reason =
      error instanceof Error && /Timeout/i.test(error.message) ? `within ${timeout / 1000} s` : String(error);
    throw new Error(`${never} ${reason}${pageErrors}`, { cause: error });
  }
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/**
 * Presses at `from`, moves by `step` 120 times about every 16 ms (~2 s), releases; the frame
 * intervals. Each move waits for the page to take it, so on a page taking hundreds of ms a
 * frame the gesture stops moving after GESTURE_MAX_MS: the frames so far are the measure.
 */
export interface GestureOptions {
  /** Mouse moves after the press (120: about 2 s). */
  readonly steps?: number;
  /** ms between moves. */
  readonly interval?: number;
  /** ms the pointer rests where it starts before the press; its frames are not counted. */
  readonly restMs?: number;
}

export async function gesture(
  page: Page,
  from: Point,
  step: Point,
  { steps = 120, interval = 16, restMs = 0 }: GestureOptions = {},
): Promise<number[]> {
  await page.mouse.move(from.x, from.y);
  if (restMs > 0) await sleep(restMs);
  await page.evaluate('window.__canvasBench.startFrames()');
  await page.mouse.down();
  const deadline = Date.now() + GESTURE_MAX_MS;
  try {
    for (let i = 1; i <= steps && Date.now() < deadline; i++) {
      await page.mouse.move(from.x + step.x * i, from.y + step.y * i);
      await sleep(interval);
    }
  } finally {
    await page.mouse.up();
  }
  await sleep(100);
  const frames = await page.evaluate<number[]>('window.__canvasBench.stopFrames()');
  if (frames.length < 2) throw new Error(`only ${frames.length} animation frame(s) ran during the gesture`);
  return frames;
}

export function frameStats(intervals: readonly number[]): FrameStats {
  if (intervals.length === 0) return { frames: 0, mean: NaN, median: NaN, p95: NaN, longest: NaN };
  const sorted = [...intervals].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, value) => sum + value, 0) / sorted.length;
  const longest = sorted[sorted.length - 1]!;
  return { frames: sorted.length, mean, median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), longest };
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function timing(name: string, values: readonly number[]): Timing {
  const stats = frameStats(values);
  return { name, runs: values.length, median: stats.median, p95: stats.p95, min: Math.min(...values) };
}

function toRows(
  results: ReadonlyMap<string, PageRun[]>,
  cases: readonly Case[],
): Pick<CanvasResults, 'rows' | 'means'> {
  const rows: Timing[] = [];
  const means: Record<string, number> = {};
  const frameRow = (name: string, frames: readonly number[]) => {
    if (frames.length === 0) return;
    rows.push(timing(name, frames));
    means[name] = frameStats(frames).mean;
  };
  for (const c of cases) {
    const runs = results.get(caseKey(c)) ?? [];
    if (runs.length === 0) continue;
    rows.push(
      timing(
        ROW.open(c.page, c.people),
        runs.map((run) => run.open),
      ),
    );
    const compares = runs.flatMap((run) => (run.compare === undefined ? [] : [run.compare]));
    if (compares.length > 0) rows.push(timing(ROW.compare, compares));
    for (const { name } of VIEWS) {
      frameRow(
        ROW.pan(c.page, c.people, name),
        runs.flatMap((run) => run.views[name]?.pan ?? []),
      );
      frameRow(
        ROW.drag(c.page, c.people, name),
        runs.flatMap((run) => run.views[name]?.drag ?? []),
      );
      frameRow(
        ROW.restedDrag(c.page, c.people, name),
        runs.flatMap((run) => run.views[name]?.restedDrag ?? []),
      );
    }
  }
  return { rows, means };
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
        if (shot.legend) await page.click('.pm-legend__toggle');
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
export async function serve(root: string): Promise<{ url: string; close(): Promise<void> }> {
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
  const runs = Number(option('--runs') ?? 3);
  const people = (option('--people') ?? '1000,3000').split(',').map(Number);
  const timeoutSeconds = Number(option('--timeout') ?? 120);
  const pages = (option('--pages') ?? PAGES.join(',')).split(',');
  const built = option('--built');
  const known = (page: string): page is PageName => (PAGES as readonly string[]).includes(page);
  if (!(runs >= 1) || people.some((n) => !(n >= 1)) || !(timeoutSeconds > 0) || !pages.every(known)) {
    throw new Error(
      `usage: run.ts [--runs N >= 1] [--people N,N,...] [--pages ${PAGES.join(',')}] [--timeout seconds] [--built dir] [--screenshots]`,
    );
  }
  const { report } = await import('../measure');
  console.log(
    `Canvas: ${people.join(' and ')} people, headless Chromium ${VIEWPORT.width}x${VIEWPORT.height}, ${runs} runs per page\n`,
  );
  const results = await canvasBenchmarks({
    runs,
    people,
    pages: pages.filter(known),
    timeoutSeconds,
    verbose: true,
    ...(built === undefined ? {} : { builtDir: resolve(built) }),
  });
  console.log('');
  report(results.rows, canvasGoals(results.rows));
  console.log(`\n${canvasSummary(results)}`);
  if (results.missing.length > 0) process.exitCode = 1;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
