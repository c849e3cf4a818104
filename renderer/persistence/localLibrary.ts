/**
 * The window's deals as the app opens them, in one place for the entry point
 * (renderer/main.tsx) and the pipeline's benchmark page, so the benchmark reads through
 * exactly what the app builds: the deals' database, the window's DealSync and the repository.
 */
import type { Actor } from '../../shared/collab/shape';
import { DATABASE_NAME, PowermapDatabase } from './db';
import { DealRepository } from './repository';
import { DealSync } from './sync';

export interface LocalLibrary {
  readonly db: PowermapDatabase;
  readonly sync: DealSync;
  readonly repository: DealRepository;
}

export function openLocalLibrary(actor?: () => Actor): LocalLibrary {
  // Edits commit relaxed (fast, whatever the browser's default); a second connection commits
  // the checkpoints strictly, flushing them to the disk (autosave.ts).
  const db = new PowermapDatabase(DATABASE_NAME, { chromeTransactionDurability: 'relaxed' });
  const sync = new DealSync();
  const durable = new PowermapDatabase(DATABASE_NAME, { chromeTransactionDurability: 'strict' });
  const repository = new DealRepository(db, sync, actor ? { durable, actor } : { durable });
  return { db, sync, repository };
}

/**
 * The start-up sweep, once `after` is over (the pipeline's early read, when the window starts
 * on it: the sweep's read per deal, thousands, would share the main thread and the database
 * with it, issue 12). The first start of this version moves every deal still stored as rows
 * into its Y.Doc (a deal opened before the sweep reaches it moves on opening, migrate.ts);
 * then library rows older than their deal's Y.Doc (a crash between an edit and its row) are
 * made again.
 */
export function sweepLibrary(repository: DealRepository, after: Promise<void> = Promise.resolve()): void {
  void after
    .then(() => repository.migrateAll())
    .then(() => repository.repairSummaries())
    .catch(() => undefined);
}
