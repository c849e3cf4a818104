/**
 * 500 clients over 100 deals on one server process: the server's memory per loaded deal (heap
 * and RSS after a full collection, minus the idle server's), the CPU it spends on connecting
 * them, and its CPU while every client edits every 2 seconds (250 edits a second), with the
 * edit-to-peer latency seen meanwhile.
 */
import path from 'node:path';
import { destroyAll, openClients, watchEdits, writeEdit } from './clients';
import { LOAD_DEALS } from './plan';
import type { ServerHandle } from './serverHandle';
import { sleep, untilUnloaded } from './until';

const CLIENTS_PER_DEAL = 5;
const EDIT_INTERVAL_MS = 2_000;

export interface ManyDealsResult {
  clients: number;
  deals: number;
  connectMs: number;
  connectCpuMs: number;
  heapPerDeal: number;
  rssPerDeal: number;
  edits: number;
  /** Server CPU time over wall time during the edits, in percent of one core. */
  cpuPercent: number;
  cpuMsPerEdit: number;
  latencies: number[];
}

/**
 * `profileDir`: a CPU profile of the server while the clients connect (`<kind>-connect.cpuprofile`)
 * and another while they edit (`<kind>-edits.cpuprofile`).
 */
export async function manyDeals(
  server: ServerHandle,
  editSeconds: number,
  profileDir?: string,
): Promise<ManyDealsResult> {
  const profile = (phase: string) =>
    profileDir ? server.profile(path.join(profileDir, `${server.kind}-${phase}.cpuprofile`)) : undefined;
  const idle = await server.collected();
  const connectProfile = await profile('connect');
  // Client i edits person s-(i / 100) of deal i % 100: the deal's 5 clients edit 5 people.
  const dealOfClient = Array.from({ length: CLIENTS_PER_DEAL * LOAD_DEALS.length }, (_, i) => LOAD_DEALS[i % 100]!);
  const connectStart = performance.now();
  const clients = await openClients(server, dealOfClient);
  try {
    const connectMs = performance.now() - connectStart;
    const connected = await server.stats();
    await connectProfile?.();
    const loaded = await server.collected();
    if (loaded.documents !== LOAD_DEALS.length)
      throw new Error(`${loaded.documents} documents loaded, expected ${LOAD_DEALS.length}`);

    const latencies: number[] = [];
    for (const client of clients) watchEdits(client.doc, (delay) => latencies.push(delay));
    const editsProfile = await profile('edits');
    const before = await server.stats();
    const start = performance.now();
    let edits = 0;
    // Edits spread evenly: by now, elapsed / interval edits per client are due.
    for (let elapsed = 0; elapsed < editSeconds * 1000; elapsed = performance.now() - start) {
      const due = Math.floor((elapsed / EDIT_INTERVAL_MS) * clients.length);
      for (; edits < due; edits++) {
        const i = edits % clients.length;
        writeEdit(clients[i]!.doc, `s-${Math.floor(i / LOAD_DEALS.length)}`);
      }
      await sleep(10);
    }
    await sleep(1_000); // the last edits arrive and are stored
    const after = await server.stats();
    await editsProfile?.();
    const cpuMs = (after.cpuMicros - before.cpuMicros) / 1000;
    return {
      clients: clients.length,
      deals: LOAD_DEALS.length,
      connectMs,
      connectCpuMs: (connected.cpuMicros - idle.cpuMicros) / 1000,
      heapPerDeal: (loaded.heapUsed - idle.heapUsed) / LOAD_DEALS.length,
      rssPerDeal: (loaded.rss - idle.rss) / LOAD_DEALS.length,
      edits,
      cpuPercent: (100 * cpuMs) / (performance.now() - start),
      cpuMsPerEdit: cpuMs / Math.max(1, edits),
      latencies,
    };
  } finally {
    destroyAll(clients);
    await untilUnloaded(() => server.stats());
  }
}
