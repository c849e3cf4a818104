/**
 * Only the 500-clients-over-100-deals scenario, on one server, for profiling it:
 *
 *   npx tsx build/bench/server/profileManyDeals.ts ours|bare [edit seconds] [folder]
 *
 * writes the server's CPU profile while the clients connect (<folder>/<kind>-connect.cpuprofile)
 * and while they edit (<kind>-edits.cpuprofile), the folder /tmp/prof unless given; open them
 * in Chrome's DevTools or read them with summarizeProfile.ts. (POWERMAP_BENCH_CPU_PROF=<folder>
 * profiles the server's whole life instead, its start included.)
 */
import { mkdirSync } from 'node:fs';
import { manyDeals } from './manyDeals';
import type { ServerKind } from './plan';
import { benchPort, startBenchServer } from './serverHandle';

const kind = (process.argv[2] ?? 'ours') as ServerKind;
const seconds = Number(process.argv[3] ?? 20);
const folder = process.argv[4] ?? '/tmp/prof';
mkdirSync(folder, { recursive: true });
const server = await startBenchServer(kind, benchPort());
try {
  const r = await manyDeals(server, seconds, folder);
  const median = [...r.latencies].sort((a, b) => a - b)[Math.floor(r.latencies.length / 2)] ?? Number.NaN;
  console.log(
    `${kind}: connecting ${r.clients}: ${(r.connectMs / 1000).toFixed(1)} s, server CPU ${r.connectCpuMs.toFixed(0)} ms; ` +
      `${r.edits} edits, server CPU ${r.cpuPercent.toFixed(1)}% of a core, ${r.cpuMsPerEdit.toFixed(2)} ms per edit, edit-to-peer median ${median.toFixed(0)} ms`,
  );
} finally {
  await server.stop();
}
