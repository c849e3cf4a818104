/**
 * Calendar dates, one rule for the document, the inspector, the contacts import and the
 * command line. The format stores YYYY-MM-DD; people and CRMs also write 2026/11/20,
 * 2026.1.5 and 2026年11月20日.
 */

function daysInMonth(year: number, month: number): number | undefined {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

function isoDate(year: string, month: string, day: string): string | null {
  const days = daysInMonth(Number(year), Number(month));
  if (days === undefined || Number(day) < 1 || Number(day) > days) return null;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** True for a YYYY-MM-DD date that exists in the calendar (2026-02-29 does not, 2028-02-29 does). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match !== null && isoDate(match[1]!, match[2]!, match[3]!) !== null;
}

/**
 * A calendar date as YYYY-MM-DD from what a person or a CRM wrote: "2026-11-20",
 * "2026/11/20", "2026.1.5", "2026年11月20日", optionally followed by a time (ignored).
 * Null when it is not a date that exists.
 */
export function readDate(text: string): string | null {
  const plain = text.normalize('NFKC').trim();
  const match =
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(
      plain,
    ) ?? /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/.exec(plain);
  return match ? isoDate(match[1]!, match[2]!, match[3]!) : null;
}

/** The local calendar date of a moment, YYYY-MM-DD. */
export function localIsoDate(moment: Date): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(moment.getFullYear(), 4)}-${pad(moment.getMonth() + 1, 2)}-${pad(moment.getDate(), 2)}`;
}

const DAY_MS = 86_400_000;

/**
 * Days since 1970-01-01 of a YYYY-MM-DD date (UTC, so no time zone can shift it): how far
 * apart two days are, for the analysis (a contact's age), the pipeline (days left) and the
 * decision chart's time axis. Throws a RangeError on text that is not a calendar date: callers
 * pass dates the document reader has already checked.
 */
export function epochDay(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match || isoDate(match[1]!, match[2]!, match[3]!) === null) {
    throw new RangeError(`Not a YYYY-MM-DD calendar date: ${date}`);
  }
  return Math.round(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS);
}

/**
 * A day written YYYY-MM-DD as the number YYYYMMDD, in the same order (compact to keep and
 * to compare, as the pipeline's packed rows and sort keys are); null for any other text,
 * kept as it is by the caller. `dayOfNumber` gives back exactly the text it was made from.
 */
export function dayNumber(text: string): number | null {
  return /^[1-9]\d{3}-\d{2}-\d{2}$/.test(text) ? Number(text.replaceAll('-', '')) : null;
}

/** The YYYY-MM-DD text of a `dayNumber`; null for a number that is not one. */
export function dayOfNumber(value: number): string | null {
  if (!Number.isInteger(value) || value < 10_000_000 || value > 99_999_999) return null;
  const digits = String(value);
  return `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6)}`;
}
