/**
 * Where the wall time of the pipeline view's first draw goes, read from the page itself
 * after it drew (no tracing, so no tracer's cost in the figures): the browser's navigation
 * and resource timings (the page, the bundle) and the board's own marks (the steps of the
 * IndexedDB read: renderer/pipeline/bench/marks.ts; the draw: board.tsx), each as ms since
 * navigation start. The gaps between
 * them are what profile.ts splits into work and waiting; the medians of several loads are
 * printed by `npx tsx build/bench/pipelineView.bench.ts --phases`.
 */
import type { Page } from '@playwright/test';

/** The moments of one load, in the order they happen, ms since navigation start. */
export const PHASES = [
  'page received',
  'bundle requested',
  'bundle received',
  'bundle-run',
  'loading drawn',
  'deals-listed',
  'cache-read',
  'first-screen-read',
  'rows-committed',
  'drawn',
  'rows-read',
  'rows-complete',
  'side-drawn',
] as const;
export type Phase = (typeof PHASES)[number];

/** The moments read from the browser's navigation, resource and paint timings (PHASES_SCRIPT). */
const BROWSER_TIMINGS: ReadonlySet<Phase> = new Set<Phase>([
  'page received',
  'bundle requested',
  'bundle received',
  'loading drawn',
]);
/** The moments the page marks itself (performance.mark), in order: what a trace shows as user timings. */
export const PAGE_MARKS: readonly Phase[] = PHASES.filter((phase) => !BROWSER_TIMINGS.has(phase));

/**
 * The page's moments; a moment the page did not reach (a mark it does not make) is left out.
 * A string: tsx would wrap a named function in a helper the page does not have.
 */
const PHASES_SCRIPT = `(() => {
  const at = {};
  const nav = performance.getEntriesByType('navigation')[0];
  if (nav) at['page received'] = nav.responseEnd;
  for (const entry of performance.getEntriesByType('resource')) {
    const file = entry.name.split('/').pop() || '';
    if (file.endsWith('.js') && at['bundle requested'] === undefined) {
      at['bundle requested'] = entry.startTime;
      at['bundle received'] = entry.responseEnd;
    }
  }
  for (const mark of performance.getEntriesByType('mark')) at[mark.name] = mark.startTime;
  const paint = performance.getEntriesByType('paint').find((p) => p.name === 'first-contentful-paint');
  if (paint) at['loading drawn'] = paint.startTime;
  return at;
})()`;

export function pagePhases(page: Page): Promise<Partial<Record<Phase, number>>> {
  return page.evaluate<Partial<Record<Phase, number>>>(PHASES_SCRIPT);
}

/** The median of each moment over several loads, one line each, with the step from the one before. */
export function describePhases(loads: readonly Partial<Record<Phase, number>>[]): string {
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
  const lines: string[] = [];
  let before = 0;
  for (const phase of PHASES) {
    const values = loads.flatMap((load) => (load[phase] === undefined ? [] : [load[phase]]));
    if (values.length === 0) continue;
    const at = median(values);
    lines.push(`  ${phase.padEnd(20)} ${at.toFixed(0).padStart(6)} ms  (+${(at - before).toFixed(0)})`);
    before = at;
  }
  return lines.join('\n');
}
