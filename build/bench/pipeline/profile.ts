/**
 * Where the pipeline view's first draw goes (issue 12): one page load of the benchmark page
 * (build/bench/pipelineView.bench.ts), traced by Chromium from navigation to the first rows
 * drawn, then split into the renderer main thread's work (script, style, layout, paint...,
 * self times from build/bench/canvas/profile.ts), its idle time (waiting for the network, a
 * core or a frame), the page's own marks (`performance.mark`), and the JavaScript functions
 * and files that took the script time (the trace's CPU profile samples).
 *
 *   npx tsx build/bench/pipeline/profile.ts [--no-build] [--names] [--scroll] [--runs 1] [--top 20] [--trace FILE]
 *
 * --scroll then traces the benchmark's scroll too: the main thread's work in its frames.
 * --names builds the page unminified, so the profile names the functions (a little slower).
 *
 * On a machine shared with other work the wall times include waiting for a core: compare
 * runs made in the same conditions.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CDPSession, Page } from '@playwright/test';
import { build, preview } from 'vite';
import { SCROLL_SCRIPT } from '../pipelineView.bench';
import { openBenchBrowser, seedOrigin } from './seeded';
import { traced, type ChromiumTraceEvent } from '../chromiumTrace';
import { PAGE_MARKS as MARKED_PHASES } from './phases';

const here = fileURLToPath(new URL('.', import.meta.url));
/** One of the ports the bench may use; PROFILE_PORT chooses another. */
const PORT = Number(process.env['PROFILE_PORT'] ?? 4191);

interface TraceEvent extends ChromiumTraceEvent {
  readonly cat: string;
  readonly id?: string;
  readonly args?: { readonly name?: string; readonly data?: ProfileData };
}

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
  readonly parent?: number;
}

interface ProfileData {
  readonly startTime?: number;
  readonly cpuProfile?: { readonly nodes?: ProfileNode[]; readonly samples?: number[] };
  readonly timeDeltas?: number[];
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  'loading',
  'toplevel',
  'disabled-by-default-v8.cpu_profiler',
];

/** The trace events of `work`. */
async function tracedEvents(session: CDPSession, work: () => Promise<void>): Promise<TraceEvent[]> {
  return (await traced<TraceEvent, void>(session, CATEGORIES, work)).events;
}

interface Sample {
  /** Trace time, µs. */
  readonly ts: number;
  readonly ms: number;
  readonly file: string;
  readonly name: string;
}

/** The CPU profile's samples (the trace's Profile and ProfileChunk events), with the time each stands for. */
function cpuSamples(events: readonly TraceEvent[]): Sample[] {
  const nodes = new Map<string, ProfileNode>();
  const clock = new Map<string, number>();
  const samples: Sample[] = [];
  for (const e of events) {
    const data = e.args?.data;
    if (e.name === 'Profile' && data?.startTime !== undefined) clock.set(String(e.id), data.startTime);
    if (e.name !== 'ProfileChunk') continue;
    for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(`${e.id}:${node.id}`, node);
    const deltas = data?.timeDeltas ?? [];
    let time = clock.get(String(e.id)) ?? 0;
    (data?.cpuProfile?.samples ?? []).forEach((id, i) => {
      time += deltas[i] ?? 0;
      const node = nodes.get(`${e.id}:${id}`);
      // A sample stands for the time to the next one; the last, for its own delta.
      const ms = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
      if (!node) return;
      const { functionName, url = '', lineNumber } = node.callFrame;
      const file = url === '' ? `(${functionName || 'native'})` : (url.split('/').pop() ?? url);
      samples.push({ ts: time, ms, file, name: `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}` });
    });
    clock.set(String(e.id), time);
  }
  return samples;
}

/** Self time (ms) per function and per file of the samples in [from, to). */
function jsSelfTimes(
  samples: readonly Sample[],
  from: number,
  to: number,
): { functions: Map<string, number>; files: Map<string, number> } {
  const functions = new Map<string, number>();
  const files = new Map<string, number>();
  for (const sample of samples) {
    if (sample.ts < from || sample.ts >= to) continue;
    functions.set(sample.name, (functions.get(sample.name) ?? 0) + sample.ms);
    files.set(sample.file, (files.get(sample.file) ?? 0) + sample.ms);
  }
  return { functions, files };
}

const GROUPS: readonly (readonly [string, RegExp])[] = [
  ['parse HTML', /^ParseHTML$/],
  ['compile', /^(v8\.compile|V8\.Compile|v8\.parseOnBackground|CompileCode|CompileScript|v8\.compileModule)/],
  [
    'style',
    /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|Document::recalcStyle|Document::rebuildLayoutTree)/,
  ],
  ['layout', /^(Layout|LocalFrameView::performLayout|UpdateLayout)/],
  ['paint', /^(PrePaint|Paint|Layerize|PaintArtifactCompositor|UpdateLayer|CullRectUpdate)/],
  ['gc', /^(V8\.GC|MinorGC|MajorGC|BlinkGC|V8\.Heap|CppGC)/],
  [
    'script',
    /^(FunctionCall|EvaluateScript|v8\.|V8\.|FireAnimationFrame|EventDispatch|TimerFire|RunMicrotasks|v8\.run)/,
  ],
];
const groupOf = (name: string) => GROUPS.find(([, pattern]) => pattern.test(name))?.[0] ?? 'other';

/**
 * The page's renderer main thread from navigation to drawn: its busy wall time, CPU time
 * and self time per group and per event name; the rest of the wall time it was idle.
 */
function describeMainThread(events: readonly TraceEvent[], drawn: number, count: number): string {
  const spans = mainThreadSpans(events);
  const names = new Map<string, number>();
  const groups = new Map<string, number>();
  const cpuGroups = new Map<string, number>();
  let busy = 0;
  let cpu = 0;
  const stack: { e: TraceEvent; children: number; cpuChildren: number }[] = [];
  const close = (until: number) => {
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (top.e.ts + (top.e.dur ?? 0) > until) break;
      stack.pop();
      const self = Math.max(0, (top.e.dur ?? 0) - top.children) / 1000;
      names.set(top.e.name, (names.get(top.e.name) ?? 0) + self);
      const group = groupOf(top.e.name);
      groups.set(group, (groups.get(group) ?? 0) + self);
      const cpuSelf = Math.max(0, (top.e.tdur ?? 0) - top.cpuChildren) / 1000;
      cpuGroups.set(group, (cpuGroups.get(group) ?? 0) + cpuSelf);
      const parent = stack[stack.length - 1];
      if (parent) {
        parent.children += top.e.dur ?? 0;
        parent.cpuChildren += top.e.tdur ?? 0;
      } else {
        busy += (top.e.dur ?? 0) / 1000;
        cpu += (top.e.tdur ?? 0) / 1000;
      }
    }
  };
  for (const e of spans) {
    close(e.ts);
    stack.push({ e, children: 0, cpuChildren: 0 });
  }
  close(Infinity);
  const lines = [
    `  main thread: busy ${busy.toFixed(0)} ms wall (${cpu.toFixed(0)} ms CPU), idle ${(drawn - busy).toFixed(0)} ms`,
    '  per group (self, wall): ' +
      [...groups]
        .sort((a, b) => b[1] - a[1])
        .map(([g, ms]) => `${g} ${ms.toFixed(0)}`)
        .join(', '),
    '  per group (self, CPU): ' +
      [...cpuGroups]
        .sort((a, b) => b[1] - a[1])
        .map(([g, ms]) => `${g} ${ms.toFixed(0)}`)
        .join(', '),
    ...top(names, count),
  ];
  return lines.join('\n');
}

function top(map: ReadonlyMap<string, number>, count: number): string[] {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => `    ${ms.toFixed(1).padStart(8)} ms  ${name}`);
}

const PHASES: readonly string[] = MARKED_PHASES;

/**
 * The main thread's wall and CPU time between the page's marks: each top-level task counts
 * in the phase it starts in. "waiting" is the phase's wall time the thread was not busy.
 */
function describePhases(events: readonly TraceEvent[], samples: readonly Sample[], start: number): string[] {
  const at = new Map<string, number>();
  for (const e of events) if (PHASES.includes(e.name) && e.cat.includes('blink.user_timing')) at.set(e.name, e.ts);
  const bounds = [
    { name: 'navigation', ts: start },
    ...PHASES.flatMap((name) => {
      const ts = at.get(name);
      return ts === undefined ? [] : [{ name, ts }];
    }),
  ];
  const main = mainThreadTasks(events);
  const lines: string[] = [];
  for (let i = 1; i < bounds.length; i++) {
    const from = bounds[i - 1]!;
    const to = bounds[i]!;
    const tasks = main.filter((e) => e.ts >= from.ts && e.ts < to.ts);
    const wall = tasks.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000;
    const cpu = tasks.reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000;
    const span = (to.ts - from.ts) / 1000;
    lines.push(
      `    ${`${from.name} -> ${to.name}`.padEnd(32)} ${span.toFixed(0).padStart(6)} ms: busy ${wall.toFixed(0)} ms (CPU ${cpu.toFixed(0)}), waiting ${Math.max(0, span - wall).toFixed(0)}`,
    );
    const { functions } = jsSelfTimes(samples, from.ts, to.ts);
    lines.push(...top(functions, 6).map((line) => `    ${line}`));
  }
  return lines;
}

/** The top-level tasks of the page's renderer main thread. */
function mainThreadTasks(events: readonly TraceEvent[]): TraceEvent[] {
  const spans = mainThreadSpans(events);
  const tasks: TraceEvent[] = [];
  let end = -Infinity;
  for (const e of spans) {
    if (e.ts >= end) {
      tasks.push(e);
      end = e.ts + (e.dur ?? 0);
    }
  }
  return tasks;
}

/** Marks the page (or the profile, before the scroll) makes on its main thread. */
const PAGE_MARKS = new Set(['bundle-run', 'scroll-start']);

/** The complete events of the page's renderer main thread (the one its marks are on), by start. */
function mainThreadSpans(events: readonly TraceEvent[]): TraceEvent[] {
  const mark = events.find((e) => PAGE_MARKS.has(e.name) && e.cat.includes('blink.user_timing'));
  const spans = events.filter((e) => e.ph === 'X' && e.dur !== undefined && e.pid === mark?.pid && e.tid === mark.tid);
  return spans.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
}

/** The benchmark's scroll (about 2 s, 120 px a frame), traced: the main thread's work per frame. */
async function profileScroll(session: CDPSession, page: Page, count: number): Promise<string> {
  let frames: number[] = [];
  const events = await tracedEvents(session, async () => {
    await page.evaluate("performance.mark('scroll-start')");
    frames = await page.evaluate<number[]>(SCROLL_SCRIPT);
  });
  const sorted = [...frames].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  const total = frames.reduce((sum, ms) => sum + ms, 0);
  const samples = cpuSamples(events);
  const spans = events.filter((e) => e.ph === 'X');
  const from = Math.min(...spans.map((e) => e.ts));
  const { functions } = jsSelfTimes(samples, from, Infinity);
  return [
    `scroll: ${frames.length} frames, median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, ${total.toFixed(0)} ms in all`,
    describeMainThread(events, total, count),
    '  JavaScript per function:',
    ...top(functions, count),
  ].join('\n');
}

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(name);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

async function main(): Promise<void> {
  const runs = Number(option('--runs', '1'));
  const count = Number(option('--top', '20'));
  const traceFile = option('--trace', '');
  if (process.argv.includes('--names')) process.env['PIPELINE_BENCH_NAMES'] = '1';
  if (!process.argv.includes('--no-build')) await build({ configFile: join(here, 'vite.config.ts'), logLevel: 'warn' });
  const server = await preview({
    configFile: join(here, 'vite.config.ts'),
    preview: { port: PORT, strictPort: true, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  const browser = await openBenchBrowser();
  try {
    // The deals stored once, through the app's code, before the traced loads (not traced).
    await seedOrigin(browser.context, `http://127.0.0.1:${PORT}`);
    for (let run = 0; run < runs; run++) {
      const page = await browser.context.newPage();
      const session = await page.context().newCDPSession(page);
      let drawn = 0;
      const events = await tracedEvents(session, async () => {
        await page.goto(`http://127.0.0.1:${PORT}/index.html`);
        await page.waitForFunction('window.__PIPELINE_DRAWN__ !== undefined', undefined, { timeout: 60_000 });
        drawn = await page.evaluate<number>('window.__PIPELINE_DRAWN__');
      });
      if (traceFile) await writeFile(traceFile, JSON.stringify({ traceEvents: events }));
      const start = events.find((e) => e.name === 'navigationStart')?.ts ?? 0;
      const untilDrawn = events.filter((e) => e.ph === 'M' || (e.ts >= start && e.ts <= start + drawn * 1000));
      console.log(`run ${run + 1}: first drawn at ${drawn.toFixed(0)} ms`);
      console.log(describeMainThread(untilDrawn, drawn, count));
      const samples = cpuSamples(events);
      console.log("  phases (and the JavaScript profile's heaviest self times in each):");
      console.log(describePhases(untilDrawn, samples, start).join('\n'));
      const { functions, files } = jsSelfTimes(samples, start, start + drawn * 1000);
      console.log('  JavaScript self time per file:', '\n' + top(files, 12).join('\n'));
      console.log('  per function:', '\n' + top(functions, count).join('\n'));
      if (process.argv.includes('--scroll')) console.log(await profileScroll(session, page, count));
      await page.close();
    }
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
