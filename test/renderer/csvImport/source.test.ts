/** The file the import dialog holds: the size limit, decoding and decoding again in another encoding, the separator. */
import { describe, expect, it } from 'vitest';
import { encodeCsvUtf8 } from '../../../shared/csv';
import {
  choiceOf,
  decodeAs,
  isTooLarge,
  MAX_CSV_BYTES,
  megabytes,
  readCsvSource,
  sourceProblem,
  withDelimiter,
  withEncoding,
} from '../../../renderer/csvImport/source';
import { encodeGb18030 } from '../../shared/csv/gb18030';

const CHINESE = '姓名,职务,部门\r\n张华,采购专员,设备科\r\n李建,科长,设备科\r\n';

/** UTF-16 LE bytes with a byte-order mark, as Excel's "Unicode text" writes them. */
function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    out[2 + 2 * i] = text.charCodeAt(i) & 0xff;
    out[3 + 2 * i] = text.charCodeAt(i) >> 8;
  }
  return out;
}

describe('reading a picked CSV file', () => {
  it('refuses files over 10 MB and words sizes in megabytes', () => {
    expect(MAX_CSV_BYTES).toBe(10 * 1024 * 1024);
    expect(isTooLarge(MAX_CSV_BYTES)).toBe(false);
    expect(isTooLarge(MAX_CSV_BYTES + 1)).toBe(true);
    expect(megabytes(MAX_CSV_BYTES)).toBe('10');
    expect(megabytes(12.34 * 1024 * 1024)).toBe('12.3');
  });

  it('detects GB18030 and reads the Chinese header and rows', () => {
    const source = readCsvSource('contacts.csv', encodeGb18030(CHINESE));
    expect(source.detected).toBe('gb18030');
    expect(source.encoding).toBe('gb18030');
    expect(source.lossy).toBe(false);
    expect(source.headers).toEqual(['姓名', '职务', '部门']);
    expect(source.rows).toEqual([
      ['张华', '采购专员', '设备科'],
      ['李建', '科长', '设备科'],
    ]);
  });

  it('reads UTF-8 with a byte-order mark as UTF-8, without the mark in the first header', () => {
    const source = readCsvSource('contacts.csv', encodeCsvUtf8('Name,Title\nAnn,CFO\n'));
    expect(source.detected).toBe('utf-8-bom');
    expect(choiceOf(source.detected)).toBe('utf-8');
    expect(source.encoding).toBe('utf-8');
    expect(source.headers).toEqual(['Name', 'Title']);
  });

  it('reads UTF-16 with a byte-order mark and guesses a tab separator', () => {
    const source = readCsvSource('contacts.txt', utf16le('姓名\t职务\n张华\t科长\n'));
    expect(source.encoding).toBe('utf-16le');
    expect(source.delimiter).toBe('\t');
    expect(source.rows).toEqual([['张华', '科长']]);
  });

  it('decodes the same bytes again in the encoding the user chose, re-guessing the separator', () => {
    const bytes = encodeGb18030('姓名;职务\n张华;科长\n');
    const wrong = withEncoding(readCsvSource('a.csv', bytes), 'utf-8');
    expect(wrong.encoding).toBe('utf-8');
    expect(wrong.detected).toBe('gb18030');
    expect(wrong.lossy).toBe(true);
    expect(wrong.headers[0]).toContain('\uFFFD');
    const right = withEncoding(wrong, 'gb18030');
    expect(right.lossy).toBe(false);
    expect(right.delimiter).toBe(';');
    expect(right.headers).toEqual(['姓名', '职务']);
    expect(right.bytes).toBe(bytes);
    expect(withEncoding(right, 'gb18030')).toBe(right);
  });

  it('drops the byte-order mark of the chosen encoding', () => {
    expect(decodeAs(encodeCsvUtf8('Name'), 'utf-8')).toEqual({ text: 'Name', lossy: false });
    expect(decodeAs(utf16le('姓名'), 'utf-16le')).toEqual({ text: '姓名', lossy: false });
  });

  it('splits the same text again with another separator', () => {
    const source = readCsvSource('a.csv', encodeCsvUtf8('Name;Title,Dept\nAnn;CFO,Finance\n', false));
    expect(source.delimiter).toBe(',');
    const semicolons = withDelimiter(source, ';');
    expect(semicolons.headers).toEqual(['Name', 'Title,Dept']);
    expect(withDelimiter(semicolons, ';')).toBe(semicolons);
  });

  it('says when a file is empty or has no rows under its header', () => {
    const empty = readCsvSource('a.csv', new Uint8Array());
    expect(sourceProblem(empty)).toBe('empty');
    expect(sourceProblem(readCsvSource('a.csv', encodeCsvUtf8('Name,Title\n')))).toBe('noRows');
    expect(sourceProblem(readCsvSource('a.csv', encodeCsvUtf8('Name,Title\n,\n\n')))).toBe('noRows');
    expect(sourceProblem(readCsvSource('a.csv', encodeCsvUtf8('Name\nAnn\n')))).toBeNull();
  });
});
