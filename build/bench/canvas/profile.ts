/**
 * Where a canvas frame's time goes (issue 9 §4): one pan or drag on a benchmark page, traced
 * by Chromium (the performance panel's trace over CDP), summed per thread and per kind of
 * work. The frame benchmark (run.ts) says how long frames take; this says why.
 *
 *   npx tsx build/bench/canvas/profile.ts [--page ours] [--people 1000] [--zoom 0.5] [--gesture pan|drag|hover|connect]
 *                                         [--top 12] [--trace /tmp/canvas-trace.json] [--css try.css]
 *                                         [--renders] [--frames] [--script try.js] [--no-build] [--built dir]
 *                                         [--steps 120] [--settle 1500] [--selected] [--pan-first] [--drag-first] [--rest ms]
 *
 * --css adds a style sheet to the page: a way to try a CSS change on the frame before making it
 * (probes/ holds sheets that each take one thing away from every resting card, to see what it costs);
 * --script runs a script in the page once the view is drawn, before the gesture, for the same.
 * --frames lists the frames over 20 ms (up to --top of them) and what each thread did in
 * them (longFrames.ts). --no-build profiles the pages built last; --built, pages built earlier
 * (a copy of dist/bench-canvas, as run.ts's --built): before and after a change, alternated.
 * --steps sets the gesture's mouse moves (120, about 2 s): a few (10) trace only its start and
 * its end, where a drag's layers change (layers.ts lists them). `--gesture hover` moves the
 * pointer onto a card and off it --steps times instead (a hover shows the card's handles). --settle is how long the page
 * rests (ms) between the view drawn and the gesture: the region's idle batches mount in it, so
 * a longer one lets a region that reaches far at rest fill first. The cards mounted when the
 * gesture starts are printed: every mounted card costs the layerization of a drag's moves
 * (docs/CANVAS.md), so two runs compare only at the same count. --selected clicks the card
 * nearest the middle first (the pointer then moved off to the page's corner, and --settle again), so
 * a drag is a click then a drag of a selected card (its transform already held: heldCards.ts),
 * and a pan runs with a card selected. --pan-first pans the view first as run.ts does before its
 * drag (its pan, then 300 ms), so the traced gesture starts from the page run.ts's drag starts from.
 * --drag-first then drags the card nearest the middle as run.ts's drag pressed on landing does,
 * and waits as run.ts waits before its rested drag: with --pan-first --rest 300 the traced
 * drag is run.ts's rested drag, which follows another drag (the card that drag left selected
 * is let go of at the press: heldCards.ts). Traced as the view's first drag, it looked
 * cheaper than the benchmark found it (docs/CANVAS_LOG.md, 5 December).
 * --rest has the pointer rest on the card that long before the tracing and the press (run.ts'
 * rested drag: ours gets a drag ready while the pointer rests, keptLift.ts).
 *
 * Per thread (the renderer's main thread, its compositor, the raster workers: without a GPU
 * the thread pool's, the display compositor) it prints the CPU time busy in the gesture (CPU, not wall time: on a machine
 * shared with other work, wall times include waiting for a core) and the self time per group: script,
 * style, layout, paint (pre-paint, paint, layerize), commit and composite, raster, GC, and
 * the heaviest names with their count, mean and longest single time. Times are self times (an event's duration minus its
 * children's on the same thread), so nothing is counted twice. Then the tiles rasterised per
 * compositing layer: a drag's lines once re-rasterised most of their layer on every move.
 *
 * It also counts what the gesture changed in the page (a MutationObserver: per element kind,
 * its first class, and the attribute or child list changed), with the number of mouse moves
 * the page received: a change counted once per move is work done on every frame of the
 * gesture, one counted a few times is a rare step (a card entering the drawn region).
 *
 * --renders counts React's commits in the gesture and the components each one rendered,
 * through the hook React DevTools uses (it works on the production build the pages are;
 * component names are then the minifier's). A component counts as rendered when its props or
 * state are new objects since the last commit, so one re-rendered by a context alone is not
 * counted. Walking the tree on each commit costs script time: leave it off when timing. On
 * pages built with React's profiling build (`PM_REACT_PROFILING=1 npx vite build -c
 * build/bench/canvas/vite.config.ts`, then --built) it also sums each component's own render
 * ms, and sorts by them.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { describeLongFrames, threadNames } from './longFrames';
import { buildPages, CHROMIUM, frameStats, gesture, outDir, serve, SETTLE_MS, VIEWPORT, type Point } from './run';
import { traced } from '../chromiumTrace';
import { openDrawnAtZoom } from './drawnAtZoom';

/** One event of Chromium's trace format (only the fields read here). */
interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  /** The thread's CPU time in the event: on a loaded machine, wall time includes waiting for a core. */
  readonly tdur?: number;
  readonly tts?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { readonly name?: string; readonly tileData?: { readonly layerId?: number } };
}

/** The groups trace events fall in, by name; anything else is "other". */
const GROUPS: readonly (readonly [string, RegExp])[] = [
  ['style', /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|StyleEngine|Document::UpdateStyle)/],
  ['layout', /^(Layout|UpdateLayout|LayoutShift|IntersectionObserver|ResizeObserver)/],
  ['paint', /^(PrePaint|Paint|Layerize|PaintImage|PaintArtifact|Decode|UpdateLayer|HitTest)/],
  [
    'commit+composite',
    /^(Commit|Composite|ProxyMain|ProxyImpl|LayerTreeHost|cc::|Activate|DrawFrame|Display|Surface|viz::|SkiaRenderer|SoftwareRenderer|DirectRenderer|PrepareToDraw|Scheduler|BeginFrame|BeginMainFrame)/,
  ],
  ['raster', /^(Raster|TileManager|RasterTask|ImageDecode|PaintOpBuffer|TaskGraph|Gpu|Skia)/],
  ['gc', /^(V8\.GC|MinorGC|MajorGC|BlinkGC|V8\.Heap|CppGC|ScavengeTask)/],
  [
    'script',
    /^(FunctionCall|EvaluateScript|v8\.|V8\.|FireAnimationFrame|EventDispatch|TimerFire|RunMicrotasks|RunTask|HandlePostMessage|ParseHTML)/,
  ],
];
const groupOf = (name: string) => GROUPS.find(([, pattern]) => pattern.test(name))?.[0] ?? 'other';

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'v8.execute',
  'blink',
  'cc',
  'viz',
  'toplevel',
];

async function trace(
  session: CDPSession,
  work: () => Promise<number[]>,
): Promise<{ events: TraceEvent[]; frames: number[] }> {
  const { events, result } = await traced<TraceEvent, number[]>(session, CATEGORIES, work);
  return { events, frames: result };
}

interface Span {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  /** CPU time (µs), where the trace has it, else wall time. */
  readonly cpu: number;
}

/** Complete spans per thread, from 'X' events and matched 'B'/'E' pairs. */
function spansByThread(events: readonly TraceEvent[]): Map<string, Span[]> {
  const threads = new Map<string, Span[]>();
  const open = new Map<string, TraceEvent[]>();
  const key = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  const add = (k: string, span: Span) => {
    let list = threads.get(k);
    if (!list) threads.set(k, (list = []));
    list.push(span);
  };
  for (const e of [...events].sort((a, b) => a.ts - b.ts)) {
    if (e.ph === 'X' && e.dur !== undefined)
      add(key(e), { name: e.name, start: e.ts, end: e.ts + e.dur, cpu: e.tdur ?? e.dur });
    else if (e.ph === 'B') {
      const stack = open.get(key(e)) ?? [];
      stack.push(e);
      open.set(key(e), stack);
    } else if (e.ph === 'E') {
      const begin = open.get(key(e))?.pop();
      const cpu = begin?.tts !== undefined && e.tts !== undefined ? e.tts - begin.tts : undefined;
      if (begin) add(key(e), { name: begin.name, start: begin.ts, end: e.ts, cpu: cpu ?? e.ts - begin.ts });
    }
  }
  return threads;
}

interface ThreadProfile {
  busy: number;
  groups: Map<string, number>;
  names: Map<string, number>;
  counts: Map<string, number>;
  /** The longest single self time per name: a one-off (a strip mounted mid-pan) next to the per-move mean. */
  longest: Map<string, number>;
}

/** Self time per name and group, and busy time (top-level spans), of one thread's spans. */
function selfTimes(spans: Span[]): ThreadProfile {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const profile: ThreadProfile = {
    busy: 0,
    groups: new Map(),
    names: new Map(),
    counts: new Map(),
    longest: new Map(),
  };
  const stack: { span: Span; children: number }[] = [];
  const close = (until: number) => {
    while (stack.length > 0 && stack[stack.length - 1]!.span.end <= until) {
      const { span, children } = stack.pop()!;
      const self = Math.max(0, span.cpu - children) / 1000;
      profile.names.set(span.name, (profile.names.get(span.name) ?? 0) + self);
      profile.counts.set(span.name, (profile.counts.get(span.name) ?? 0) + 1);
      profile.longest.set(span.name, Math.max(profile.longest.get(span.name) ?? 0, self));
      const group = groupOf(span.name);
      profile.groups.set(group, (profile.groups.get(group) ?? 0) + self);
      const parent = stack[stack.length - 1];
      if (parent) parent.children += span.cpu;
      else profile.busy += span.cpu / 1000;
    }
  };
  for (const span of spans) {
    close(span.start);
    stack.push({ span, children: 0 });
  }
  close(Infinity);
  return profile;
}

// Software raster (--disable-gpu) runs on the thread pool's workers: often most of a drag's CPU.
const INTERESTING =
  /^(CrRendererMain|Compositor$|CompositorTileWorker|ThreadPoolForegroundWorker|VizCompositorThread|CrGpuMain|Chrome_InProcGpuThread)/;

/**
 * Tiles rasterised in the gesture per compositing layer (by cc's layer id), most first: a
 * layer re-rasterised on every move shows here with about as many tiles a move as the area
 * its changes cover (an SVG path's change covers the path's whole bounding box).
 */
function rasterTiles(events: readonly TraceEvent[]): string {
  const tiles = new Map<string, number>();
  for (const e of events) {
    if (e.name !== 'RasterTask' || e.ph !== 'X') continue;
    const layer = String(e.args?.tileData?.layerId ?? '?');
    tiles.set(layer, (tiles.get(layer) ?? 0) + 1);
  }
  const rows = [...tiles].sort((a, b) => b[1] - a[1]).slice(0, 6);
  return rows.length === 0 ? 'none' : rows.map(([layer, n]) => `layer ${layer}: ${n}`).join(', ');
}

export function describeTrace(events: readonly TraceEvent[], frames: readonly number[], top: number): string {
  const names = threadNames(events);
  const stats = frameStats(frames);
  const lines = [
    `${stats.frames} frames, mean ${stats.mean.toFixed(1)} ms, median ${stats.median.toFixed(1)}, p95 ${stats.p95.toFixed(1)}; gesture ${(frames.reduce((a, b) => a + b, 0) / 1000).toFixed(2)} s`,
  ];
  // Raster workers are several threads of one kind: summed as one.
  const merged = new Map<string, Span[]>();
  for (const [thread, spans] of spansByThread(events)) {
    const name = names.get(thread) ?? thread;
    if (!INTERESTING.test(name)) continue;
    const label = name.replace(/\d+$/, '');
    merged.set(label, [...(merged.get(label) ?? []), ...spans]);
  }
  lines.push(`Tiles rasterised: ${rasterTiles(events)}`);
  for (const [label, spans] of merged) {
    const profile = selfTimes(spans);
    const perFrame = (ms: number) => (ms / Math.max(1, stats.frames)).toFixed(2);
    lines.push('', `${label}: busy ${profile.busy.toFixed(0)} ms (${perFrame(profile.busy)} ms a frame)`);
    const groups = [...profile.groups].sort((a, b) => b[1] - a[1]);
    lines.push('  ' + groups.map(([g, ms]) => `${g} ${perFrame(ms)}`).join(', ') + '  (ms a frame, self)');
    for (const [name, ms] of [...profile.names].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      const count = profile.counts.get(name) ?? 1;
      const longest = profile.longest.get(name) ?? 0;
      lines.push(
        `    ${name.padEnd(44)} ${ms.toFixed(1).padStart(8)} ms  ${perFrame(ms).padStart(6)} /frame  ${String(count).padStart(5)} x ${(ms / count).toFixed(2).padStart(6)} ms, longest ${longest.toFixed(1).padStart(6)}`,
      );
    }
  }
  return lines.join('\n');
}

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(name);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

/** Starts counting the page's DOM changes and mouse moves (read with `readChanges`). */
const WATCH_CHANGES = `(() => {
  const counts = (window.__profileChanges = { 'mouse moves': 0 });
  window.addEventListener('mousemove', () => counts['mouse moves']++, true);
  new MutationObserver((records) => {
    for (const r of records) {
      const target = r.target;
      const kind = target instanceof Element ? target.localName + '.' + (target.getAttribute('class') ?? '').split(' ')[0] : '#text';
      const key = kind + ' ' + (r.type === 'attributes' ? '@' + r.attributeName : r.type);
      counts[key] = (counts[key] ?? 0) + 1;
    }
  }).observe(document.body, { subtree: true, attributes: true, childList: true, characterData: true });
})()`;

/**
 * React's commits and the components each rendered (see --renders): a stand-in for React
 * DevTools' hook, installed before the page's React loads.
 */
const WATCH_RENDERS = `(() => {
  const seen = new WeakMap();
  const counts = (window.__profileRenders = { commits: 0, components: {}, ms: {} });
  window.__profileRenders.on = false;
  // Function, class, forwardRef and simple memo components. Not a memo() with a comparison
  // (tag 14): that is only a wrapper whose props are new whenever its parent renders; the
  // component inside is its child, counted when it does render.
  const COMPONENT_TAGS = new Set([0, 1, 11, 15]);
  const nameOf = (type) => (type && (type.displayName || type.name || (type.render && (type.render.displayName || type.render.name)) || (type.type && nameOf(type.type)))) || '?';
  const rendered = (fiber) => {
    const last = seen.get(fiber);
    return !last || last.props !== fiber.memoizedProps || last.state !== fiber.memoizedState;
  };
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    checkDCE: () => {},
    onScheduleFiberRoot: () => {},
    onCommitFiberUnmount: () => {},
    onPostCommitFiberRoot: () => {},
    onCommitFiberRoot: (_id, root) => {
      const on = window.__profileRenders.on;
      if (on) counts.commits++;
      const stack = [root.current];
      while (stack.length > 0) {
        const fiber = stack.pop();
        if (COMPONENT_TAGS.has(fiber.tag)) {
          if (on && rendered(fiber)) {
            const name = nameOf(fiber.type);
            counts.components[name] = (counts.components[name] ?? 0) + 1;
            // Only React's profiling build times fibers (vite.config.ts, PM_REACT_PROFILING).
            if (typeof fiber.selfBaseDuration === 'number') counts.ms[name] = (counts.ms[name] ?? 0) + fiber.selfBaseDuration;
          }
          // On both of the fiber's copies (React alternates them): the next commit may hold either.
          const record = { props: fiber.memoizedProps, state: fiber.memoizedState };
          seen.set(fiber, record);
          if (fiber.alternate) seen.set(fiber.alternate, record);
        }
        if (fiber.sibling) stack.push(fiber.sibling);
        if (fiber.child) stack.push(fiber.child);
      }
    },
  };
})()`;

interface Renders {
  readonly commits: number;
  readonly components: Readonly<Record<string, number>>;
  /** Render ms per component (its own, children not counted), with React's profiling build only. */
  readonly ms: Readonly<Record<string, number>>;
}

function describeRenders({ commits, components, ms }: Renders): string {
  const timed = Object.keys(ms).length > 0;
  const rows = Object.entries(components).sort((a, b) => (timed ? (ms[b[0]] ?? 0) - (ms[a[0]] ?? 0) : b[1] - a[1]));
  const total = rows.reduce((sum, [, n]) => sum + n, 0);
  const time = (name: string) => (timed ? `  ${(ms[name] ?? 0).toFixed(1).padStart(7)} ms` : '');
  return [
    '',
    `React: ${commits} commits in the gesture, ${total} component renders` +
      (timed ? ' (ms: own render time)' : '') +
      ':',
    ...rows.slice(0, 20).map(([name, n]) => `  ${String(n).padStart(6)}${time(name)}  ${name}`),
  ].join('\n');
}

function describeChanges(counts: Readonly<Record<string, number>>): string {
  const rows = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  return ['', 'DOM changes in the gesture:', ...rows.map(([key, n]) => `  ${String(n).padStart(6)}  ${key}`)].join(
    '\n',
  );
}

/**
 * `--gesture hover`: the pointer goes onto the card nearest the middle and off it to the empty
 * pane, `count` times, resting between (each change shows or hides the card's handles:
 * canvas.css); no frames are timed.
 */
async function hovers(page: Page, on: Point, off: Point, count: number): Promise<number[]> {
  for (let i = 0; i < count; i++) {
    await page.mouse.move(on.x, on.y);
    await page.waitForTimeout(150);
    await page.mouse.move(off.x, off.y);
    await page.waitForTimeout(150);
  }
  return [];
}

/**
 * `--gesture connect`: where a line is drawn from, the bottom handle of the card nearest the
 * middle, with the pointer brought onto that card first (a resting card paints no handles:
 * canvas.css). The gesture then draws a line from it across the map (React Flow's connection
 * line follows the pointer) and lets it go wherever it ends.
 */
async function middleCardHandle(page: Page): Promise<Point | null> {
  const card = await page.evaluate<Point | null>('window.__canvasBench.middleNode()');
  if (!card) return null;
  await page.mouse.move(card.x, card.y);
  await page.waitForTimeout(150);
  return page.evaluate(({ x, y }) => {
    const handle = document
      .elementFromPoint(x, y)
      ?.closest('.react-flow__node')
      ?.querySelector('.react-flow__handle-bottom')
      ?.getBoundingClientRect();
    return handle ? { x: handle.x + handle.width / 2, y: handle.y + handle.height / 2 } : null;
  }, card);
}

/** `--selected`: a click on the card nearest the middle, the pointer back at the corner, then a rest. */
async function selectMiddleCard(page: Page, settle: number): Promise<void> {
  const card = await page.evaluate<Point | null>('window.__canvasBench.middleNode()');
  if (!card) throw new Error('no card to select');
  await page.mouse.click(card.x, card.y);
  await page.mouse.move(0, 0);
  await page.waitForTimeout(settle);
  const selected = await page.evaluate<number>("document.querySelectorAll('.react-flow__node.selected').length");
  if (selected !== 1) throw new Error(`${selected} cards selected after the click`);
}

async function main(): Promise<void> {
  const pageName = option('--page', 'ours');
  const people = Number(option('--people', '1000'));
  const zoom = Number(option('--zoom', '0.5'));
  const kind = option('--gesture', 'pan');
  const top = Number(option('--top', '12'));
  const traceFile = option('--trace', '');
  const css = option('--css', '');
  const script = option('--script', '');
  const built = option('--built', '');
  const steps = Number(option('--steps', '120'));
  const settle = Number(option('--settle', '1500'));
  const rest = Number(option('--rest', '0'));
  if (!process.argv.includes('--no-build') && built === '') await buildPages();
  const server = await serve(built === '' ? outDir : resolve(built));
  const browser = await chromium.launch(CHROMIUM);
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, colorScheme: 'light' });
    const renders = process.argv.includes('--renders');
    if (renders) await context.addInitScript(WATCH_RENDERS);
    const url = `${server.url}/${pageName}.html?people=${people}`;
    const { page } = await openDrawnAtZoom(context, url, zoom, css);
    if (script) await page.evaluate(await readFile(script, 'utf8'));
    await page.waitForTimeout(settle);
    if (process.argv.includes('--selected')) await selectMiddleCard(page, settle);
    if (process.argv.includes('--pan-first')) await panFirst(page);
    if (process.argv.includes('--drag-first')) await dragFirst(page);
    const mounted = await page.evaluate<number>("document.querySelectorAll('.react-flow__node').length");
    const from =
      kind === 'connect'
        ? await middleCardHandle(page)
        : await page.evaluate<Point | null>(
            kind === 'pan' ? 'window.__canvasBench.emptyPanePoint()' : 'window.__canvasBench.middleNode()',
          );
    if (!from) throw new Error(`nothing to ${kind} from`);
    const off = kind === 'hover' ? await page.evaluate<Point | null>('window.__canvasBench.emptyPanePoint()') : null;
    if (kind === 'hover' && !off) throw new Error('no empty pane to hover from');
    if (rest > 0) {
      await page.mouse.move(from.x, from.y);
      await page.waitForTimeout(rest);
    }
    await page.evaluate(WATCH_CHANGES);
    if (renders) await page.evaluate('window.__profileRenders.on = true');
    const session = await context.newCDPSession(page);
    const { events, frames } = await trace(session, () =>
      off
        ? hovers(page, from, off, steps)
        : gesture(page, from, kind === 'pan' ? { x: -4, y: -2 } : { x: 3, y: 2 }, { steps }),
    );
    if (traceFile) await writeFile(traceFile, JSON.stringify({ traceEvents: events }));
    const selectedFirst = process.argv.includes('--selected') ? ', a card selected first' : '';
    console.log(
      `${pageName}, ${people} people, ${kind} at ${Math.round(zoom * 100)}%, ${mounted} cards mounted${selectedFirst}`,
    );
    console.log(describeTrace(events, frames, top));
    console.log(describeChanges(await page.evaluate<Record<string, number>>('window.__profileChanges')));
    if (renders) console.log(describeRenders(await page.evaluate<Renders>('window.__profileRenders')));
    if (process.argv.includes('--frames')) console.log(`\nLong frames: ${describeLongFrames(events, top)}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

/** run.ts's pan of a view (the same gesture and the same wait before the next), untraced. */
async function panFirst(page: Page): Promise<void> {
  const pane = await page.evaluate<Point | null>('window.__canvasBench.emptyPanePoint()');
  if (!pane) throw new Error('no empty pane to pan first');
  await gesture(page, pane, { x: -4, y: -2 });
  await page.waitForTimeout(300);
}

/** run.ts's drag pressed on landing (the same gesture, and the same waits before its rested drag), untraced. */
async function dragFirst(page: Page): Promise<void> {
  const card = await page.evaluate<Point | null>('window.__canvasBench.middleNode()');
  if (!card) throw new Error('no card to drag first');
  await gesture(page, card, { x: 3, y: 2 });
  await page.waitForTimeout(300 + SETTLE_MS);
}
