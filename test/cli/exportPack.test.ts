/**
 * `powermap export FILE…|DIR --format pack|pipeline-csv`: the review pack read back with
 * poppler (A4 landscape, the contents' page numbers match the pages, Chinese text, personal
 * fields only when asked for, the anonymous variant names nobody) and the pipeline CSV as
 * Excel reads it (byte-order mark, CRLF, Chinese).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeCsvBytes, parseCsv } from '../../shared/csv';
import { greenDeal, lostDeal, redDeal } from '../support/pipelineDeals';
import { listing, pdfText, poppler, readBytes, squash } from './exportHelpers';
import { runCli, tempDir } from './helpers';

const temp = tempDir();
afterAll(() => temp.cleanup());

const AS_OF = '2026-11-26';
const PERSONAL = 'PERSONALNOTE plays golf';
const green = greenDeal();
const withNote = {
  ...green,
  stakeholders: (green['stakeholders'] as Record<string, unknown>[]).map((person, i) =>
    i === 0 ? { ...person, notes: PERSONAL } : person,
  ),
};
const folder = join(temp.dir, 'deals');
const out = join(temp.dir, 'out');
const files = {
  plain: join(out, 'plain.pdf'),
  personal: join(out, 'personal.pdf'),
  anonymous: join(out, 'anonymous.pdf'),
  zh: join(out, 'zh.pdf'),
};

async function exportPack(output: string, extra: readonly string[]): Promise<void> {
  const result = await runCli(['export', folder, '--format', 'pack', '-o', output, '--as-of', AS_OF, ...extra]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
}

/** Each page's text, in order. */
function pages(file: string): string[] {
  return pdfText(file).split('\f').slice(0, -1);
}

beforeAll(async () => {
  for (const dir of ['deals', 'out', 'bad']) mkdirSync(join(temp.dir, dir));
  temp.write('deals/green.powermap', JSON.stringify(withNote));
  temp.write('deals/red.powermap', JSON.stringify(redDeal()));
  temp.write('deals/lost.powermap', JSON.stringify(lostDeal()));
  await exportPack(files.plain, ['--lang', 'en']);
  await exportPack(files.personal, ['--lang', 'en', '--include-personal']);
  await exportPack(files.anonymous, ['--lang', 'en', '--anonymous']);
  await exportPack(files.zh, ['--lang', 'zh-CN', '--since', '2026-11-12']);
}, 120_000);

describe('powermap export --format pack', () => {
  it('is A4 landscape on every page', () => {
    const info = poppler('pdfinfo', ['-f', '1', '-l', '999', files.plain]);
    const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    expect(count).toBeGreaterThanOrEqual(6);
    const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+(.+)$/gm)].map((match) => match[1]);
    expect(sizes).toHaveLength(count);
    for (const size of sizes) expect(size).toMatch(/^841\.89 x 595\.28 pts/);
  });

  it('lists every section and deal in the contents on the page it starts on', () => {
    const text = pages(files.plain);
    // The contents as laid out: each entry on one line with its page number.
    const contents = poppler('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', '1', '-l', '1', files.plain, '-']);
    expect(contents).toContain('Deal review pack');
    const entry = (label: string) => Number(new RegExp(`${label}.*?\\s(\\d+)\\s*$`, 'm').exec(contents)?.[1]);
    const pipeline = entry('Pipeline');
    expect(text[pipeline - 1]).toContain('Status');
    expect(text[entry('Win likelihood by decision date') - 1]).toContain('100%');
    for (const [label, heading] of [
      ['设备采购 · 示例客户', '设备采购'],
      ['Data centre · Harbour Bank', 'Data centre'],
      ['Old tender · Harbour Bank', 'Old tender'],
    ] as const) {
      const page = entry(label);
      expect(page, label).toBeGreaterThan(pipeline);
      // The deal's sheet starts there: its heading and "Deal review", and page 1 of it is not a continuation.
      expect(text[page - 1], label).toContain(heading);
      expect(text[page - 1], label).toContain('Deal review');
      expect(text[page - 1]).toContain(`Page ${page} of ${text.length}`);
    }
    // The deals come red first, as in the pipeline table.
    expect(entry('设备采购 · 示例客户')).toBeLessThan(entry('Data centre · Harbour Bank'));
  });

  it('has a bookmark for the contents, every section and every deal, on the page the contents give', () => {
    const xml = spawnSync('pdftohtml', ['-xml', '-i', '-stdout', '-f', '1', '-l', '1', files.plain], {
      encoding: 'utf8',
    }).stdout;
    const bookmarks = [...xml.matchAll(/<item page="(\d+)">([^<]*)<\/item>/g)].map((m) => [m[2], Number(m[1])]);
    const contents = poppler('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', '1', '-l', '1', files.plain, '-']);
    expect(bookmarks.map(([label]) => label)).toEqual([
      'Contents',
      'Pipeline',
      'Totals of the open deals, per currency',
      'Win likelihood by decision date (2026-10-01 to 2026-12-31)',
      '设备采购 · 示例客户',
      'Data centre · Harbour Bank',
      'Old tender · Harbour Bank',
    ]);
    for (const [label, page] of bookmarks.slice(1)) {
      expect(contents, String(label)).toMatch(
        new RegExp(`${String(label).replace(/[()]/g, '\\$&')}\\s+${page}\\s*$`, 'm'),
      );
    }
  });

  it('holds the pipeline table, the totals per currency and the chart', () => {
    const text = squash(pdfText(files.plain));
    expect(text).toContain(squash('Totals of the open deals, per currency'));
    expect(text).toContain('CN¥1,200,000');
    expect(text).toContain('US$640,000');
    expect(text).toContain(squash('Win likelihood by decision date (2026-10-01 to 2026-12-31)'));
  });

  it('is worded in Chinese when asked, with the moves since a date', () => {
    const text = squash(pdfText(files.zh));
    expect(text).toContain('项目评审资料包');
    expect(text).toContain('目录');
    expect(text).toContain(squash('自 2026-11-12 起金额变化'));
    expect(text).toContain('副总');
    expect(text).not.toContain('Deal review pack');
  });

  it('leaves personal fields out unless they are included', () => {
    expect(squash(pdfText(files.plain))).not.toContain('PERSONALNOTE');
    expect(squash(pdfText(files.personal))).toContain('PERSONALNOTE');
  });

  it('names nobody in the anonymous variant', () => {
    const text = pdfText(files.anonymous);
    for (const name of ['Wang Wei', 'Li Na', 'Harbour Bank', '副总', '客户经理', '示例客户']) {
      expect(text).not.toContain(name);
    }
    expect(text).toContain('Client');
    expect(text).toContain('Anonymous variant');
  });

  it('writes nothing when a file cannot be read', async () => {
    const bad = temp.write('bad/broken.powermap', '{ not json');
    const target = join(temp.dir, 'bad', 'pack.pdf');
    const result = await runCli(['export', folder, bad, '--format', 'pack', '-o', target]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('broken.powermap');
    expect(listing(join(temp.dir, 'bad'))).toEqual(['broken.powermap']);
  });
});

describe('powermap export --format pipeline-csv', () => {
  it('writes UTF-8 with a byte-order mark and CRLF, in Chinese, that parses back', async () => {
    const target = join(out, 'pipeline.csv');
    const result = await runCli(['export', folder, '--format', 'pipeline-csv', '-o', target, '--lang', 'zh-CN']);
    expect(result.code).toBe(0);
    const bytes = readBytes(target);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const decoded = decodeCsvBytes(bytes);
    expect(decoded.encoding).toBe('utf-8-bom');
    expect(decoded.text.split('\r\n')[0]).toMatch(/^状态,项目,客户,金额/);
    const records = parseCsv(decoded.text);
    expect(records.slice(1, 4).map((record) => record[1])).toEqual(['设备采购', 'Data centre', 'Old tender']);
  });

  it('goes to standard output without the byte-order mark', async () => {
    const result = await runCli(['export', folder, '--format', 'pipeline-csv', '--as-of', AS_OF]);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('Status,Deal')).toBe(true);
  });

  it('refuses many files and --since for a format of one deal', async () => {
    const many = await runCli(['export', folder, folder, '--format', 'pdf', '-o', 'x.pdf']);
    expect(many.code).toBe(2);
    const since = await runCli(['export', folder, '--format', 'svg', '--since', '2026-11-12']);
    expect(since.code).toBe(2);
  });
});
