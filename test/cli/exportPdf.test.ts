/**
 * `powermap export --format pdf`: the deal-review sheet read back with poppler: A4
 * landscape, vector with embedded fonts, the names, gaps and likelihood in English and in
 * Chinese; the anonymous variant names nobody; personal fields only when asked for.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../shared/analysis';
import { readFileSync, writeFileSync } from 'node:fs';
import { renderSheetPdf } from '../../cli/export/pdf';
import { markNames } from '../shared/export/helpers';
import { documentText, pdfText, poppler, seedDocument, squash } from './exportHelpers';
import { runCli, tempDir, TODAY } from './helpers';
import { sheetOf } from '../shared/export/exporters';

const temp = tempDir();
afterAll(() => temp.cleanup());

const seed = seedDocument();
const marked = markNames(seed);
/** A note and an interest that may only appear with --include-personal. */
const PERSONAL_NOTE = 'PERSONALNOTE plays golf on Fridays';
const withPersonal = {
  ...seed,
  stakeholders: seed.stakeholders.map((person, i) =>
    i === 0
      ? { ...person, notes: PERSONAL_NOTE, interests: { ...person.interests, personal: 'PERSONALINTEREST' } }
      : person,
  ),
};

const files = {
  en: join(temp.dir, 'en.pdf'),
  zh: join(temp.dir, 'zh.pdf'),
  anonymous: join(temp.dir, 'anonymous.pdf'),
  named: join(temp.dir, 'named.pdf'),
  plain: join(temp.dir, 'plain.pdf'),
  personal: join(temp.dir, 'personal.pdf'),
};

async function exportPdf(input: string, output: string, extra: readonly string[]): Promise<void> {
  const result = await runCli(['export', input, '--format', 'pdf', '-o', output, ...extra]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  expect(result.stdout).toContain(output);
}

beforeAll(async () => {
  const seedFile = temp.write('seed.powermap', documentText(seed));
  const markedFile = temp.write('marked.powermap', documentText(marked.doc));
  const personalFile = temp.write('personal.powermap', documentText(withPersonal));
  await Promise.all([
    exportPdf(seedFile, files.en, ['--lang', 'en', '--as-of', TODAY]),
    exportPdf(seedFile, files.zh, ['--lang', 'zh-CN', '--as-of', TODAY]),
    exportPdf(markedFile, files.anonymous, ['--anonymous', '--include-personal', '--lang', 'en']),
    exportPdf(markedFile, files.named, ['--include-personal', '--lang', 'en']),
    exportPdf(personalFile, files.plain, ['--lang', 'en']),
    exportPdf(personalFile, files.personal, ['--lang', 'en', '--include-personal']),
  ]);
}, 60_000);

describe('the PDF deal-review sheet', () => {
  it('is A4 landscape on every page', () => {
    const info = poppler('pdfinfo', ['-f', '1', '-l', '99', files.en]);
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+(.+)$/gm)].map((match) => match[1]);
    expect(sizes).toHaveLength(pages);
    for (const size of sizes) expect(size).toMatch(/^841\.89 x 595\.28 pts/);
  });

  it('is vector: text in embedded fonts, no image at all', () => {
    const fonts = poppler('pdffonts', [files.zh])
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '');
    expect(fonts.length).toBeGreaterThan(0);
    // Columns: name type encoding emb sub uni object ID; "emb" is the fourth from the end.
    for (const line of fonts) expect(line.trim().split(/\s+/).at(-5), line).toBe('yes');
    const images = poppler('pdfimages', ['-list', files.zh]).split('\n').slice(2);
    expect(images.filter((line) => line.trim() !== '')).toEqual([]);
  });

  for (const [lang, file] of [
    ['en', files.en],
    ['zh-CN', files.zh],
  ] as const) {
    it(`holds the names, the gaps with their next steps and the likelihood (${lang})`, () => {
      const text = squash(pdfText(file));
      const analysis = analyze(seed, { asOf: TODAY, lang });
      for (const person of seed.stakeholders) expect(text).toContain(squash(person.name));
      expect(analysis.gaps.length).toBeGreaterThan(0);
      for (const gap of analysis.gaps) {
        expect(text).toContain(squash(gap.message));
        expect(text).toContain(squash(gap.action));
      }
      expect(text).toContain(`${analysis.winLikelihood}%`);
      for (const term of analysis.explanation.terms.filter((t) => t.points !== 0)) {
        expect(text).toContain(squash(term.label));
      }
    });
  }

  it('is worded in the language asked for', () => {
    const en = pdfText(files.en);
    const zh = pdfText(files.zh);
    expect(en).toContain('Deal review');
    expect(en).toContain('Page 1 of');
    expect(zh).toContain('项目评审');
    expect(squash(zh)).toContain('第1页');
    expect(zh).not.toContain('Deal review');
  });

  it('repeats the table header on every page the table runs on', async () => {
    const many = {
      ...seed,
      stakeholders: Array.from({ length: 90 }, (_, i) => ({
        ...seed.stakeholders[i % seed.stakeholders.length]!,
        id: `p-${i}`,
        name: `Person ${i}`,
        position: { x: (i % 10) * 220, y: Math.floor(i / 10) * 150 },
      })),
      relationships: [],
    };
    const output = join(temp.dir, 'many.pdf');
    await exportPdf(temp.write('many.powermap', documentText(many)), output, ['--lang', 'en']);
    const pages = pdfText(output).split('\f');
    const tablePages = pages.filter((page) => /Person \d+/.test(page) && /Stakeholders/.test(page));
    expect(tablePages.length).toBeGreaterThanOrEqual(2);
    for (const page of tablePages) {
      expect(page).toContain('Relationship stage');
      expect(page).toContain('Influence weight');
    }
    const text = squash(pages.join(''));
    for (let i = 0; i < 90; i++) expect(text).toContain(`Person${i}`);
  }, 30_000);

  it('names nobody in the anonymous variant', () => {
    // The same document exported with names shows them: the check below can fail.
    const named = pdfText(files.named);
    for (const person of marked.doc.stakeholders) expect(named).toContain(person.name);
    const text = pdfText(files.anonymous);
    for (const name of marked.names) expect(text).not.toContain(name);
    // Nor in the document's properties (the title is the deal's name).
    const info = poppler('pdfinfo', [files.anonymous]);
    expect(info).toMatch(/^Title:/m);
    for (const name of marked.names) expect(info).not.toContain(name);
    expect(poppler('pdfinfo', [files.named])).toContain(marked.doc.deal.name);
    expect(text).toContain('Anonymous variant');
    // The same people, under their titles.
    expect(squash(text)).toContain(squash(seed.stakeholders[0]!.title));
  });

  it('leaves interests and notes out unless asked for', () => {
    expect(pdfText(files.plain)).not.toContain('PERSONAL');
    const text = squash(pdfText(files.personal));
    expect(text).toContain(squash(PERSONAL_NOTE));
    expect(text).toContain('PERSONALINTEREST');
  });

  it('is the same bytes for the same input', async () => {
    const again = join(temp.dir, 'again.pdf');
    await exportPdf(join(temp.dir, 'seed.powermap'), again, ['--lang', 'en', '--as-of', TODAY]);
    expect(readFileSync(again).equals(readFileSync(files.en))).toBe(true);
  }, 30_000);

  it('falls back to Helvetica for a Latin-only document when no font is found', async () => {
    const latin = {
      ...seed,
      deal: { ...seed.deal, name: 'Core banking upgrade', account: 'First City Bank' },
      team: [{ id: 't-1', name: 'Li Na', role: 'client manager' }],
      stakeholders: seed.stakeholders.map((person, i) => ({
        ...person,
        name: `Person ${i}`,
        title: 'Officer',
        department: 'Equipment',
        notes: '',
      })),
    };
    const sheet = sheetOf(latin, { lang: 'en', asOf: TODAY, includePersonal: false, anonymous: false });
    const output = join(temp.dir, 'helvetica.pdf');
    writeFileSync(output, await renderSheetPdf(sheet, { font: null, date: TODAY }));
    expect(poppler('pdffonts', [output])).toContain('Helvetica');
    const text = squash(pdfText(output));
    expect(text).toContain('Person0');
    // The true minus sign of the explanation comes out as a hyphen in Helvetica.
    const negative = sheet.likelihood.terms.find((term) => term.points < 0);
    if (negative) expect(text).toContain(`-${Math.abs(negative.points)}`);
  }, 30_000);
});
