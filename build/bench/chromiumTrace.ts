/**
 * Chromium's trace of some work, over the DevTools protocol: the one way the benchmarks'
 * profilers (build/bench/canvas/profile.ts, gestureEnd.ts, build/bench/pipeline/profile.ts)
 * record what the browser did while they drove a page.
 */
import type { CDPSession } from '@playwright/test';

/** The fields every event of Chromium's trace format has (the profilers add those they read). */
export interface ChromiumTraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  /** The thread's CPU time in the event: on a loaded machine, wall time includes waiting for a core. */
  readonly tdur?: number;
  readonly pid: number;
  readonly tid: number;
}

/** The trace events recorded in `categories` while `work` ran, and what `work` returned. */
export async function traced<Event, Result>(
  session: CDPSession,
  categories: readonly string[],
  work: () => Promise<Result>,
): Promise<{ readonly events: Event[]; readonly result: Result }> {
  const events: Event[] = [];
  // The protocol types trace events as string maps; they hold numbers too (Chromium's trace format).
  session.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as Event[])));
  const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
  await session.send('Tracing.start', { categories: categories.join(','), transferMode: 'ReportEvents' });
  const result = await work();
  await session.send('Tracing.end');
  await complete;
  return { events, result };
}
