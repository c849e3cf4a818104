/**
 * Money as a salesperson writes it, one rule for the review sheet, the pipeline and the
 * command line: grouped digits, with the currency when one is given (`CN¥1,200,000`,
 * `¥1,200,000` in Chinese); never fractions of a unit, which a review does not need. An
 * unknown currency code is written after the number. Amounts of different currencies are
 * never added anywhere: each is written with its own code.
 */
import type { Lang } from '../i18n/catalogue';

export interface MoneyOptions {
  /** Write a plus sign on a positive amount (a movement: `+CN¥50,000`). */
  readonly signed?: boolean;
}

const formats = new Map<string, Intl.NumberFormat | null>();

function numberFormat(lang: Lang, currency: string | null, signed: boolean): Intl.NumberFormat | null {
  const id = `${lang}|${currency ?? ''}|${signed ? '+' : ''}`;
  if (formats.has(id)) return formats.get(id)!;
  const locale = lang === 'zh-CN' ? 'zh-CN' : 'en-GB';
  const signDisplay = signed ? 'exceptZero' : 'auto';
  let format: Intl.NumberFormat | null;
  try {
    format =
      currency === null
        ? new Intl.NumberFormat(locale, { maximumFractionDigits: 2, signDisplay })
        : new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0, signDisplay });
  } catch {
    // A code Intl does not know: the caller writes the number and the code as written.
    format = null;
  }
  formats.set(id, format);
  return format;
}

export function formatMoney(
  value: number,
  currency: string | null | undefined,
  lang: Lang,
  options: MoneyOptions = {},
): string {
  const signed = options.signed ?? false;
  const code = currency ? currency : null;
  const withCurrency = code === null ? null : numberFormat(lang, code, signed);
  if (withCurrency !== null) return withCurrency.format(value);
  const number = numberFormat(lang, null, signed)!.format(value);
  return code === null ? number : `${number} ${code}`;
}
