/** Edit-to-peer latency: 50 clients on one deal; one edits, the time until each of the other 49 has it. */
import { destroyAll, openClients, watchEdits, writeEdit } from './clients';
import { EDIT_DEAL, EDIT_DEAL_PEOPLE } from './plan';
import type { ServerHandle } from './serverHandle';
import { until, untilUnloaded } from './until';

export const EDIT_CLIENTS = 50;
const WARMUP_EDITS = 10;

/** Delays (ms) of every edit's arrival at every peer: (edits) x 49 samples. */
export async function editToPeer(server: ServerHandle, edits = 100): Promise<number[]> {
  const clients = await openClients(server, Array<string>(EDIT_CLIENTS).fill(EDIT_DEAL));
  try {
    let samples: number[] = [];
    let arrivals = 0;
    for (const client of clients)
      watchEdits(client.doc, (delay) => {
        arrivals += 1;
        samples.push(delay);
      });
    for (let k = 0; k < WARMUP_EDITS + edits; k++) {
      if (k === WARMUP_EDITS) samples = [];
      const before = arrivals;
      // One edit at a time, each by another client: the latency of an edit, not of a queue.
      writeEdit(clients[k % EDIT_CLIENTS]!.doc, `s-${k % EDIT_DEAL_PEOPLE}`);
      await until(() => arrivals - before >= EDIT_CLIENTS - 1, 'an edit to reach every peer', 30_000);
    }
    return samples;
  } finally {
    destroyAll(clients);
    await untilUnloaded(() => server.stats());
  }
}
