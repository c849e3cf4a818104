/**
 * What one move of a drag costs Chromium's main thread once the drag is under way (issue 9
 * §4): the commit of the page's paint to the compositor (the trace's `Layerize`), how often
 * that was a full re-layering (`PaintArtifactCompositor::Update`) rather than the repaint-only
 * path, the paint, and which elements were painted. profile.ts traces a whole gesture; this
 * leaves out the drag's start (its first moves, where the page does change its layers) and
 * answers "does a move grow with the number of mounted cards, and why".
 *
 *   npx tsx build/bench/canvas/dragMoves.ts [--built dir[,dir2...]] [--repeat 1] [--people 1000]
 *                                           [--zoom 0.5] [--steps 40] [--skip 6] [--css try.css]
 *                                           [--script try.js] [--settle 1500] [--trace file] [--detail]
 *                                           [--no-build]
 *
 * With several --built directories (copies of dist/bench-canvas, as run.ts's --built), each
 * repeat runs them in turn, so a before and an after are taken under the same load.
 *
 * Chromium names the whole step from paint to compositor `Layerize` (LocalFrameView::
 * PushPaintArtifactToCompositor): without a full update it only hands each compositing layer
 * its repainted chunks (PaintArtifactCompositor::TryFastPathUpdate, not traced on its own),
 * so `Layerize` self time after a paint is that: next to nothing for a layer whose chunks
 * were all reused from the paint cache, a walk of all its chunks (raster invalidation,
 * hit-test regions) for a layer with one chunk painted anew. Times are the main thread's CPU
 * (the trace's tdur), self. --settle is how long the page rests before the drag (for idle
 * batches to mount the region around the view).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { traced } from '../chromiumTrace';
import { openDrawnAtZoom } from './drawnAtZoom';
import { threadNames, type FrameTraceEvent } from './longFrames';
import { buildPages, CHROMIUM, outDir, serve, VIEWPORT, type Point } from './run';

interface MoveEvent extends FrameTraceEvent {
  readonly tts?: number;
  readonly args?: FrameTraceEvent['args'] & {
    readonly data?: { readonly nodeId?: number; readonly message?: string };
    readonly num_non_cached_new_items?: number;
  };
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc', 'toplevel'];
/** With --detail: the paint controller's counts of display items not taken from its cache (slows the page). */
const DETAIL_CATEGORIES = ['disabled-by-default-blink.debug'];

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(name);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Presses on `from`, moves `steps` times; marks the trace after `skip` moves and before the release. */
async function drag(page: Page, from: Point, steps: number, skip: number): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) {
    if (i === skip + 1) await page.evaluate("console.timeStamp('moves')");
    await page.mouse.move(from.x + 3 * i, from.y + 2 * i);
    await sleep(16);
  }
  await sleep(50);
  await page.evaluate("console.timeStamp('end')");
  await page.mouse.up();
  await sleep(100);
}

interface Spans {
  readonly name: string;
  readonly ts: number;
  readonly end: number;
  readonly cpu: number;
  readonly event: MoveEvent;
}

/** The main thread's complete events between the two marks, with self CPU per name. */
function between(events: readonly MoveEvent[]) {
  const threads = threadNames(events);
  const main = events.filter((e) => threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain');
  const mark = (message: string) =>
    main.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === message)?.ts ?? NaN;
  const from = mark('moves');
  const to = mark('end');
  const spans: Spans[] = main
    .filter((e) => e.ph === 'X' && e.dur !== undefined && e.ts >= from && e.ts <= to)
    .map((e) => ({ name: e.name, ts: e.ts, end: e.ts + e.dur!, cpu: e.tdur ?? e.dur!, event: e }))
    .sort((a, b) => a.ts - b.ts || b.end - a.end);
  const self = new Map<string, { cpu: number; count: number }>();
  const stack: { span: Spans; children: number }[] = [];
  const close = (until: number) => {
    while (stack.length > 0 && stack[stack.length - 1]!.span.end <= until) {
      const { span, children } = stack.pop()!;
      const entry = self.get(span.name) ?? { cpu: 0, count: 0 };
      entry.cpu += Math.max(0, span.cpu - children);
      entry.count++;
      self.set(span.name, entry);
      const parent = stack[stack.length - 1];
      if (parent) parent.children += span.cpu;
    }
  };
  for (const span of spans) {
    close(span.ts);
    stack.push({ span, children: 0 });
  }
  close(Infinity);
  return { spans, self };
}

/** Each painted element's tag and first classes, by the trace's node id (a backend node id). */
async function describeNodes(session: CDPSession, ids: readonly number[]): Promise<Map<number, string>> {
  const names = new Map<number, string>();
  await session.send('DOM.getDocument', { depth: 0 });
  for (const id of ids) {
    try {
      const { object } = await session.send('DOM.resolveNode', { backendNodeId: id });
      const { result } = await session.send('Runtime.callFunctionOn', {
        objectId: object.objectId!,
        functionDeclaration:
          "function () { const e = this.nodeType === 1 ? this : this.parentElement; return e ? e.localName + '.' + String(e.getAttribute('class') ?? '').split(' ').slice(0, 2).join('.') : '#' + this.nodeName; }",
        returnByValue: true,
      });
      names.set(id, String(result.value));
    } catch {
      names.set(id, `node ${id} (gone)`);
    }
  }
  return names;
}

/** Each `Layerize` of the moves: its self CPU (ms) and whether the page was painted since the one before. */
function layerizeSteps(spans: readonly Spans[]): { self: number; afterPaint: boolean }[] {
  const steps: { self: number; afterPaint: boolean }[] = [];
  let previousEnd = -Infinity;
  for (const step of spans.filter((s) => s.name === 'Layerize')) {
    const inside = spans.filter((s) => s !== step && s.ts >= step.ts && s.end <= step.end);
    const direct = inside.filter((c) => !inside.some((p) => p !== c && c.ts >= p.ts && c.end <= p.end));
    const children = direct.reduce((sum, c) => sum + c.cpu, 0);
    const afterPaint = spans.some((s) => s.name === 'Paint' && s.ts >= previousEnd && s.end <= step.ts);
    steps.push({ self: (step.cpu - children) / 1000, afterPaint });
    previousEnd = step.end;
  }
  return steps;
}

/** What the trace of the moves says (see the file comment). */
async function describeMoves(session: CDPSession, events: readonly MoveEvent[]): Promise<string[]> {
  const { spans, self } = between(events);
  const row = (name: string) => {
    const entry = self.get(name) ?? { cpu: 0, count: 0 };
    const each = entry.cpu / 1000 / Math.max(1, entry.count);
    return `${name} ${entry.count} x ${each.toFixed(2)} ms (${(entry.cpu / 1000).toFixed(1)} ms)`;
  };
  const steps = layerizeSteps(spans);
  const afterPaint = steps.filter((step) => step.afterPaint).map((step) => step.self);
  const mean = afterPaint.reduce((a, b) => a + b, 0) / Math.max(1, afterPaint.length);
  const painted = new Map<number, number>();
  for (const s of spans) {
    const node = s.name === 'Paint' ? s.event.args?.data?.nodeId : undefined;
    if (node !== undefined) painted.set(node, (painted.get(node) ?? 0) + 1);
  }
  const names = await describeNodes(session, [...painted.keys()]);
  const nonCached = spans
    .filter((s) => s.name === 'PaintController::commitNewDisplayItems')
    .map((s) => s.event.args?.num_non_cached_new_items ?? 0);
  return [
    `  Layerize after a paint: ${afterPaint.length} x ${mean.toFixed(2)} ms self CPU [${afterPaint.map((ms) => ms.toFixed(1)).join(' ')}]`,
    `  ${row('Layerize')}; of them full updates: ${row('PaintArtifactCompositor::Update')}`,
    `  ${row('Paint')}, ${row('PrePaint')}`,
    `  painted: ${[...painted].map(([id, n]) => `${names.get(id)} ${n}`).join(', ')}`,
    nonCached.length > 0 ? `  display items not from the cache, per paint: ${nonCached.join(' ')}` : '',
  ];
}

async function runOnce(dir: string): Promise<string> {
  const people = Number(option('--people', '1000'));
  const css = option('--css', '');
  const script = option('--script', '');
  const server = await serve(dir);
  const browser = await chromium.launch(CHROMIUM);
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, colorScheme: 'light' });
    const url = `${server.url}/ours.html?people=${people}`;
    const { page, problems } = await openDrawnAtZoom(context, url, Number(option('--zoom', '0.5')), css);
    if (script) await page.evaluate(await readFile(script, 'utf8'));
    // Long enough for the idle batches to mount the region around the view.
    await page.waitForTimeout(Number(option('--settle', '1500')));
    const mounted = await page.evaluate<number>("document.querySelectorAll('.react-flow__node').length");
    const from = await page.evaluate<Point | null>('window.__canvasBench.middleNode()');
    if (!from) throw new Error('no card to drag');
    const session = await context.newCDPSession(page);
    const categories = process.argv.includes('--detail') ? [...CATEGORIES, ...DETAIL_CATEGORIES] : CATEGORIES;
    const steps = Number(option('--steps', '40'));
    const skip = Number(option('--skip', '6'));
    const { events } = await traced<MoveEvent, void>(session, categories, () => drag(page, from, steps, skip));
    const traceFile = option('--trace', '');
    if (traceFile) await writeFile(traceFile, JSON.stringify({ traceEvents: events }));
    return [
      `${dir}: ${mounted} cards mounted, moves ${skip + 1} to ${steps} traced`,
      ...(await describeMoves(session, events)),
      problems.length > 0 ? `  page errors: ${problems.join('; ')}` : '',
    ]
      .filter(Boolean)
      .join('\n');
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main(): Promise<void> {
  const built = option('--built', '');
  if (!process.argv.includes('--no-build') && built === '') await buildPages();
  const dirs = built === '' ? [outDir] : built.split(',').map((dir) => resolve(dir));
  const repeat = Number(option('--repeat', '1'));
  for (let i = 0; i < repeat; i++) for (const dir of dirs) console.log(await runOnce(dir));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
