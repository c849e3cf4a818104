/** CSV writing and reading (RFC 4180), the formula guard, the encodings CRMs write, and the stakeholder table. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeCsvBytes,
  detectDelimiter,
  encodeCsvUtf8,
  guardFormula,
  parseCsv,
  parseCsvTable,
  unguardFormula,
  writeCsv,
} from '../../../shared/csv';
import { makeDocument, member, person } from '../../support/builders';
import { readFixtureJson, SEED_FIXTURE } from '../../support/fixtures';
import { parseDocument, type PowermapDocument } from '../../../shared/document';
import { encodeGb18030 } from './gb18030';
import { csvOf, tableOf } from '../export/exporters';

const cellArb = fc.string({ unit: 'grapheme', maxLength: 8 });
const rowsArb = fc.array(fc.array(cellArb, { minLength: 1, maxLength: 5 }), { maxLength: 6 });

describe('writeCsv', () => {
  it('quotes fields with commas, quotes, line breaks or outer spaces, doubles quotes, ends every record with CRLF', () => {
    expect(
      writeCsv([
        ['a', 'b,c', 'say "hi"'],
        ['line\nbreak', ' padded', 'cr\r', ''],
      ]),
    ).toBe('a,"b,c","say ""hi"""\r\n"line\nbreak"," padded","cr\r",\r\n');
    expect(writeCsv([])).toBe('');
  });

  it('guards cells that a spreadsheet would run as a formula', () => {
    expect(writeCsv([['=1+2', '+86 10', '-5', '@SUM(A1)', '\tx', '\rx', 'a=b']])).toBe(
      `'=1+2,'+86 10,'-5,'@SUM(A1),'\tx,"'\rx",a=b\r\n`,
    );
    expect(writeCsv([['=1+2']], { formulaGuard: false })).toBe('=1+2\r\n');
  });

  it('writes with a semicolon or a tab when asked', () => {
    expect(writeCsv([['a;b', 'c']], { delimiter: ';' })).toBe('"a;b";c\r\n');
    expect(writeCsv([['a\tb', 'c']], { delimiter: '\t', formulaGuard: false })).toBe('"a\tb"\tc\r\n');
  });
});

describe('the formula guard', () => {
  it('adds one apostrophe where needed, and the import takes exactly that one off', () => {
    expect(guardFormula('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(guardFormula(`'=x`)).toBe(`''=x`);
    expect(guardFormula(`'quoted`)).toBe(`'quoted`);
    expect(guardFormula('张华')).toBe('张华');
    expect(unguardFormula(`'=x`)).toBe('=x');
    expect(unguardFormula(`''=x`)).toBe(`'=x`);
    expect(unguardFormula(`'quoted`)).toBe(`'quoted`);
  });

  it('round-trips every text', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 6 }).map((s) => s.replace(/[^'=+\-@\t\rab]/g, 'a')),
        (text) => {
          expect(unguardFormula(guardFormula(text))).toBe(text);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('name,notes\r\n"Zhang, Hua","said ""yes""\r\nthen left"\r\n')).toEqual([
      ['name', 'notes'],
      ['Zhang, Hua', 'said "yes"\r\nthen left'],
    ]);
  });

  it('accepts LF and CR line ends, a byte-order mark, and a last line without a line end', () => {
    expect(parseCsv('\uFEFFa,b\nc,d\re,f')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ]);
  });

  it('keeps empty lines as records (so row numbers match) but adds none for the final line end', () => {
    expect(parseCsv('a\r\n\r\nb\r\n')).toEqual([['a'], [''], ['b']]);
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('a,,\r\n')).toEqual([['a', '', '']]);
  });

  it('is lenient like spreadsheets: a stray quote, text after a closing quote, a missing closing quote', () => {
    expect(parseCsv('5" screen,x\r\n')).toEqual([['5" screen', 'x']]);
    expect(parseCsv('"a"b,c\r\n')).toEqual([['ab', 'c']]);
    expect(parseCsv('"open,x\r\ny')).toEqual([['open,x\r\ny']]);
  });

  it('guesses the separator from the first line: comma, semicolon or tab', () => {
    expect(detectDelimiter('a;b;c\n1,5;2;3')).toBe(';');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(detectDelimiter('"a;b",c')).toBe(',');
    expect(detectDelimiter('single')).toBe(',');
    expect(parseCsv('姓名;职务\n张华;采购')).toEqual([
      ['姓名', '职务'],
      ['张华', '采购'],
    ]);
    expect(parseCsvTable('姓名\t职务\n张华\t采购')).toEqual({ headers: ['姓名', '职务'], rows: [['张华', '采购']] });
  });

  it('reads back what writeCsv writes, for any cells and each separator', () => {
    fc.assert(
      fc.property(rowsArb, fc.constantFrom(',' as const, ';' as const, '\t' as const), (rows, delimiter) => {
        expect(parseCsv(writeCsv(rows, { formulaGuard: false, delimiter }), { delimiter })).toEqual(rows);
        const guarded = parseCsv(writeCsv(rows, { delimiter }), { delimiter });
        expect(guarded.map((row) => row.map(unguardFormula))).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });
});

describe('decodeCsvBytes', () => {
  const text = '姓名,职务\r\n张华,采购\r\n';

  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decodeCsvBytes(encodeCsvUtf8(text, false))).toEqual({ text, encoding: 'utf-8', lossy: false });
    const withBom = encodeCsvUtf8(text);
    expect([...withBom.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(decodeCsvBytes(withBom)).toEqual({ text, encoding: 'utf-8-bom', lossy: false });
  });

  it('reads GB18030 (GBK) when the bytes are not UTF-8', () => {
    expect(decodeCsvBytes(new Uint8Array([0xd5, 0xc5, 0xbb, 0xaa]))).toEqual({
      text: '张华',
      encoding: 'gb18030',
      lossy: false,
    });
    const bytes = encodeGb18030(text);
    expect([...bytes.subarray(0, 4)]).toEqual([0xd0, 0xd5, 0xc3, 0xfb]); // 姓名
    expect(decodeCsvBytes(bytes)).toEqual({ text, encoding: 'gb18030', lossy: false });
  });

  it('reads UTF-16 with a byte-order mark (Excel "Unicode text")', () => {
    const units = [...'名,A'].map((c) => c.charCodeAt(0));
    const le = new Uint8Array([0xff, 0xfe, ...units.flatMap((u) => [u & 0xff, u >> 8])]);
    const be = new Uint8Array([0xfe, 0xff, ...units.flatMap((u) => [u >> 8, u & 0xff])]);
    expect(decodeCsvBytes(le)).toEqual({ text: '名,A', encoding: 'utf-16le', lossy: false });
    expect(decodeCsvBytes(be)).toEqual({ text: '名,A', encoding: 'utf-16be', lossy: false });
  });

  it('says so when some bytes cannot be read', () => {
    const broken = decodeCsvBytes(new Uint8Array([0x41, 0xff, 0x42]));
    expect(broken.lossy).toBe(true);
    expect(broken.text).toContain('\uFFFD');
  });

  it('reads any text written as UTF-8, with or without the mark', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.boolean(), (value, bom) => {
        const decoded = decodeCsvBytes(encodeCsvUtf8(value, bom));
        expect(decoded.text).toBe(value);
        expect(decoded.lossy).toBe(false);
      }),
    );
  });
});

function seed(): PowermapDocument {
  const result = parseDocument(readFixtureJson(SEED_FIXTURE));
  if (!result.ok) throw new Error('the seed does not parse');
  return result.document;
}

describe('stakeholderTable', () => {
  const doc = makeDocument({
    team: [member('t-1', { name: 'Li Na' }), member('t-2', { name: ' ' })],
    stakeholders: [
      person('s-1', {
        name: 'Zhang Hua',
        title: 'Procurement officer',
        department: 'Equipment',
        function: 'procurement',
        level: 'managerial',
        roles: ['coach', 'decision-maker'],
        attitude: 'supporter',
        closeness: 'frequent',
        stage: 'engaged',
        influence: 30,
        style: 'amiable',
        ownerId: 't-1',
        lastContact: '2026-11-20',
        interests: { organizational: 'cost', position: 'promotion', personal: 'golf' },
        notes: 'met twice',
      }),
      person('s-2', { name: '王桑', ownerId: 't-2' }),
    ],
  });

  it('has every field, in the user language, with personal fields only when included', () => {
    const table = tableOf(doc, { lang: 'en', includePersonal: false, anonymous: false });
    expect(table.header).toEqual([
      'Name',
      'Title',
      'Department',
      'Function',
      'Level',
      'Buying roles',
      'Attitude',
      'Closeness',
      'Relationship stage',
      'Influence weight (%)',
      'Personality style',
      'Our owner',
      'Last contact',
    ]);
    expect(table.rows[0]).toEqual([
      'Zhang Hua',
      'Procurement officer',
      'Equipment',
      'procurement',
      'managerial level',
      'coach, decision-maker',
      'supporter',
      'frequent',
      'engaged',
      '30',
      'amiable',
      'Li Na',
      '2026-11-20',
    ]);
    // Defaults: not judged is an empty cell; a member without a name is named by id.
    expect(table.rows[1]).toEqual([
      '王桑',
      '',
      '',
      'other',
      'operational level',
      '',
      'unknown',
      'no contact',
      'no relationship',
      '',
      'unknown style',
      't-2',
      '',
    ]);
    const personal = tableOf(doc, { lang: 'zh-CN', includePersonal: true, anonymous: false });
    expect(personal.header).toEqual([
      '姓名',
      '职务',
      '部门',
      '职能',
      '层级',
      '采购角色',
      '态度',
      '联系',
      '关系阶段',
      '影响项目的比重 (%)',
      '个性风格',
      '负责人',
      '上次联系',
      '组织利益',
      '职位利益',
      '个人利益',
      '备注',
    ]);
    expect(personal.rows[0]).toEqual([
      'Zhang Hua',
      'Procurement officer',
      'Equipment',
      '采购',
      '管理层',
      '教练买家、经济买家',
      '支持者',
      '频繁',
      '约会',
      '30',
      '亲切型',
      'Li Na',
      '2026-11-20',
      'cost',
      'promotion',
      'golf',
      'met twice',
    ]);
  });

  it('has no name in the anonymous variant', () => {
    const table = tableOf(doc, { lang: 'en', includePersonal: true, anonymous: true });
    expect(table.rows.map((row) => [row[0], row[11]])).toEqual([
      ['Procurement officer · Equipment', 'Our team member 1'],
      ['Person 2', 'Our team member 2'],
    ]);
    const csv = csvOf(doc, { lang: 'en', includePersonal: true, anonymous: true });
    for (const name of ['Zhang Hua', '王桑', 'Li Na']) expect(csv).not.toContain(name);
  });

  it('writes the course example as CSV', () => {
    const csv = csvOf(seed(), { lang: 'zh-CN', includePersonal: false, anonymous: false });
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      '姓名,职务,部门,职能,层级,采购角色,态度,联系,关系阶段,影响项目的比重 (%),个性风格,负责人,上次联系',
    );
    expect(lines[1]).toBe('张华,采购,设备科,采购,操作层,,支持者,频繁,约会,30,风格不明,客户经理,');
    expect(lines[4]).toBe('副总,副总经理,总经理办公室,高层,决策层,经济买家,不清楚,未联系,未建立,0,风格不明,,');
    expect(lines).toHaveLength(6);
    expect(csv).not.toContain('信息收集');
    expect(csvOf(seed(), { lang: 'zh-CN', includePersonal: true, anonymous: false })).toContain(
      '"筛选信息, 选择合适的厂家"',
    );
  });
});
