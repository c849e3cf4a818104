/** The embedded engine: PGlite keeps a PostgreSQL database in a folder, with no server to run. */
import { PGlite } from '@electric-sql/pglite';
import type { Database, Sql } from './database';

const BYTEA = 17;

/**
 * bytea as PostgreSQL's hex text, through Node's native hex codec. PGlite's own conversion goes
 * byte by byte through strings; with a deal's whole state in every store it was most of the
 * server's CPU under many deals (issue 11).
 */
const byteaCodec = {
  serializers: {
    [BYTEA]: (value: unknown): string => {
      if (!(value instanceof Uint8Array)) throw new TypeError('a bytea parameter must be bytes');
      return `\\x${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('hex')}`;
    },
  },
  parsers: {
    [BYTEA]: (text: string): Uint8Array => {
      const bytes = Buffer.from(text.slice(2), 'hex');
      return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    },
  },
};

export async function openPglite(dataDir: string | undefined): Promise<Database> {
  // undefined keeps the database in memory (tests); a folder keeps it on disk.
  const db = new PGlite({ ...(dataDir === undefined ? {} : { dataDir }), ...byteaCodec });
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
