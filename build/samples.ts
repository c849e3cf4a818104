/**
 * `npm run samples`: the export samples in docs/samples/, made from the course's example
 * (test/fixtures/seed-shortlisting.powermap.json) by the command line itself, in process,
 * with a fixed analysis date so they only change when the exports do:
 * the deal-review sheet (English, Chinese, anonymous), the map as SVG and PNG, the deck
 * (English, Chinese),
 * the stakeholder table, and PNG previews of the English and Chinese sheets' pages
 * (poppler's pdftoppm, 60 dpi).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run, type CliIo } from '../cli/main';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'docs', 'samples');
const seed = join(root, 'test', 'fixtures', 'seed-shortlisting.powermap.json');
const AS_OF = '2026-11-26';

const io: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  cwd: root,
  today: AS_OF,
};

const SAMPLES: readonly (readonly string[])[] = [
  ['deal-review.pdf', '--lang', 'en'],
  ['deal-review.zh-CN.pdf', '--lang', 'zh-CN'],
  ['deal-review-anonymous.pdf', '--lang', 'en', '--anonymous'],
  ['map.svg', '--lang', 'en'],
  ['map.png', '--lang', 'en'],
  ['deal-review.pptx', '--lang', 'en'],
  ['deal-review.zh-CN.pptx', '--lang', 'zh-CN'],
  ['stakeholders.csv', '--lang', 'en'],
];

/** Page previews of a PDF: NAME-page1.png, NAME-page2.png… */
function previews(pdf: string): void {
  const base = pdf.replace(/\.pdf$/, '');
  for (const file of readdirSync(out)) {
    if (file.startsWith(`${base}-page`) && file.endsWith('.png')) rmSync(join(out, file));
  }
  const result = spawnSync('pdftoppm', ['-png', '-r', '60', join(out, pdf), join(out, `${base}-page`)], {
    encoding: 'utf8',
  });
  if (result.error)
    throw new Error(`pdftoppm is needed for the previews: install poppler-utils (${result.error.message})`);
  if (result.status !== 0) throw new Error(`pdftoppm failed: ${result.stderr}`);
  // pdftoppm numbers pages with as many digits as the last page needs: page-1.png or page-01.png.
  for (const file of readdirSync(out)) {
    const match = new RegExp(`^${base.replace(/\./g, '\\.')}-page-0*(\\d+)\\.png$`).exec(file);
    if (match) spawnSync('mv', [join(out, file), join(out, `${base}-page${match[1]}.png`)]);
  }
}

mkdirSync(out, { recursive: true });
for (const [file, ...options] of SAMPLES) {
  const code = await run(['export', seed, '-o', join(out, file!), '--as-of', AS_OF, ...options], io);
  if (code !== 0) process.exit(code);
}
previews('deal-review.pdf');
previews('deal-review.zh-CN.pdf');
