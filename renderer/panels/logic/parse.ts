/**
 * Reading what the user types into the panels' fields. Each parser returns the value to
 * store or the reason it cannot be stored; nothing invalid reaches the document. The value
 * rules themselves (what a number, a percentage or a date is) live in shared/values, which
 * the contacts import and the command line read through too.
 */
import { isCalendarDate, readAmount, readDecimal, readPercent } from '../../../shared/values';

/** Why a field's text cannot be stored; the catalogue words each as `panels.error.<code>`. */
export type FieldError =
  'blank' | 'number' | 'influenceRange' | 'negative' | 'date' | 'currency' | 'duplicate' | 'lineDuplicate' | 'score';

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: FieldError };

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const fail = <T = never>(error: FieldError): Parsed<T> => ({ ok: false, error });

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
  if (text.trim() === '') return ok(null);
  const value = readPercent(text);
  if (value === null) return fail('number');
  if (value < 0 || value > 100) return fail('influenceRange');
  return ok(value);
}

/** A deal's value: 0 or more, thousands separators allowed; empty means not known (null). */
export function parseMoney(text: string): Parsed<number | null> {
  if (text.trim() === '') return ok(null);
  const value = readAmount(text);
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
  if (text.trim() === '') return ok(null);
  const value = readDecimal(text);
  if (value === null) return fail('number');
  if (value < 0 || value > 10 || !Number.isInteger(value * 2)) return fail('score');
  return ok(value + 0);
}
