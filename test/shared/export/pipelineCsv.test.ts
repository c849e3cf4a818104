/** The pipeline as CSV: parsed back, headers in both languages, formula guard, numbers stay numbers, privacy. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, unguardFormula } from '../../../shared/csv';
import { parseDocumentText, type PowermapDocument } from '../../../shared/document';
import { PIPELINE_CSV_COLUMNS, pipelineToCsv, prepareExport } from '../../../shared/export';
import type { Lang } from '../../../shared/i18n';
import { greenDeal, lostDeal, redDeal, type RawDocument } from '../../support/pipelineDeals';

const AS_OF = '2026-11-26';

function parse(raw: RawDocument): PowermapDocument {
  const result = parseDocumentText(JSON.stringify(raw));
  if (!result.ok) throw new Error('a test document does not parse');
  return result.document;
}

const docs = [greenDeal(), redDeal(), lostDeal()].map(parse);

function csvOf(documents: readonly PowermapDocument[], lang: Lang, anonymous = false, since: string | null = null) {
  const views = documents.map((doc) => prepareExport(doc, { lang, includePersonal: false, anonymous }));
  return pipelineToCsv(views, { asOf: AS_OF, since, lang });
}

describe('pipelineToCsv', () => {
  it('parses back: a header, one record per deal (open red first, then closed), a blank record, the totals', () => {
    const text = csvOf(docs, 'en');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    const records = parseCsv(text);
    const [header, ...rest] = records;
    expect(header).toHaveLength(PIPELINE_CSV_COLUMNS.length);
    expect(header!.slice(0, 4)).toEqual(['Status', 'Deal', 'Account', 'Value']);
    const deals = rest.slice(0, 3);
    expect(deals.map((record) => record[1])).toEqual(['设备采购', 'Data centre', 'Old tender']);
    for (const record of deals) expect(record).toHaveLength(PIPELINE_CSV_COLUMNS.length);
    const column = (name: (typeof PIPELINE_CSV_COLUMNS)[number]) => PIPELINE_CSV_COLUMNS.indexOf(name);
    expect(deals[0]![column('value')]).toBe('1200000');
    expect(deals[0]![column('currency')]).toBe('CNY');
    expect(deals[0]![column('daysLeft')]).toBe('-25');
    expect(deals[1]![column('weighted')]).toBe('640000');
    expect(deals[2]![column('outcome')]).toBe('Lost');
    expect(deals[2]![column('competitor')]).toBe('Acme');
    // The blank record, then the totals of the open deals: the lost deal's value is in none.
    const totals = rest.slice(3).filter((record) => record.some((cell) => cell !== ''));
    expect(totals[0]![0]).toBe('Totals: currency');
    expect(totals.slice(1)).toEqual([
      ['CNY', '1', '1200000', '0', '0'],
      ['USD', '1', '800000', '640000', '0'],
    ]);
  });

  it('words the headers and cells in Chinese from the Chinese catalogue', () => {
    const records = parseCsv(csvOf(docs, 'zh-CN'));
    expect(records[0]!.slice(0, 4)).toEqual(['状态', '项目', '客户', '金额']);
    expect(records[1]![0]).toBe('红灯');
    expect(records[1]![2]).toBe('示例客户');
  });

  it('gives the movement of the totals since a date', () => {
    const records = parseCsv(csvOf(docs, 'en', false, '2026-11-12'));
    const cny = records.find((record) => record[0] === 'CNY')!;
    expect(cny).toEqual(['CNY', '1', '1200000', '0', '0', '0', '200000', '-350000']);
  });

  it('guards text that a spreadsheet would run as a formula, and leaves numbers numeric', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('=', '+', '-', '@'),
        fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== ''),
        (lead, tail) => {
          const name = `${lead}${tail}`;
          const doc = parse(greenDeal('d-1', { name, account: `${lead}SUM(A1)` }));
          const record = parseCsv(csvOf([doc], 'en'))[1]!;
          expect(record[1]!.startsWith("'")).toBe(true);
          expect(unguardFormula(record[1]!)).toBe(name);
          expect(record[2]).toBe(`'${lead}SUM(A1)`);
        },
      ),
      { numRuns: 40 },
    );
    // A negative figure is a number, not text: no apostrophe.
    const red = parseCsv(csvOf([docs[1]!], 'en'))[1]!;
    expect(red[PIPELINE_CSV_COLUMNS.indexOf('daysLeft')]).toBe('-25');
  });

  it('names nobody in the anonymous variant', () => {
    const text = csvOf(docs, 'en', true);
    for (const name of ['副总', '客户经理', 'Li Na', 'Harbour Bank', '示例客户']) expect(text).not.toContain(name);
    expect(text).toContain('Client');
    expect(text).toContain('Our team member 1');
  });
});
