/// <reference lib="dom" />
/**
 * How long one person edit takes to persist on a 2,000-person deal (PRODUCT.md section 6:
 * under 50 ms, writing only what changed), in fake-indexeddb under Node. Not a test: timing
 * depends on the machine. Run with `npx tsx test/renderer/persistence/measureSave.ts`.
 *
 * Prints the median and 90th percentile of an edit applied to the deal's Y.Doc and written
 * with its summary row through the autosaver, plus creating and opening the whole deal for
 * scale.
 */
import { performance } from 'node:perf_hooks';
import { syntheticMap } from '../../../build/bench/syntheticMap';
import { updatePeople } from '../../../renderer/editor/commands/people';
import { openEditor, openRepository } from './helpers';

const PEOPLE = 2000;
const WARMUP = 10;
const RUNS = 50;

function stats(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `median ${at(0.5).toFixed(2)} ms, p90 ${at(0.9).toFixed(2)} ms, min ${sorted[0]!.toFixed(2)} ms (n=${samples.length})`;
}

async function main(): Promise<void> {
  const { db, repository } = openRepository();
  const doc = syntheticMap(PEOPLE);
  let t = performance.now();
  await repository.createDeal(doc);
  console.log(`create ${PEOPLE}-person deal: ${(performance.now() - t).toFixed(1)} ms`);
  t = performance.now();
  const { store, saver, handle } = await openEditor(repository, doc.deal.id);
  console.log(`open it (Y.Doc read and validated): ${(performance.now() - t).toFixed(1)} ms`);

  // The autosaver here has no live analysis: the link analyses the document for the summary.
  const samples: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const start = performance.now();
    store.apply(updatePeople([`s-${(i * 37) % PEOPLE}`], { notes: `edit ${i}` }));
    await saver.flush();
    if (i >= WARMUP) samples.push(performance.now() - start);
  }
  console.log(`edit into the Y.Doc and onto the disk, likelihood computed: ${stats(samples)}`);
  await handle.close();
  db.close();
}

await main();
