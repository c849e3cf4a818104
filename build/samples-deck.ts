/**
 * `npx tsx build/samples-deck.ts`: writes the sample deal-review decks in docs/samples/ from
 * the course's example (test/fixtures/seed-shortlisting.powermap.json), as of a fixed date
 * so the files only change when the deck writer does. English and Simplified Chinese.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocumentText } from '../shared/document';
import { buildDeck } from '../shared/export';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const source = resolve(root, 'test/fixtures/seed-shortlisting.powermap.json');
const result = parseDocumentText(readFileSync(source, 'utf8'));
if (!result.ok) throw new Error(`${source} is not a valid document`);

const samples = [
  { file: 'docs/samples/deal-review.pptx', lang: 'en' },
  { file: 'docs/samples/deal-review.zh-CN.pptx', lang: 'zh-CN' },
] as const;
for (const { file, lang } of samples) {
  const bytes = buildDeck(result.document, { lang, asOf: '2026-11-26', includePersonal: false, anonymous: false });
  const target = resolve(root, file);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, bytes);
  console.log(`Wrote ${file} (${bytes.length} bytes).`);
}
