/** A PostgreSQL server (DATABASE_URL), through a pool of pg connections. */
import pg from 'pg';
import type { Database, Sql } from './database';

// int8 (counts, identities) as numbers: the server's counts stay far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export async function openPostgres(connectionString: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // A pooled connection that drops (server restart) must not crash the process; the next query reconnects.
  pool.on('error', (error) => console.error(`postgres: idle connection lost (${error.message})`));
  // Fail at start-up, with the driver's message, when the server cannot be reached.
  await pool.query('select 1');
  return {
    engine: 'postgres',
    async query<Row>(text: string, params: readonly unknown[] = []) {
      return (await pool.query(text, [...params])).rows as Row[];
    },
    async transaction<T>(work: (sql: Sql) => Promise<T>) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work({
          async query<Row>(text: string, params: readonly unknown[] = []) {
            return (await client.query(text, [...params])).rows as Row[];
          },
        });
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
