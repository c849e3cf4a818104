/**
 * The one SQL interface both engines implement: PGlite (PostgreSQL in WebAssembly, embedded,
 * the default) and a PostgreSQL server (pg). Every query of the server is written once, in
 * PostgreSQL's dialect, with $1-style parameters, and runs unchanged on both.
 */

/** Something that runs a query: the database itself or an open transaction. */
export interface Sql {
  query<Row>(text: string, params?: readonly unknown[]): Promise<Row[]>;
}

export interface Database extends Sql {
  readonly engine: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (sql: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Bytes as both drivers accept them for a bytea parameter. */
export function byteaParam(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A bytea column as read by either driver (pg gives a Buffer, PGlite a Uint8Array). */
export function byteaValue(value: unknown): Uint8Array {
  if (value instanceof Uint8Array) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  throw new TypeError('expected a bytea column');
}
