/**
 * The team server's benchmarks (issue 11), ours and a bare Hocuspocus 4 + Yjs server side by
 * side in one run, each server in a process of its own, the same operations against both,
 * taken in turns so a busy moment of the machine slows both alike:
 * edit-to-peer latency at 50 clients, 500 clients over 100 deals (memory per loaded deal, CPU),
 * a cold open of a 1,000-person deal, and a soak whose memory must come back down.
 * Goals: p95 edit-to-peer under 100 ms; no growth across the soak; ours within 1.3x of bare.
 *
 *   npx tsx build/bench/server/run.ts            (soak of 10 minutes per server)
 *   POWERMAP_BENCH_SOAK_SECONDS=60 npx tsx build/bench/server/run.ts
 *   BENCH_PORT / BENCH_BARE_PORT: the ports of ours and of the bare server (default: any free one)
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { report, timingOf, type Timing } from '../measure';
import { coldOpen } from './coldOpen';
import { EDIT_CLIENTS, editToPeer } from './editToPeer';
import { manyDeals, type ManyDealsResult } from './manyDeals';
import { COLD_DEAL_PEOPLE, type ServerKind } from './plan';
import { benchPort, startBenchServer, type ServerHandle } from './serverHandle';
import { soak, soakSeconds, type SoakResult } from './soak';

export const SERVER_GOALS = { editToPeerP95Ms: 100, ratioToBare: 1.3 } as const;
const LOAD_EDIT_SECONDS = 20;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const ratio = (ours: number, bare: number) => (bare > 0 ? ours / bare : Number.NaN);
const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER');

function ratioLine(what: string, ours: Timing, bare: Timing): string {
  const median = ratio(ours.median, bare.median);
  const p95 = ratio(ours.p95, bare.p95);
  return `  ${what} ours/bare: median ${median.toFixed(2)}x, p95 ${p95.toFixed(2)}x   ${verdict(median <= SERVER_GOALS.ratioToBare)} (within ${SERVER_GOALS.ratioToBare}x, median)`;
}

/** Runs `scenario` on both servers, ours first. */
async function both<T>(servers: Record<ServerKind, ServerHandle>, scenario: (server: ServerHandle) => Promise<T>) {
  return { ours: await scenario(servers.ours), bare: await scenario(servers.bare) };
}

function printLatency(samples: { ours: number[]; bare: number[] }): void {
  const name = `server: edit-to-peer, ${EDIT_CLIENTS} clients on 1 deal`;
  const ours = timingOf(`${name}, ours`, samples.ours);
  const bare = timingOf(`${name}, bare`, samples.bare);
  report([ours, bare]);
  console.log(
    `  p95 ours ${ours.p95.toFixed(1)} ms: ${verdict(ours.p95 < SERVER_GOALS.editToPeerP95Ms)} (< ${SERVER_GOALS.editToPeerP95Ms} ms)`,
  );
  console.log(ratioLine('edit-to-peer', ours, bare));
}

function printManyDeals(results: { ours: ManyDealsResult; bare: ManyDealsResult }): void {
  const { ours, bare } = results;
  const line = (kind: string, r: ManyDealsResult) =>
    `  ${kind}: per loaded deal heap ${kb(r.heapPerDeal)}, RSS ${kb(r.rssPerDeal)}; connecting ${r.clients}: ${(r.connectMs / 1000).toFixed(1)} s, server CPU ${r.connectCpuMs.toFixed(0)} ms; ` +
    `${r.edits} edits in ${LOAD_EDIT_SECONDS} s: server CPU ${r.cpuPercent.toFixed(1)}% of a core, ${r.cpuMsPerEdit.toFixed(2)} ms per edit`;
  console.log(`500 clients over 100 deals (5 per deal, 30 people each), every client editing every 2 s:`);
  console.log(line('ours', ours));
  console.log(line('bare', bare));
  const heap = ratio(ours.heapPerDeal, bare.heapPerDeal);
  const cpu = ratio(ours.cpuMsPerEdit, bare.cpuMsPerEdit);
  console.log(
    `  ours/bare: heap per deal ${heap.toFixed(2)}x ${verdict(heap <= SERVER_GOALS.ratioToBare)}, ` +
      `RSS per deal ${ratio(ours.rssPerDeal, bare.rssPerDeal).toFixed(2)}x, CPU per edit ${cpu.toFixed(2)}x ${verdict(cpu <= SERVER_GOALS.ratioToBare)}, ` +
      `connect CPU ${ratio(ours.connectCpuMs, bare.connectCpuMs).toFixed(2)}x`,
  );
  const name = 'server: edit-to-peer under that load';
  report([timingOf(`${name}, ours`, ours.latencies), timingOf(`${name}, bare`, bare.latencies)]);
}

function printCold(samples: { ours: number[]; bare: number[] }): void {
  const name = `server: open a ${COLD_DEAL_PEOPLE}-person deal cold`;
  const ours = timingOf(`${name}, ours (database)`, samples.ours);
  const bare = timingOf(`${name}, bare (memory)`, samples.bare);
  report([ours, bare]);
  console.log(ratioLine('cold open', ours, bare));
}

function printSoak(kind: ServerKind, r: SoakResult): boolean {
  const end = r.afterCycles.at(-1) ?? r.start;
  const first = r.afterCycles[0] ?? r.start;
  // Growth: the heap after the last cycle against after the first (the first warms caches and code).
  const growth = end.heapUsed - first.heapUsed;
  const flat = growth < Math.max(2 * 1024 * 1024, 0.05 * first.heapUsed) && end.documents === 0 && end.deferred === 0;
  // With one cycle there is no growth to see; say so rather than pass it.
  const verdict = r.cycles < 2 ? 'too few cycles to judge' : flat ? 'ok (no growth)' : 'GROWS';
  console.log(
    `  ${kind}: ${r.cycles} cycles, ${r.edits} edits; heap start ${mb(r.start.heapUsed)}, peak ${mb(r.peakHeap)}, after leave + GC ${mb(end.heapUsed)} ` +
      `(after cycle 1 ${mb(first.heapUsed)}, growth since ${mb(growth)}); RSS start ${mb(r.start.rss)}, peak ${mb(r.peakRss)}, after ${mb(end.rss)}; ` +
      `documents loaded after leave ${end.documents}, held by deferred work ${end.deferred}; ` +
      `waited ${(Math.max(...r.settleMs) / 1000).toFixed(1)} s at most for them after leave   ${verdict}`,
  );
  return flat;
}

/** Runs every server benchmark and prints it, each figure against its goal. */
export async function serverBenchmarks(): Promise<void> {
  const seconds = soakSeconds();
  const ours = await startBenchServer('ours', benchPort());
  const bare = await startBenchServer('bare', Number(process.env['BENCH_BARE_PORT'] ?? 0)).catch(async (error) => {
    await ours.stop();
    throw error;
  });
  const servers = { ours, bare };
  try {
    printLatency(await both(servers, (server) => editToPeer(server)));
    printManyDeals(await both(servers, (server) => manyDeals(server, LOAD_EDIT_SECONDS)));
    printCold(await both(servers, (server) => coldOpen(server)));
    console.log(
      `Soak: ${seconds} s per server, 100 clients over 20 deals coming and going, each editing every second; ` +
        `"after leave" is measured after each cycle once every document is unloaded and no deferred summary holds one, then two full GCs:`,
    );
    const soaks = await both(servers, (server) => soak(server, seconds));
    printSoak('ours', soaks.ours);
    printSoak('bare', soaks.bare);
    const name = 'server: edit-to-peer during the soak';
    report([timingOf(`${name}, ours`, soaks.ours.latencies), timingOf(`${name}, bare`, soaks.bare.latencies)]);
  } finally {
    await Promise.all([ours.stop(), bare.stop()]);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(`Team server benchmarks: Node ${process.version}, ${new Date().toISOString()}`);
  await serverBenchmarks();
}
