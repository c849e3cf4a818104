/** Files under test/fixtures/, read the same way wherever the test runs from. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (the folder holding package.json). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES_DIR = resolve(REPO_ROOT, 'test', 'fixtures');

export const SEED_FIXTURE = 'seed-shortlisting.powermap.json';

export function fixturePath(name: string): string {
  return resolve(FIXTURES_DIR, name);
}

export function readFixtureText(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}

/** A fresh copy of a fixture's JSON, safe to mutate. */
export function readFixtureJson(name: string): Record<string, unknown> {
  return JSON.parse(readFixtureText(name)) as Record<string, unknown>;
}

/** The original of a copied example in ../shared/examples, when that folder exists. */
export function sharedExamplePath(name: string): string | null {
  const path = resolve(REPO_ROOT, '..', 'shared', 'examples', name);
  return existsSync(path) ? path : null;
}
