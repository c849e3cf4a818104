/**
 * Numbered SQL migrations: server/db/migrations/NNNN_name.sql, applied in order, each once,
 * each in its own transaction. Several server processes starting together on one PostgreSQL
 * take an advisory lock, so only one applies a migration.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Database } from './database';

const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);
/** An arbitrary constant naming Powermap's migration lock among the advisory locks. */
const MIGRATION_LOCK = 7_401_113;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function readMigrations(): Migration[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((file) => /^\d{4}_[a-z0-9_]+\.sql$/u.test(file))
    .sort()
    .map((file) => ({
      version: Number(file.slice(0, 4)),
      name: file.slice(5, -4),
      sql: readFileSync(new URL(file, MIGRATIONS_DIR), 'utf8'),
    }));
}

/** Applies the migrations the database lacks; returns the versions applied now. */
export async function migrate(db: Database, migrations = readMigrations()): Promise<number[]> {
  return db.transaction(async (sql) => {
    await sql.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await sql.query(
      `create table if not exists schema_migrations (
         version integer primary key,
         name text not null,
         applied_at timestamptz not null default now()
       )`,
    );
    const done = new Set(
      (await sql.query<{ version: number }>('select version from schema_migrations')).map((row) => row.version),
    );
    const applied: number[] = [];
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      // Statements one by one: the extended protocol (with parameters) runs one statement per call.
      for (const statement of splitStatements(migration.sql)) await sql.query(statement);
      await sql.query('insert into schema_migrations (version, name) values ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      applied.push(migration.version);
    }
    return applied;
  });
}

/** Splits a migration at the semicolons that end a line; migrations hold no functions or quoted semicolons. */
export function splitStatements(script: string): string[] {
  return script
    .split(/;\s*$/mu)
    .map((statement) => statement.replace(/^\s*--.*$/gmu, '').trim())
    .filter((statement) => statement.length > 0);
}
