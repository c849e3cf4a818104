/**
 * The app's local pipeline source (`localPipelineSource`) with the benchmark's marks around
 * its steps (build/bench/pipeline/phases.ts): `deals-listed` when the library's lines are
 * read, `cache-read` when the summary cache's entries are, `first-screen-read` when the
 * first screen is told, `rows-read` when every row is. The marks wrap the repository, the
 * cache and the listener; what runs between them is the app's own code.
 */
import { localPipelineSource, type PipelineSource } from '../source';
import type { BenchLibrary } from './library';

export function markedSource({ repository, sync, cache }: BenchLibrary): PipelineSource {
  const source = localPipelineSource({
    sync,
    repository: {
      listDeals: async (options) => {
        const deals = await repository.listDeals(options);
        performance.mark('deals-listed');
        return deals;
      },
      loadDeal: (id) => repository.loadDeal(id),
    },
    cache: {
      valid: async (deals) => {
        const found = await cache.valid(deals);
        performance.mark('cache-read');
        return found;
      },
      store: (entries) => cache.store(entries),
      keepOnly: (ids) => cache.keepOnly(ids),
    },
  });
  return {
    ...source,
    async load(query, onFirstScreen) {
      const data = await source.load(
        query,
        onFirstScreen &&
          ((screen) => {
            onFirstScreen(screen);
            performance.mark('first-screen-read');
          }),
      );
      performance.mark('rows-read');
      return data;
    },
  };
}
