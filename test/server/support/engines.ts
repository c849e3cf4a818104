/**
 * The server's two storage engines, for the suites that run once on each (one SQL, one
 * behaviour): the embedded PGlite on a fresh folder, and a real PostgreSQL whose temporary
 * cluster starts at its first use.
 */
import type { Database } from '../../../server/db/database';
import { openDatabase } from '../../../server/db/open';
import { freshPgliteFolder } from './pglite';
import { startPostgres, type TestPostgres } from './postgres';

export interface Engine {
  name: string;
  /** A fresh, migrated database on this engine; the suite closes it. */
  open(): Promise<Database>;
}

/** Both engines, and `stop` for the suite's afterAll: it stops the cluster and removes the folders. */
export function bothEngines(): { engines: Engine[]; stop: () => void } {
  let postgres: TestPostgres | undefined;
  const removals: Array<() => void> = [];
  const engines: Engine[] = [
    {
      name: 'PGlite (embedded)',
      async open() {
        const { folder, remove } = await freshPgliteFolder();
        removals.push(remove);
        return openDatabase({ pgliteDir: folder });
      },
    },
    {
      name: 'PostgreSQL',
      async open() {
        postgres ??= await startPostgres();
        return openDatabase({ databaseUrl: await postgres.createDatabase() });
      },
    },
  ];
  const stop = () => {
    postgres?.stop();
    for (const remove of removals.splice(0)) remove();
  };
  return { engines, stop };
}
