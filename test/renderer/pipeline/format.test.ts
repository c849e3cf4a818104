import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysLeftText, formatDay, formatMoney, prepareFormats } from '../../../renderer/pipeline/format';

/** Intl's own wording, uncached: what the cached formatters must always say. */
const intlDay = (day: string, lang: string) =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${day.slice(0, 10)}T00:00:00Z`),
  );

describe('the pipeline’s figures, worded once per distinct value', () => {
  it('words a day in each language as Intl does, however often and in whatever order asked', () => {
    const days = fc
      .date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(days, fc.constantFrom('en' as const, 'zh-CN' as const)), { maxLength: 20 }),
        (asks) => {
          for (const [day, lang] of asks) expect(formatDay(day, lang)).toBe(intlDay(day, lang));
        },
      ),
    );
  });

  it('with the formats prepared beforehand, words every day and sum as Intl does, and days left as unprepared', () => {
    const days = fc
      .date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        days,
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: -400, max: 400 }),
        fc.constantFrom('en' as const, 'zh-CN' as const),
        (day, sum, daysLeft, lang) => {
          prepareFormats(lang);
          expect(formatDay(day, lang)).toBe(intlDay(day, lang));
          expect(formatMoney(sum, null, lang)).toBe(
            new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(sum),
          );
          const row = { daysLeft, overdue: daysLeft < 0 };
          const unprepared = daysLeftText(row, lang);
          prepareFormats(lang);
          expect(daysLeftText(row, lang)).toBe(unprepared);
        },
      ),
    );
  });

  it('words the day of a date-time, and keeps the languages apart', () => {
    expect(formatDay('2026-03-05T10:00:00Z', 'en')).toBe(intlDay('2026-03-05', 'en'));
    expect(formatDay('2026-03-05', 'zh-CN')).toBe(intlDay('2026-03-05', 'zh-CN'));
    expect(formatDay('2026-03-05', 'en')).not.toBe(formatDay('2026-03-05', 'zh-CN'));
  });

  it('words a sum in its own currency, or as a plain number without one', () => {
    expect(formatMoney(1200, 'EUR', 'en')).toBe('€1,200');
    expect(formatMoney(1200, 'CNY', 'en')).toBe('CN¥1,200');
    expect(formatMoney(1200, null, 'en')).toBe('1,200');
    expect(formatMoney(1200.4, 'EUR', 'zh-CN')).toBe(
      new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(1200.4),
    );
  });
});
