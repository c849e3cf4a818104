/**
 * The benchmark page's library: the deals as the app opens them (persistence/localLibrary.ts,
 * which the entry point uses too) and the pipeline's summary cache, so the page reads and
 * writes through the app's own code and the app's own IndexedDB databases.
 */
import { openLocalLibrary, type LocalLibrary } from '../../persistence/localLibrary';
import { SummaryCache } from '../../persistence/summaryCache';
import { PIPELINE_CACHE_FORMAT, type CachedRows } from '../source';

export interface BenchLibrary extends LocalLibrary {
  readonly cache: SummaryCache<CachedRows>;
}

export function openLibrary(): BenchLibrary {
  return { ...openLocalLibrary(), cache: new SummaryCache<CachedRows>(PIPELINE_CACHE_FORMAT) };
}
