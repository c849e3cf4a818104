/**
 * What ending a gesture costs (issue 9 §4): the renderer's main-thread tasks in the second
 * after the mouse is released, traced by Chromium, with their CPU time (on a loaded machine
 * wall times include waiting for a core). At 3,000 people ending a pan was a task of about
 * 150 ms: the region fell back to the view and its margin (region.ts) and what left it was
 * let go at once. The frame benchmark (run.ts) stops counting frames 100 ms after the
 * release, so it sees at most the start of that.
 *
 *   npx tsx build/bench/canvas/gestureEnd.ts [--people 3000] [--zoom 0.5] [--gesture pan|drag]
 *                                            [--runs 3] [--built dir] [--trace /tmp/end] [--layers]
 *
 * The gesture is run.ts's (120 moves of the mouse about every 16 ms). --built serves pages
 * built earlier (a copy of dist/bench-canvas), as run.ts does; without it they are built first.
 * --trace writes each run's trace to /tmp/end.<run>.json (for the performance panel).
 * --layers traces Chromium's `blink` category too and counts the full updates of the page's
 * compositing layers (PaintArtifactCompositor::Update, docs/CANVAS.md) in that second, with
 * their CPU: a drop that changes no layer has none.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium, type CDPSession } from '@playwright/test';
import { threadNames, type FrameTraceEvent } from './longFrames';
import { buildPages, CHROMIUM, outDir, serve, VIEWPORT, type Point } from './run';
import { traced } from '../chromiumTrace';
import { openDrawnAtZoom } from './drawnAtZoom';

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute'];

/** A main-thread task: wall and CPU ms. */
export interface Task {
  readonly wall: number;
  readonly cpu: number;
}

/**
 * The main thread's top-level tasks (not nested in another on the same thread) of a trace,
 * with their wall and CPU time (the CPU time is what a loaded machine does not inflate).
 */
export function mainTasks(events: readonly FrameTraceEvent[]): Task[] {
  const threads = threadNames(events);
  const spans = events
    .filter((e) => e.ph === 'X' && e.dur !== undefined && threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain')
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const tasks: Task[] = [];
  let end = -Infinity;
  for (const span of spans) {
    if (span.ts < end) continue;
    end = span.ts + span.dur!;
    tasks.push({ wall: span.dur! / 1000, cpu: (span.tdur ?? span.dur!) / 1000 });
  }
  return tasks;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The trace events of `work` (Chromium's trace over CDP). */
async function tracedEvents(session: CDPSession, work: () => Promise<void>): Promise<FrameTraceEvent[]> {
  const categories = process.argv.includes('--layers') ? [...CATEGORIES, 'blink'] : CATEGORIES;
  return (await traced<FrameTraceEvent, void>(session, categories, work)).events;
}

/** `--layers`: the full updates of the compositing layers in the trace, and their CPU ms. */
function fullUpdates(events: readonly FrameTraceEvent[]): string {
  if (!process.argv.includes('--layers')) return '';
  const updates = events.filter((e) => e.name === 'PaintArtifactCompositor::Update' && e.dur !== undefined);
  const cpu = updates.map((e) => (e.tdur ?? e.dur!) / 1000);
  return `; full layer updates ${updates.length} (CPU ms ${cpu.map((ms) => ms.toFixed(1)).join(', ') || 'none'})`;
}

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<void> {
  const people = Number(option('--people') ?? 3000);
  const zoom = Number(option('--zoom') ?? 0.5);
  const kind = option('--gesture') ?? 'pan';
  const runs = Number(option('--runs') ?? 3);
  const built = option('--built');
  if (!(people >= 1) || !(zoom > 0) || !(runs >= 1) || (kind !== 'pan' && kind !== 'drag')) {
    throw new Error('usage: gestureEnd.ts [--people N] [--zoom Z] [--gesture pan|drag] [--runs N] [--built dir]');
  }
  if (built === undefined) await buildPages();
  const server = await serve(built === undefined ? outDir : resolve(built));
  const browser = await chromium.launch(CHROMIUM);
  try {
    for (let run = 1; run <= runs; run++) {
      const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, colorScheme: 'light' });
      try {
        const { page } = await openDrawnAtZoom(context, `${server.url}/ours.html?people=${people}`, zoom);
        await page.waitForTimeout(1500);
        const from = await page.evaluate<Point | null>(
          kind === 'drag' ? 'window.__canvasBench.middleNode()' : 'window.__canvasBench.emptyPanePoint()',
        );
        if (!from) throw new Error(`nothing to ${kind} from`);
        const step = kind === 'drag' ? { x: 3, y: 2 } : { x: -4, y: -2 };
        await page.mouse.move(from.x, from.y);
        await page.mouse.down();
        for (let i = 1; i <= 120; i++) {
          await page.mouse.move(from.x + step.x * i, from.y + step.y * i);
          await sleep(16);
        }
        const session = await context.newCDPSession(page);
        const events = await tracedEvents(session, async () => {
          await page.mouse.up();
          await sleep(1000);
        });
        const traceFile = option('--trace');
        if (traceFile) await writeFile(`${traceFile}.${run}.json`, JSON.stringify({ traceEvents: events }));
        const tasks = mainTasks(events);
        const cpu = tasks.reduce((sum, task) => sum + task.cpu, 0);
        const longest = [...tasks].sort((a, b) => b.cpu - a.cpu).slice(0, 4);
        const list = longest.map((task) => `${task.cpu.toFixed(0)} (wall ${task.wall.toFixed(0)})`).join(', ');
        console.log(
          `run ${run}: ${kind} ${people} at ${Math.round(zoom * 100)}%, the second after the release: ` +
            `main thread CPU ${cpu.toFixed(0)} ms in ${tasks.length} tasks; longest tasks CPU ms ${list}` +
            fullUpdates(events),
        );
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
