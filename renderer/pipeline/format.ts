/** How the pipeline words its figures: money in its own currency, dates, days left. */
import { translate, translatePlural, type Lang } from '../../shared/i18n';
import { wordPurchaseStage, wordSalesStep, type PipelineRow } from '../../shared/pipeline/onRows';

/** The money formats per language, then per currency ('' for none): found without making a key per sum. */
const moneyFormats = new Map<Lang, Map<string, Intl.NumberFormat>>();

function moneyFormat(currency: string | null, lang: Lang): Intl.NumberFormat {
  let ofLang = moneyFormats.get(lang);
  if (!ofLang) {
    ofLang = new Map();
    moneyFormats.set(lang, ofLang);
  }
  let format = ofLang.get(currency ?? '');
  if (!format) {
    format = new Intl.NumberFormat(
      lang,
      currency ? { style: 'currency', currency, maximumFractionDigits: 0 } : { maximumFractionDigits: 0 },
    );
    ofLang.set(currency ?? '', format);
  }
  return format;
}

/** A sum in its currency (no decimals); a plain number when the currency is not set. */
export function formatMoney(value: number, currency: string | null, lang: Lang): string {
  return moneyFormat(currency, lang).format(value);
}

/** A signed movement: `+€1,200`, `−5`. */
export function formatSigned(value: number, format: (abs: number) => string): string {
  if (value === 0) return format(0);
  return `${value > 0 ? '+' : '−'}${format(Math.abs(value))}`;
}

const dateFormats = new Map<Lang, Intl.DateTimeFormat>();
/**
 * Days already worded, per language and day: thousands of rows share a few hundred days,
 * and Intl's formatting is the costly part of drawing a row. Keyed by the day's text itself
 * (the rows share one string per day, shared/pipeline/packed.ts), so a known day makes no string.
 */
const wordedDays = new Map<Lang, Map<string, string>>();

function dateFormat(lang: Lang): Intl.DateTimeFormat {
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' });
    dateFormats.set(lang, format);
  }
  return format;
}

/** A YYYY-MM-DD date (or the day of an ISO date-time) in the language's medium style. */
export function formatDay(day: string, lang: Lang): string {
  let ofLang = wordedDays.get(lang);
  if (!ofLang) {
    ofLang = new Map();
    wordedDays.set(lang, ofLang);
  }
  const known = ofLang.get(day);
  if (known !== undefined) return known;
  const format = dateFormat(lang);
  const [y, m, d] = day.slice(0, 10).split('-').map(Number) as [number, number, number];
  const worded = format.format(new Date(Date.UTC(y, m - 1, d)));
  // Bounded all the same: a session that words unusually many days starts over.
  if (ofLang.size >= 10_000) ofLang.clear();
  ofLang.set(day, worded);
  return worded;
}

/** "12 days left", "today", "3 days overdue"; null without a decision date. */
export function daysLeftText(row: Pick<PipelineRow, 'daysLeft' | 'overdue'>, lang: Lang): string | null {
  if (row.daysLeft === null) return null;
  if (row.daysLeft === 0) return translate(lang, 'pipelineApp.today');
  if (row.daysLeft < 0) return translatePlural(lang, 'pipelineApp.overdue', -row.daysLeft);
  return translatePlural(lang, 'pipelineApp.daysLeft', row.daysLeft);
}

/** The client's purchase stage and our sales step, each a word of its own: "Evaluation · Build trust". */
export function stageText(row: Pick<PipelineRow, 'purchaseStage' | 'salesStep'>, lang: Lang): string {
  const stage = wordPurchaseStage(row.purchaseStage, lang);
  return row.salesStep === null ? stage : `${stage} · ${wordSalesStep(row.salesStep, lang)}`;
}

/**
 * Makes the language's formats the rows' first draw needs whatever the rows (the date's, the
 * plain number's, the plural rule of "days left"), so that creating them, the costly part of
 * Intl, is done while the rows are being read rather than in the first render with rows
 * (issue 12). The money formats depend on the rows' currencies and are made when first met.
 */
export function prepareFormats(lang: Lang): void {
  dateFormat(lang);
  moneyFormat(null, lang);
  daysLeftText({ daysLeft: 2, overdue: false }, lang);
}
