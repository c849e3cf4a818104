/** The value rules of shared/values, and that the inspector, the contacts import and the command line agree on them. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../cli/args';
import { parseDateInput, parseInfluence } from '../../../renderer/panels/logic/parse';
import { planImport } from '../../../shared/contactsImport';
import { parseDocument } from '../../../shared/document';
import {
  dayNumber,
  dayOfNumber,
  epochDay,
  isCalendarDate,
  localIsoDate,
  readAmount,
  readDate,
  readDecimal,
  formatDecimal,
  readEnumValue,
  readPercent,
} from '../../../shared/values';

describe('numbers', () => {
  it('reads plain decimals, full-width digits too, and nothing else', () => {
    expect(readDecimal('.5')).toBe(0.5);
    expect(readDecimal('5.')).toBe(5);
    expect(readDecimal('+3')).toBe(3);
    expect(readDecimal('１２．５')).toBe(12.5);
    for (const text of ['', ' ', 'Infinity', 'NaN', '1e2', '0x10', '1_000', '１e２', '--1']) {
      expect(readDecimal(text), text).toBeNull();
    }
  });

  it('reads percentages with an optional sign at the end, and amounts with thousands separators', () => {
    expect(readPercent('30')).toBe(30);
    expect(readPercent(' 12.5 % ')).toBe(12.5);
    expect(readPercent('３０％')).toBe(30);
    expect(readPercent('30%%')).toBeNull();
    expect(readAmount('1,200,000')).toBe(1_200_000);
    expect(readAmount('１，２００')).toBe(1200);
    expect(readAmount("1'200 000.50")).toBe(1_200_000.5);
  });

  it('is one rule: the inspector and the contacts import read every influence the same way', () => {
    const influenceTexts = fc.oneof(
      fc.string(),
      fc.double({ noNaN: true }).map(String),
      fc.integer({ min: -200, max: 200 }).map((n) => `${n}%`),
      fc.constantFrom('1e2', '１００', '50 %', '.5', '+7', '0x1A'),
    );
    const doc = parseDocument({ format: 'powermap', version: 1, deal: { id: 'd', name: 'D' } });
    if (!doc.ok) throw new Error('fixture');
    fc.assert(
      fc.property(influenceTexts, (text) => {
        fc.pre(text.trim() !== '' && !/[,\n\r"]/.test(text));
        const plan = planImport(doc.document, [['A', text]], ['name', 'influence'], {
          lang: 'en',
          newId: () => 's-new',
        });
        const imported = plan.people[0]?.influence ?? null;
        const typed = parseInfluence(text);
        expect(imported).toBe(typed.ok ? typed.value : null);
      }),
    );
  });

  it('writes every number as a plain decimal that reads back exactly', () => {
    expect(formatDecimal(5e-7)).toBe('0.0000005');
    expect(formatDecimal(1.5e21)).toBe('1500000000000000000000');
    expect(formatDecimal(-1.25e-3)).toBe('-0.00125');
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const text = formatDecimal(value);
        expect(text).not.toMatch(/e/i);
        expect(readDecimal(text)).toBe(value === 0 ? 0 : value);
      }),
    );
  });
});

describe('dates', () => {
  it('reads the ways people and CRMs write a date, and refuses days that do not exist', () => {
    expect(readDate('2026-11-20')).toBe('2026-11-20');
    expect(readDate('2026/1/5')).toBe('2026-01-05');
    expect(readDate('2026.11.20 09:30')).toBe('2026-11-20');
    expect(readDate('2026年11月20日')).toBe('2026-11-20');
    expect(readDate('２０２６－１１－２０')).toBe('2026-11-20'); // full-width, as a Chinese input method types
    expect(readDate('2026-02-29')).toBeNull();
    expect(readDate('2028-02-29')).toBe('2028-02-29');
    expect(isCalendarDate('2026-1-5')).toBe(false);
  });

  it('agrees with the calendar for every YYYY-MM-DD', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (year, month, day) => {
          const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const utc = new Date(0);
          utc.setUTCFullYear(year, month - 1, day);
          const exists = month >= 1 && day >= 1 && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day;
          expect(isCalendarDate(text)).toBe(exists);
          expect(readDate(text)).toBe(exists ? text : null);
        },
      ),
    );
  });

  it('is one rule: the inspector, the command line and the document accept the same dates', () => {
    const doc = (date: string) =>
      parseDocument({ format: 'powermap', version: 1, deal: { id: 'd', name: 'D', decisionDate: date } }).ok;
    for (const date of ['2026-11-20', '2024-02-29', '2023-02-29', '2026-13-01', '2026-11-31', '0000-01-01']) {
      const inspector = parseDateInput(date).ok;
      const cli = parseArgs(['analyze', 'f.powermap', '--as-of', date]).ok;
      expect({ date, inspector, cli }).toEqual({ date, inspector: isCalendarDate(date), cli: isCalendarDate(date) });
      if (isCalendarDate(date) && date !== '0000-01-01') expect(doc(date), date).toBe(true);
    }
  });

  it('gives the local calendar day of a moment', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localIsoDate(new Date(987, 11, 31))).toBe('0987-12-31');
  });

  it('writes a day as the number YYYYMMDD in the same order, and reads back exactly the day it was', () => {
    const day = fc
      .tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(day, day, (a, b) => {
        expect(dayOfNumber(dayNumber(a)!)).toBe(a);
        expect(Math.sign(dayNumber(a)! - dayNumber(b)!)).toBe(a < b ? -1 : a > b ? 1 : 0);
      }),
    );
  });

  it('counts the days since 1970 of every calendar date, the day after always one more', () => {
    const moment = fc.date({
      min: new Date(Date.UTC(1000, 0, 1)),
      max: new Date(Date.UTC(9999, 11, 30)),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(moment, (at) => {
        const day = at.toISOString().slice(0, 10);
        const next = new Date(at.getTime() + 86_400_000).toISOString().slice(0, 10);
        expect(epochDay(day)).toBe(Math.floor(at.getTime() / 86_400_000));
        expect(epochDay(next) - epochDay(day)).toBe(1);
      }),
    );
    expect(epochDay('1970-01-01')).toBe(0);
    expect(epochDay('2028-03-01') - epochDay('2028-02-28')).toBe(2);
  });

  it('refuses, by name, a text that is not a calendar date rather than counting it', () => {
    for (const text of ['2026-02-29', '2026-13-01', '2026-1-5', '2026/11/20', '']) {
      expect(() => epochDay(text), text).toThrow(`Not a YYYY-MM-DD calendar date: ${text}`);
    }
  });

  it('leaves any other text to the caller, and reads no other number as a day', () => {
    for (const text of ['0999-12-31', '2026-1-5', '2026-11-20T09:30', '20261120', '', '２０２６-11-20']) {
      expect(dayNumber(text), text).toBeNull();
    }
    for (const value of [9_999_999, 100_000_000, 20261120.5, Number.NaN, -20261120]) {
      expect(dayOfNumber(value), String(value)).toBeNull();
    }
  });
});

describe('enumerated words', () => {
  it('reads the format, both languages, the map badges and common synonyms; nothing else', () => {
    expect(readEnumValue('attitude', '支持者')).toBe('supporter');
    expect(readEnumValue('attitude', 'Supporter ')).toBe('supporter');
    expect(readEnumValue('roles', 'decision maker')).toBe('decision-maker');
    expect(readEnumValue('level', '高层')).toBe('decision');
    expect(readEnumValue('attitude', 'maybe')).toBeUndefined();
  });
});
