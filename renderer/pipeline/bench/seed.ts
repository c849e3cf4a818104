/**
 * The benchmark's setup page (`seed.html?deals=5000`), not measured: stores the synthetic
 * deals (build/bench/pipeline/syntheticDeals.ts) in the app's database as the app creates a
 * deal (`DealRepository.createDeal`: the library's line and the deal's Y.Doc), then reads the
 * pipeline once through `localPipelineSource`, which sums each deal up and fills the summary
 * cache as it does the first time the app shows the pipeline. The measured page then finds
 * what a returning user's app finds. Sets `window.__SEEDED__` to the rows read, or
 * `window.__SEED_FAILED__` to why not.
 */
import { localIsoDate } from '../../../shared/values';
import { syntheticDeals } from '../../../build/bench/pipeline/syntheticDeals';
import { localPipelineSource } from '../source';
import { DEFAULT_VIEW } from '../viewState';
import { openLibrary } from './library';

declare global {
  interface Window {
    __SEEDED__?: number;
    __SEED_FAILED__?: string;
  }
}

async function seed(count: number): Promise<number> {
  const library = openLibrary();
  const asOf = localIsoDate(new Date());
  const stored = new Set((await library.repository.listDeals()).map((deal) => deal.id));
  for (const doc of syntheticDeals(count, asOf)) {
    if (!stored.has(doc.deal.id)) await library.repository.createDeal(doc);
  }
  const source = localPipelineSource(library);
  const { rows } = await source.load({ asOf, since: DEFAULT_VIEW.since });
  return rows.length;
}

const count = Number(new URLSearchParams(location.search).get('deals') ?? 5000);
seed(count).then(
  (rows) => {
    window.__SEEDED__ = rows;
  },
  (error: unknown) => {
    window.__SEED_FAILED__ = String(error);
  },
);
