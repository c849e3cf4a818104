/// <reference lib="dom" />
/**
 * How long one person edit takes to persist on a 2,000-person deal (PRODUCT.md section 6:
 * under 50 ms, writing only what changed), in fake-indexeddb under Node. Not a test: timing
 * depends on the machine. Run with `npx tsx test/renderer/persistence/measureSave.ts`.
 *
 * Prints the median and 90th percentile of `saveChanges` with the summary given (what the
 * app's AutoSaver does when it has the live analysis) and without (the repository analyses
 * the document itself), plus creating and loading the whole deal for scale.
 */
import { performance } from 'node:perf_hooks';
import { syntheticMap } from '../../../build/bench/syntheticMap';
import { updatePeople } from '../../../renderer/editor/commands/people';
import { EditorStore } from '../../../renderer/editor/store';
import type { ChangeSet } from '../../../renderer/editor/changeSet';
import type { PowermapDocument } from '../../../shared/document';
import { openRepository } from './helpers';

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
  const loaded = await repository.loadDeal(doc.deal.id);
  console.log(`load it: ${(performance.now() - t).toFixed(1)} ms (${loaded.status})`);

  const store = new EditorStore(doc);
  let last: { doc: PowermapDocument; changes: ChangeSet } | null = null;
  store.onDocumentChange((next, changes) => {
    last = { doc: next, changes };
  });
  const edit = (i: number) => {
    store.apply(updatePeople([`s-${(i * 37) % PEOPLE}`], { notes: `edit ${i}` }));
    return last!;
  };

  for (const [label, withSummary] of [
    ['saveChanges, summary given', true],
    ['saveChanges, likelihood computed', false],
  ] as const) {
    const samples: number[] = [];
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const { doc: next, changes } = edit(i + (withSummary ? 0 : 1000));
      const start = performance.now();
      await repository.saveChanges(next, changes, withSummary ? { winLikelihood: 50 } : undefined);
      if (i >= WARMUP) samples.push(performance.now() - start);
    }
    console.log(`${label}: ${stats(samples)}`);
  }
  db.close();
}

await main();
