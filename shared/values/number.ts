/**
 * Numbers as people write them, one rule for the inspector, the contacts import and the
 * command line: plain decimals ("30", "12.5", ".5", "+3"), full-width digits allowed; no
 * exponents ("1e2"), hexadecimal or blanks, which no salesperson means.
 */
import { foldWidth } from './text';

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** A decimal number, or null when the text is not one. */
export function readDecimal(text: string): number | null {
  const plain = foldWidth(text);
  if (!DECIMAL.test(plain)) return null;
  const value = Number(plain);
  return Number.isFinite(value) ? value : null;
}

/** A percentage: a decimal with an optional trailing % ("30", "30%", "３０％", "12.5 %"); null when it is not one. */
export function readPercent(text: string): number | null {
  return readDecimal(foldWidth(text).replace(/\s*%$/, ''));
}

/** An amount of money: a decimal with thousands separators allowed ("1,200,000", "1 200 000"); null when it is not one. */
export function readAmount(text: string): number | null {
  return readDecimal(foldWidth(text).replace(/[,\s_'、]/g, ''));
}

/**
 * A number as plain decimal text that reads back as exactly the same number: the shortest
 * form JavaScript gives, with any exponent written out ("5e-7" becomes "0.0000005"), so
 * what the tables write, `readDecimal` reads.
 */
export function formatDecimal(value: number): string {
  const text = String(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign, head, tail = '', exponentText] = match;
  const digits = `${head}${tail}`;
  const point = 1 + Number(exponentText);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
