/**
 * Embedded databases for the tests. A new PGlite folder costs an initdb (seconds, much more on
 * a busy machine), so one migrated folder is made per PGlite release and migration set, kept in
 * the temporary folder, and copied for each test.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../../server/db/open';
import { readMigrations } from '../../../server/db/migrate';

/** The PGlite release: a folder made by another release may not open. */
const PGLITE_VERSION = (
  JSON.parse(
    readFileSync(new URL('../../../node_modules/@electric-sql/pglite/package.json', import.meta.url), 'utf8'),
  ) as { version: string }
).version;

async function templateFolder(): Promise<string> {
  const hash = createHash('sha256')
    .update(PGLITE_VERSION)
    .update(
      readMigrations()
        .map((migration) => migration.sql)
        .join('\n'),
    )
    .digest('hex')
    .slice(0, 16);
  const folder = path.join(tmpdir(), `powermap-pglite-template-${hash}`);
  if (existsSync(folder)) return folder;
  const building = mkdtempSync(path.join(tmpdir(), 'powermap-pglite-building-'));
  const db = await openDatabase({ pgliteDir: path.join(building, 'data') });
  await db.close();
  try {
    renameSync(path.join(building, 'data'), folder); // atomic: another worker may have won, then ours is dropped
  } catch {
    // the template exists already
  }
  rmSync(building, { recursive: true, force: true });
  return folder;
}

/** A fresh, migrated PGlite folder; remove it with the returned function. */
export async function freshPgliteFolder(): Promise<{ folder: string; remove: () => void }> {
  const template = await templateFolder();
  const parent = mkdtempSync(path.join(tmpdir(), 'powermap-pglite-'));
  const folder = path.join(parent, 'data');
  cpSync(template, folder, { recursive: true });
  return { folder, remove: () => rmSync(parent, { recursive: true, force: true }) };
}
