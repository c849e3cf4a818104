/**
 * The soak: clients come to 20 deals (5 each), edit for a while, and all leave, cycle after
 * cycle for the whole duration. Memory must come back down once they have left: the server's
 * heap and RSS at the start, at their peak (sampled every second) and after each cycle, taken
 * once every document is unloaded and no deferred work holds one (ours summarizes a deal up to
 * summaryDelayMs after its last store, on the document it stored: measured before that, the
 * heap still held the last cycle's documents and looked like growth), then a full collection.
 */
import { destroyAll, openClients, watchEdits, writeEdit } from './clients';
import type { ServerStats } from './plan';
import { SOAK_DEALS } from './plan';
import type { ServerHandle } from './serverHandle';
import { sleep, untilUnloaded } from './until';

const CLIENTS_PER_DEAL = 5;
/** Each client edits once a second while it is there. */
const EDIT_INTERVAL_MS = 1_000;

export interface SoakResult {
  seconds: number;
  cycles: number;
  edits: number;
  start: ServerStats;
  peakHeap: number;
  peakRss: number;
  /** After each cycle's clients left, its documents unloaded and deferred work done, after a full collection. */
  afterCycles: ServerStats[];
  /** How long each cycle waited, after its clients left, for its documents to be unloaded and deferred work done. */
  settleMs: number[];
  latencies: number[];
}

/** The soak's duration: POWERMAP_BENCH_SOAK_SECONDS, else 10 minutes. */
export function soakSeconds(): number {
  const seconds = Number(process.env['POWERMAP_BENCH_SOAK_SECONDS'] ?? 600);
  if (!Number.isFinite(seconds) || seconds <= 0)
    throw new Error('POWERMAP_BENCH_SOAK_SECONDS must be a positive number');
  return seconds;
}

async function oneCycle(
  server: ServerHandle,
  editMs: number,
  latencies: number[],
): Promise<{ edits: number; settleMs: number }> {
  const clients = await openClients(
    server,
    Array.from({ length: CLIENTS_PER_DEAL * SOAK_DEALS.length }, (_, i) => SOAK_DEALS[i % SOAK_DEALS.length]!),
  );
  let edits = 0;
  try {
    // Watched only once synced: the stamps already in the deal are not arrivals.
    for (const client of clients) watchEdits(client.doc, (delay) => latencies.push(delay));
    const start = performance.now();
    for (let elapsed = 0; elapsed < editMs; elapsed = performance.now() - start) {
      const due = Math.floor((elapsed / EDIT_INTERVAL_MS) * clients.length);
      for (; edits < due; edits++) {
        const i = edits % clients.length;
        writeEdit(clients[i]!.doc, `s-${Math.floor(i / SOAK_DEALS.length)}`);
      }
      await sleep(10);
    }
  } finally {
    destroyAll(clients);
  }
  const settleMs = await untilUnloaded(() => server.stats());
  return { edits, settleMs };
}

export async function soak(server: ServerHandle, seconds = soakSeconds()): Promise<SoakResult> {
  const start = await server.collected();
  let peakHeap = start.heapUsed;
  let peakRss = start.rss;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const now = await server.stats();
      peakHeap = Math.max(peakHeap, now.heapUsed);
      peakRss = Math.max(peakRss, now.rss);
      await sleep(1_000);
    }
  })();
  // Cycles of up to a minute, at least four in the soak.
  const cycleMs = Math.max(5_000, Math.min(60_000, (seconds * 1000) / 4));
  const began = performance.now();
  const afterCycles: ServerStats[] = [];
  const latencies: number[] = [];
  const settleMs: number[] = [];
  let edits = 0;
  try {
    while (performance.now() - began < seconds * 1000) {
      const left = seconds * 1000 - (performance.now() - began);
      const cycle = await oneCycle(server, Math.max(1_000, Math.min(cycleMs, left) - 1_000), latencies);
      edits += cycle.edits;
      settleMs.push(cycle.settleMs);
      afterCycles.push(await server.collected());
    }
  } finally {
    sampling = false;
    await sampler;
  }
  return { seconds, cycles: afterCycles.length, edits, start, peakHeap, peakRss, afterCycles, settleMs, latencies };
}
