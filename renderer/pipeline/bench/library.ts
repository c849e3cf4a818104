/**
 * The benchmark page's library, put together as the app's entry point (renderer/main.tsx)
 * puts it together: the deals' database (edits relaxed, checkpoints strict), the window's
 * DealSync, the repository, and the pipeline's summary cache, so the page reads and writes
 * through the app's own code and the app's own IndexedDB databases.
 */
import { DATABASE_NAME, PowermapDatabase } from '../../persistence/db';
import { DealRepository } from '../../persistence/repository';
import { SummaryCache } from '../../persistence/summaryCache';
import { DealSync } from '../../persistence/sync';
import { PIPELINE_CACHE_FORMAT, type CachedRows } from '../source';

export interface BenchLibrary {
  readonly repository: DealRepository;
  readonly sync: DealSync;
  readonly cache: SummaryCache<CachedRows>;
}

export function openLibrary(): BenchLibrary {
  const db = new PowermapDatabase(DATABASE_NAME, { chromeTransactionDurability: 'relaxed' });
  const durable = new PowermapDatabase(DATABASE_NAME, { chromeTransactionDurability: 'strict' });
  const sync = new DealSync();
  const repository = new DealRepository(db, sync, { durable });
  return { repository, sync, cache: new SummaryCache<CachedRows>(PIPELINE_CACHE_FORMAT) };
}
