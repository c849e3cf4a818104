/**
 * Opening a shared 1,000-person deal cold: from a new client's connection to its synced copy,
 * the document not loaded on the server (ours reads it from the database; the bare anchor from
 * its in-memory update store). Each run opens another deal, so none is already loaded.
 */
import * as Y from 'yjs';
import { rootsOf } from '../../../shared/collab';
import { openBenchClient } from './clients';
import { COLD_DEALS, COLD_DEAL_PEOPLE } from './plan';
import type { ServerHandle } from './serverHandle';
import { untilUnloaded } from './until';

/** Milliseconds per cold open; the first deal is a warm-up and not counted. */
export async function coldOpen(server: ServerHandle): Promise<number[]> {
  const samples: number[] = [];
  for (const [run, dealId] of COLD_DEALS.entries()) {
    const start = performance.now();
    const client = openBenchClient(server, dealId);
    try {
      await client.synced;
      const elapsed = performance.now() - start;
      const people = rootsOf(client.doc).people;
      if (people.size !== COLD_DEAL_PEOPLE || !(people.get('s-0') instanceof Y.Map))
        throw new Error(`${dealId} arrived with ${people.size} people, expected ${COLD_DEAL_PEOPLE}`);
      if (run > 0) samples.push(elapsed);
    } finally {
      client.destroy();
    }
  }
  await untilUnloaded(() => server.stats());
  return samples;
}
