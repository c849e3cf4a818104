/** The embedded engine: PGlite keeps a PostgreSQL database in a folder, with no server to run. */
import { PGlite } from '@electric-sql/pglite';
import type { Database, Sql } from './database';

export async function openPglite(dataDir: string | undefined): Promise<Database> {
  // undefined keeps the database in memory (tests); a folder keeps it on disk.
  const db = dataDir === undefined ? new PGlite() : new PGlite(dataDir);
  await db.waitReady;
  return {
    engine: 'pglite',
    async query<Row>(text: string, params: readonly unknown[] = []) {
      return (await db.query<Row>(text, [...params])).rows;
    },
    async transaction<T>(work: (sql: Sql) => Promise<T>) {
      return db.transaction((tx) =>
        work({
          async query<Row>(text: string, params: readonly unknown[] = []) {
            return (await tx.query<Row>(text, [...params])).rows;
          },
        }),
      );
    },
    close: () => db.close(),
  };
}
