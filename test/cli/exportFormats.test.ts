/**
 * `powermap export` to SVG, CSV, PNG and PPTX: the structure of each file, hostile names
 * kept as text, privacy (anonymous, personal fields) the same as in the app.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsvTable } from '../../shared/csv';
import type { PowermapDocument } from '../../shared/document';
import { markNames } from '../shared/export/helpers';
import { allElements, hasClass, parseXml } from '../shared/export/xml';
import { documentText, pngSize, readBytes, seedDocument } from './exportHelpers';
import { runCli, tempDir, TODAY } from './helpers';
import { tableOf } from '../shared/export/exporters';

const temp = tempDir();
afterAll(() => temp.cleanup());

const XSS_NAME = '<script>alert(1)</script>';
const XSS_TITLE = '"><img onerror=x>';

/** The seed with hostile names, commas, quotes, line breaks and a formula in the fields. */
function hostile(): PowermapDocument {
  const seed = seedDocument();
  return {
    ...seed,
    stakeholders: seed.stakeholders.map((person, i) => ({
      ...person,
      name: i === 0 ? XSS_NAME : i === 1 ? XSS_TITLE : person.name,
      title: i === 2 ? '=HYPERLINK("x"), "quoted"' : person.title,
      notes: i === 0 ? 'line one\nline two, with a comma' : person.notes,
      interests: { organizational: 'cost', position: i === 1 ? ' leading space' : '', personal: 'golf' },
    })),
  };
}

async function exportTo(doc: PowermapDocument, format: string, extra: readonly string[] = []) {
  const input = temp.write(`${format}-${extra.join('')}.powermap`, documentText(doc));
  const output = join(temp.dir, `${format}-${extra.join('')}.${format}`);
  const result = await runCli(['export', input, '--format', format, '-o', output, '--as-of', TODAY, ...extra]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return output;
}

describe('export --format svg', () => {
  it('draws one person group per person, with hostile names as escaped text', async () => {
    const doc = hostile();
    const svg = readFileSync(await exportTo(doc, 'svg'), 'utf8');
    const root = parseXml(svg);
    const people = allElements(root).filter((element) => element.name === 'g' && hasClass(element, 'person'));
    expect(people).toHaveLength(doc.stakeholders.length);
    expect(svg.match(/<g class="person"/g)).toHaveLength(doc.stakeholders.length);
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('&quot;&gt;&lt;img onerror=x&gt;');
    expect(allElements(root).some((element) => element.name === 'script' || element.name === 'img')).toBe(false);
  });

  it('goes to standard output without -o', async () => {
    const input = temp.write('stdout.powermap', documentText(seedDocument()));
    const result = await runCli(['export', input, '--format', 'svg']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^<\?xml[^]*<\/svg>\n$/);
  });

  it('names nobody in the anonymous variant', async () => {
    const { doc, names } = markNames(seedDocument());
    const named = readFileSync(await exportTo(doc, 'svg', ['--lang', 'en']), 'utf8');
    expect(names.some((name) => named.includes(name))).toBe(true);
    const svg = readFileSync(await exportTo(doc, 'svg', ['--anonymous']), 'utf8');
    for (const name of names) expect(svg).not.toContain(name);
  });
});

describe('export --format csv', () => {
  it('writes UTF-8 with a byte-order mark that reads back to every field', async () => {
    const doc = hostile();
    const bytes = readBytes(await exportTo(doc, 'csv', ['--include-personal', '--lang', 'zh-CN']));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.subarray(3));
    const { headers, rows } = parseCsvTable(text);
    const table = tableOf(doc, { lang: 'zh-CN', includePersonal: true, anonymous: false });
    expect(headers).toEqual(table.header);
    // The formula guard's apostrophe is the only change, and the import takes it off.
    const unguard = (cell: string) => cell.replace(/^'(?='*[=+\-@\t\r])/, '');
    expect(rows.map((row) => row.map(unguard))).toEqual(table.rows);
    expect(text).toContain("'=HYPERLINK");
    expect(headers).toContain('个人利益');
  });

  it('has personal columns only with --include-personal', async () => {
    const doc = hostile();
    const text = new TextDecoder().decode(readBytes(await exportTo(doc, 'csv', ['--lang', 'en'])));
    const { headers } = parseCsvTable(text);
    expect(headers).not.toContain('Notes');
    expect(headers).not.toContain('Personal interests');
    expect(text).not.toContain('golf');
  });

  it('names nobody in the anonymous variant', async () => {
    const { doc, names } = markNames(seedDocument());
    const text = new TextDecoder().decode(readBytes(await exportTo(doc, 'csv', ['--anonymous', '--include-personal'])));
    for (const name of names) expect(text).not.toContain(name);
    expect(parseCsvTable(text).rows).toHaveLength(doc.stakeholders.length);
  });

  it('goes to standard output without -o, without the byte-order mark', async () => {
    const input = temp.write('csv-stdout.powermap', documentText(seedDocument()));
    const result = await runCli(['export', input, '--format', 'csv', '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('Name,Title,')).toBe(true);
  });
});

describe('export --format png', () => {
  it('renders the map at twice its natural size', async () => {
    const doc = seedDocument();
    const svg = readFileSync(await exportTo(doc, 'svg'), 'utf8');
    const [, width, height] = /viewBox="0 0 (\d+) (\d+)"/.exec(svg)!;
    const png = readBytes(await exportTo(doc, 'png'));
    expect(pngSize(png)).toEqual({ width: 2 * Number(width), height: 2 * Number(height) });
  });
});

describe('export --format pptx', () => {
  it('writes a PowerPoint package with slides, names nobody when anonymous', async () => {
    const { doc, names } = markNames(seedDocument());
    const slidesOf = (file: string) => {
      const parts = unzipSync(readBytes(file));
      expect(Object.keys(parts)).toContain('ppt/presentation.xml');
      return Object.entries(parts)
        .filter(([name]) => name.startsWith('ppt/slides/slide'))
        .map(([, data]) => strFromU8(data))
        .join('');
    };
    const named = slidesOf(await exportTo(doc, 'pptx'));
    expect(names.some((name) => named.includes(name))).toBe(true);
    const anonymous = slidesOf(await exportTo(doc, 'pptx', ['--anonymous']));
    for (const name of names) expect(anonymous).not.toContain(name);
  });
});
