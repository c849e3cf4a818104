/**
 * Reading what the user types into the panels' fields. Each parser returns the value to
 * store or the reason it cannot be stored; nothing invalid reaches the document.
 */

/** Why a field's text cannot be stored; the catalogue words each as `panels.error.<code>`. */
export type FieldError =
  'blank' | 'number' | 'influenceRange' | 'negative' | 'date' | 'currency' | 'duplicate' | 'lineDuplicate' | 'score';

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: FieldError };

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const fail = <T = never>(error: FieldError): Parsed<T> => ({ ok: false, error });

/** Full-width digits and signs, as a Chinese input method types them, made ASCII. */
export function normaliseDigits(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/\uFF0E/g, '.')
    .replace(/\uFF05/g, '%')
    .replace(/[\uFF0C\u3001]/g, ',');
}

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** A decimal number, or null when the text is not one (no exponents, no hex, no blanks). */
export function readNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!DECIMAL.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

/** Text that must hold more than white space (a person's, a deal's or a member's name); kept as typed. */
export function parseRequiredText(text: string): Parsed<string> {
  return text.trim().length > 0 ? ok(text) : fail('blank');
}

/** Any text at all. */
export function parseAnyText(text: string): Parsed<string> {
  return ok(text);
}

/** Influence weight: 0..100, a trailing % allowed; empty means not judged (null). */
export function parseInfluence(text: string): Parsed<number | null> {
  const plain = normaliseDigits(text).trim().replace(/\s*%$/, '');
  if (plain === '') return ok(null);
  const value = readNumber(plain);
  if (value === null) return fail('number');
  if (value < 0 || value > 100) return fail('influenceRange');
  return ok(value);
}

/** A deal's value: 0 or more, thousands separators allowed; empty means not known (null). */
export function parseMoney(text: string): Parsed<number | null> {
  const plain = normaliseDigits(text).replace(/[,\s_']/g, '');
  if (plain === '') return ok(null);
  const value = readNumber(plain);
  if (value === null) return fail('number');
  if (value < 0) return fail('negative');
  return ok(value);
}

/** An ISO 4217 code, upper-cased as typed; empty means none (undefined). */
export function parseCurrency(text: string): Parsed<string | undefined> {
  const code = text.trim().toUpperCase();
  if (code === '') return ok(undefined);
  return /^[A-Z]{3}$/.test(code) ? ok(code) : fail('currency');
}

/** Whether `text` is a YYYY-MM-DD date that exists on the calendar. */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A date field's value. A browser date input reports '' both when it is empty and when the
 * user has typed only part of a date; `incomplete` (the input's validity.badInput) tells them apart.
 */
export function parseDateInput(text: string, incomplete = false): Parsed<string | null> {
  const value = text.trim();
  if (value === '') return incomplete ? fail('date') : ok(null);
  return isCalendarDate(value) ? ok(value) : fail('date');
}

/** How a stored number shows in a text field. */
export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/** A position score: 0..10 in steps of 0.5; empty means not scored (null). */
export function parseScore(text: string): Parsed<number | null> {
  const plain = normaliseDigits(text).trim();
  if (plain === '') return ok(null);
  const value = readNumber(plain);
  if (value === null) return fail('number');
  if (value < 0 || value > 10 || !Number.isInteger(value * 2)) return fail('score');
  return ok(value + 0);
}
