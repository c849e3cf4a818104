/**
 * Only the 500-clients-over-100-deals scenario, on one server, for profiling it:
 *
 *   POWERMAP_BENCH_CPU_PROF=/tmp/prof npx tsx build/bench/server/profileManyDeals.ts ours|bare [edit seconds]
 *
 * then open /tmp/prof/<kind>.cpuprofile in Chrome's DevTools (or read it with summarizeProfile.ts).
 */
import { manyDeals } from './manyDeals';
import type { ServerKind } from './plan';
import { benchPort, startBenchServer } from './serverHandle';

const kind = (process.argv[2] ?? 'ours') as ServerKind;
const seconds = Number(process.argv[3] ?? 20);
const server = await startBenchServer(kind, benchPort());
try {
  const r = await manyDeals(server, seconds);
  const median = [...r.latencies].sort((a, b) => a - b)[Math.floor(r.latencies.length / 2)] ?? Number.NaN;
  console.log(
    `${kind}: ${r.edits} edits, server CPU ${r.cpuPercent.toFixed(1)}% of a core, ${r.cpuMsPerEdit.toFixed(2)} ms per edit, edit-to-peer median ${median.toFixed(0)} ms`,
  );
} finally {
  await server.stop();
}
