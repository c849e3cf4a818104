/**
 * Which frames of a traced gesture were long, and what the threads did in them (profile.ts
 * --frames): the mean frame says how many frames drop, this says which and why.
 *
 * A frame is the interval between two of the main thread's animation-frame services
 * (PageAnimator::serviceScriptedAnimations: the probe's requestAnimationFrame intervals,
 * renderer/canvas/bench/probe.ts). For each one over LONG_FRAME_MS it lists the main
 * thread's tasks overlapping it (wall and CPU time, and their heaviest steps: script, a
 * re-layering of the page, paint...), the tiles rasterised in it per layer, and the main
 * thread's garbage collections. A trace slows the page (more so on a loaded machine), so
 * read wall times against CPU times: a task with much more wall than CPU time was waiting
 * for a core.
 */
import type { ChromiumTraceEvent } from '../chromiumTrace';

/** One event of Chromium's trace format (the fields read here). */
export interface FrameTraceEvent extends ChromiumTraceEvent {
  readonly args?: { readonly name?: string; readonly tileData?: { readonly layerId?: number } };
}

/** Over this, a frame missed the 60 Hz clock's next tick (with some slack for jitter). */
export const LONG_FRAME_MS = 20;
/** Main-thread tasks shorter than this are left out of a long frame's list. */
const TASK_MIN_US = 1500;
/** A task's steps shorter than this are left out of its list. */
const STEP_MIN_US = 1000;

const ms = (us: number) => (us / 1000).toFixed(1);

interface Span {
  readonly name: string;
  readonly ts: number;
  readonly dur: number;
  readonly tdur: number;
}

/** The threads' names (by `pid:tid`) from the trace's metadata events. */
export function threadNames(events: readonly FrameTraceEvent[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
  return names;
}

function mainThreadSpans(events: readonly FrameTraceEvent[]): Span[] {
  const threads = threadNames(events);
  return events
    .filter((e) => e.ph === 'X' && e.dur !== undefined && threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain')
    .map((e) => ({ name: e.name, ts: e.ts, dur: e.dur!, tdur: e.tdur ?? e.dur! }))
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
}

/** The top-level spans (tasks), each with its heaviest nested steps by name. */
function tasksOf(spans: readonly Span[]): { task: Span; steps: string }[] {
  const tasks: { task: Span; heaviest: Map<string, number> }[] = [];
  let end = -Infinity;
  for (const span of spans) {
    if (span.ts >= end) {
      tasks.push({ task: span, heaviest: new Map() });
      end = span.ts + span.dur;
    } else if (span.dur >= STEP_MIN_US) {
      const { heaviest } = tasks[tasks.length - 1]!;
      heaviest.set(span.name, Math.max(heaviest.get(span.name) ?? 0, span.dur));
    }
  }
  return tasks.map(({ task, heaviest }) => ({
    task,
    steps: [...heaviest]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([name, us]) => `${name} ${ms(us)}`)
      .join(' | '),
  }));
}

/** The long frames of a trace, at most `limit` of them described; the count of all. */
export function describeLongFrames(events: readonly FrameTraceEvent[], limit: number): string {
  const spans = mainThreadSpans(events);
  const ticks = spans.filter((s) => s.name === 'PageAnimator::serviceScriptedAnimations').map((s) => s.ts);
  const tasks = tasksOf(spans);
  const raster = events.filter((e) => e.ph === 'X' && e.name === 'RasterTask');
  const gc = spans.filter((s) => /^(V8\.GC|MinorGC|MajorGC|BlinkGC)/.test(s.name));
  const lines: string[] = [];
  let long = 0;
  for (let i = 1; i < ticks.length; i++) {
    const from = ticks[i - 1]!;
    const to = ticks[i]!;
    if ((to - from) / 1000 <= LONG_FRAME_MS) continue;
    long++;
    if (long > limit) continue;
    lines.push('', `frame ${i}: ${ms(to - from)} ms, ${((from - ticks[0]!) / 1e6).toFixed(2)} s into the gesture`);
    for (const { task, steps } of tasks) {
      if (task.ts + task.dur < from || task.ts > to || task.dur < TASK_MIN_US) continue;
      lines.push(`  main +${ms(task.ts - from)}: ${ms(task.dur)} ms wall, ${ms(task.tdur)} cpu: ${steps}`);
    }
    const tiles = raster.filter((e) => e.ts >= from && e.ts < to);
    if (tiles.length > 0) {
      const perLayer = new Map<string, number>();
      for (const e of tiles) {
        const layer = String(e.args?.tileData?.layerId ?? '?');
        perLayer.set(layer, (perLayer.get(layer) ?? 0) + 1);
      }
      const list = [...perLayer].map(([layer, n]) => `layer ${layer}: ${n}`).join(', ');
      lines.push(`  raster: ${tiles.length} tiles (${list})`);
    }
    for (const collection of gc.filter((s) => s.ts >= from && s.ts < to))
      lines.push(`  gc: ${collection.name} ${ms(collection.dur)} ms`);
  }
  const shown = long > limit ? ` (the first ${limit} shown)` : '';
  return [`${long} of ${Math.max(0, ticks.length - 1)} frames over ${LONG_FRAME_MS} ms${shown}`, ...lines].join('\n');
}
