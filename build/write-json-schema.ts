/** `npm run schema`: regenerates build/schema/powermap.schema.json from the zod schemas. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSON_SCHEMA_FILE, renderJsonSchema } from './json-schema';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = resolve(root, JSON_SCHEMA_FILE);

function readIfPresent(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

const text = renderJsonSchema();
if (readIfPresent(target) === text) {
  console.log(`${JSON_SCHEMA_FILE} is up to date.`);
} else {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text, 'utf8');
  console.log(`Wrote ${JSON_SCHEMA_FILE}.`);
}
