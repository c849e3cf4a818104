/** Times a function: warm-up, then `runs` timed calls; reports the median and p95 in ms. */
// The benchmarks word things in both languages, as the command line does: every catalogue is loaded.
import '../../shared/i18n/catalogue';

export interface Timing {
  readonly name: string;
  readonly runs: number;
  readonly median: number;
  readonly p95: number;
  readonly min: number;
}

export function measure(name: string, fn: () => unknown, runs = 50, warmup = 5): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { name, runs, median: at(0.5), p95: at(0.95), min: times[0]! };
}

/** `measure` for a function that returns a promise: each call is awaited before the next. */
export async function measureAsync(name: string, fn: () => Promise<unknown>, runs = 10, warmup = 1): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { name, runs, median: at(0.5), p95: at(0.95), min: times[0]! };
}

/** The median and p95 of samples taken elsewhere (latencies seen by clients, runs of a child process). */
export function timingOf(name: string, samples: readonly number[]): Timing {
  if (samples.length === 0) throw new Error(`${name}: no samples`);
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { name, runs: sorted.length, median: at(0.5), p95: at(0.95), min: sorted[0]! };
}

export function report(timings: readonly Timing[], goals: Readonly<Record<string, number>> = {}): void {
  const width = Math.max(44, ...timings.map((t) => t.name.length));
  const rows = timings.map((t) => {
    const goal = goals[t.name];
    const verdict = goal === undefined ? '' : t.median < goal ? `ok (< ${goal} ms)` : `OVER ${goal} ms`;
    return `${t.name.padEnd(width)} median ${t.median.toFixed(3).padStart(9)} ms   p95 ${t.p95.toFixed(3).padStart(9)} ms   ${verdict}`;
  });
  console.log(rows.join('\n'));
}
