/**
 * `powermap export` on bad input and wrong usage: the right exit code, one clear message,
 * and nothing written (no target, no temporary file, an existing target untouched).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { findCjkFont } from '../../cli/export/fonts';
import { documentText, listing, seedDocument } from './exportHelpers';
import { expectNoStackTrace, runCli, smallDocument, tempDir } from './helpers';

const temp = tempDir();
afterAll(() => temp.cleanup());

const noFont = () => ({ ok: false, reason: 'none' }) as const;
let before: string[] = [];

beforeEach(() => {
  temp.write('seed.powermap', documentText(seedDocument()));
  temp.write('existing.pdf', 'the previous export');
  before = listing(temp.dir);
});

/** Runs the export; asserts the code, a message on stderr matching `message`, and that the folder is as it was. */
async function expectRefused(argv: readonly string[], code: 1 | 2, message: RegExp, options = {}) {
  const result = await runCli(argv, { cwd: temp.dir, ...options });
  expect(result.code).toBe(code);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(message);
  expectNoStackTrace(result.stderr);
  expect(listing(temp.dir)).toEqual(before);
  expect(readFileSync(join(temp.dir, 'existing.pdf'), 'utf8')).toBe('the previous export');
  return result;
}

describe('export: bad input (exit 1)', () => {
  it('a missing file', async () => {
    await expectRefused(
      ['export', 'missing.powermap', '--format', 'pdf', '-o', 'existing.pdf'],
      1,
      /^missing\.powermap: no such file\.\n$/,
    );
  });

  it('an invalid document, each problem with its path', async () => {
    const bad = smallDocument();
    (bad['stakeholders'] as Record<string, unknown>[])[0]!['attitude'] = 'friendly';
    (bad['stakeholders'] as Record<string, unknown>[])[1]!['influence'] = 300;
    temp.write('bad.powermap', bad);
    before = listing(temp.dir);
    const result = await expectRefused(
      ['export', 'bad.powermap', '-o', 'existing.pdf'],
      1,
      /stakeholders\[0\]\.attitude/,
    );
    expect(result.stderr).toMatch(/stakeholders\[1\]\.influence/);
    expect(result.stderr.trim().split('\n')).toHaveLength(2);
  });

  it('Chinese text and no font with Chinese characters: names what to install', async () => {
    const result = await expectRefused(['export', 'seed.powermap', '-o', 'existing.pdf'], 1, /fonts-noto-cjk/, {
      findFont: noFont,
    });
    expect(result.stderr).toMatch(/^existing\.pdf: .*--font PATH/);
    await expectRefused(['export', 'seed.powermap', '-o', 'map.png'], 1, /fonts-noto-cjk/, { findFont: noFont });
    await expectRefused(['export', 'seed.powermap', '-o', 'x.pdf', '--lang', 'zh-CN'], 1, /未找到含中文字符的字体/, {
      findFont: noFont,
    });
  });

  it('a Latin-only document needs no font (Helvetica)', async () => {
    temp.write('latin.powermap', smallDocument());
    const result = await runCli(['export', 'latin.powermap', '-o', 'latin.pdf', '--lang', 'en'], {
      cwd: temp.dir,
      findFont: noFont,
    });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(join(temp.dir, 'latin.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('a --font that is not a font', async () => {
    temp.write('not-a-font.ttf', 'hello');
    before = listing(temp.dir);
    await expectRefused(
      ['export', 'seed.powermap', '-o', 'existing.pdf', '--font', join(temp.dir, 'not-a-font.ttf')],
      1,
      /not-a-font\.ttf cannot be read/,
    );
  });

  it('an output folder that does not exist', async () => {
    await expectRefused(
      ['export', 'seed.powermap', '-o', join('no-such-folder', 'x.pdf')],
      1,
      /could not be written \(ENOENT\)/,
    );
  });
});

describe('export: wrong usage (exit 2)', () => {
  it('an unknown format', async () => {
    await expectRefused(
      ['export', 'seed.powermap', '--format', 'docx', '-o', 'x.docx'],
      2,
      /unknown format "docx"; use svg, png, pdf, pptx or csv\./,
    );
  });

  it('a binary format without -o', async () => {
    await expectRefused(
      ['export', 'seed.powermap', '--format', 'png'],
      2,
      /a png file is binary and is not written to standard output; give the file to write with -o OUT\./,
    );
    await expectRefused(['export', 'seed.powermap', '--format', 'pdf', '-o', '-'], 2, /-o OUT/);
  });

  it('no format and an output without a known extension', async () => {
    await expectRefused(['export', 'seed.powermap', '-o', 'out.bin'], 2, /--format/);
    await expectRefused(['export', 'seed.powermap'], 2, /--format/);
  });

  it('an unknown option, a missing FILE, an option of another command', async () => {
    await expectRefused(
      ['export', 'seed.powermap', '--format', 'pdf', '-o', 'x.pdf', '--bogus'],
      2,
      /unknown option "--bogus"/,
    );
    await expectRefused(['export', '--format', 'pdf', '-o', 'x.pdf'], 2, /missing the FILE argument/);
    await expectRefused(['export', 'seed.powermap', '-o', 'x.pdf', '--json'], 2, /--json does not apply to "export"/);
    await expectRefused(['export', 'seed.powermap', '-o', 'x.pdf', '--as-of', '2026-02-30'], 2, /2026-02-30/);
  });
});

describe('findCjkFont', () => {
  it('reads a collection given as --font and takes its Simplified Chinese face', () => {
    const installed = findCjkFont(null, {});
    if (!installed.ok) throw new Error('no CJK font installed: install fonts-noto-cjk (CI installs it)');
    const asked = findCjkFont(installed.font.regular.path, {});
    expect(asked.ok).toBe(true);
    if (!asked.ok) return;
    expect(asked.font).toMatchObject({ cjk: true, system: false });
    if (installed.font.regular.path.endsWith('.ttc')) expect(asked.font.regular.postscriptName).toMatch(/sc|gb|hans/i);
  });

  it('takes the font asked for, and says when it cannot be read', () => {
    expect(findCjkFont(join(temp.dir, 'nothing.ttf'), {})).toEqual({
      ok: false,
      reason: 'unreadable',
      path: join(temp.dir, 'nothing.ttf'),
    });
    expect(findCjkFont(null, { POWERMAP_FONT: join(temp.dir, 'nothing.ttf') })).toMatchObject({ reason: 'unreadable' });
  });
});
