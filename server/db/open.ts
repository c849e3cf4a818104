/** Opens the configured engine and brings its schema up to date. */
import type { Database } from './database';
import { lockDataDir } from './dataDirLock';
import { migrate } from './migrate';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';

export interface DatabaseConfig {
  /** postgres://… selects a PostgreSQL server; otherwise PGlite is used. */
  databaseUrl?: string | undefined;
  /** PGlite's folder; undefined keeps PGlite in memory. */
  pgliteDir?: string | undefined;
}

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.databaseUrl) return prepared(await openPostgres(config.databaseUrl));
  const release = config.pgliteDir === undefined ? () => undefined : lockDataDir(config.pgliteDir);
  let db: Database;
  try {
    db = await openPglite(config.pgliteDir);
  } catch (error) {
    release();
    throw error;
  }
  const close = db.close.bind(db);
  return prepared({
    ...db,
    async close() {
      await close();
      release();
    },
  });
}

async function prepared(db: Database): Promise<Database> {
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
