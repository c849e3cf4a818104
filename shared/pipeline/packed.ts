/**
 * A pipeline row in a compact form, for keeping and reading thousands at once (the app's
 * summary cache, the view's benchmark): one array per row, its fields in a fixed order,
 * without the field names every object repeats, the reasons' severity (it follows from the
 * code) or empty lists. The codes (stage, step, status, gap rules, reasons, buying roles)
 * are their place in the vocabulary's list and the days (YYYY-MM-DD) the numbers YYYYMMDD:
 * small numbers instead of strings, which a stored copy reads back much faster (a structured
 * clone or JSON.parse makes one string per text, and most of the row's texts were codes).
 * Reading 5,000 rows is what the pipeline view waits for before its first draw (issue 12).
 *
 * `unpackRow` checks what it reads without zod (the view's code stays free of the document
 * schema): a packed row of another `ROW_VERSION` or layout, or one that is damaged, gives
 * null, and the caller computes the row again from the document, as `readPipelineRow` does
 * for stored rows.
 */
import { GAP_CODES, type GapCode } from '../analysis/types';
import { BUYING_ROLES, PURCHASE_STAGES, SALES_STEPS } from '../document/vocabulary';
import { dayNumber, dayOfNumber } from '../values/date';
import type { Outcome } from './outcome';
import {
  PIPELINE_STATUSES,
  ROW_VERSION,
  STATUS_REASONS,
  type CriticalGap,
  type PipelineRow,
  type StatusReason,
  type StatusReasonCode,
  type Trend,
  type TrendPoint,
} from './types';

/**
 * The packed row's first field: the row's version and the layout's (2: codes and days as
 * numbers), so a row packed by another build reads as none and is computed again.
 */
export const PACKED_VERSION = ROW_VERSION * 100 + 2;

/** A packed row: an array, read by `unpackRow`; the layout is `packRow`'s. */
export type PackedRow = readonly unknown[];

/** The reasons that make a deal red (STATUS_REASONS lists them first); the rest are amber. */
const RED_REASONS: ReadonlySet<StatusReasonCode> = new Set([
  'hostile-key-person',
  'decision-level-uncovered',
  'decision-date-passed',
  'likelihood-low',
]);

/** A code as its place in its list (the list is the code's type, so it is always found). */
function codeOf<T>(values: readonly T[], value: T): number {
  return values.indexOf(value);
}

/** A day as YYYYMMDD; any other text (a time with the day, an odd value) as it is. */
function packDay(text: string): number | string {
  return dayNumber(text) ?? text;
}

function packDayOrNull(text: string | null): number | string | null {
  return text === null ? null : packDay(text);
}

function packGap(gap: CriticalGap): unknown[] {
  return [gap.key, codeOf(GAP_CODES, gap.code), gap.role ? codeOf(BUYING_ROLES, gap.role) : null, ...gap.people];
}

function packReason(reason: StatusReason): unknown[] {
  return [codeOf(STATUS_REASONS, reason.code), reason.figure, ...reason.people];
}

export function packRow(row: PipelineRow): PackedRow {
  return [
    PACKED_VERSION,
    row.dealId,
    row.name,
    row.account,
    row.value,
    row.currency,
    codeOf(PURCHASE_STAGES, row.purchaseStage),
    row.salesStep === null ? null : codeOf(SALES_STEPS, row.salesStep),
    packDayOrNull(row.decisionDate),
    row.daysLeft,
    row.overdue ? 1 : 0,
    row.likelihood,
    packDayOrNull(row.trend.since),
    row.trend.delta,
    row.trend.series.flatMap((p) => [packDay(p.date), p.likelihood]),
    row.criticalGaps.count,
    row.criticalGaps.codes.map((gapCode) => codeOf(GAP_CODES, gapCode)),
    row.criticalGaps.gaps.map(packGap),
    row.coverage.keyPeople,
    row.coverage.covered,
    row.coverage.share,
    packDayOrNull(row.lastChange?.at ?? null),
    row.lastChange?.by ?? null,
    row.owner,
    row.team,
    codeOf(PIPELINE_STATUSES, row.status),
    row.reasons.map(packReason),
    row.outcome,
    row.searchKey,
  ];
}

/** Thrown inside `unpackRow` when a field is not what the layout says; it answers null. */
class NotARow extends Error {}

function fail(what: string): never {
  throw new NotARow(what);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : fail('text');
}

function textOrNull(value: unknown): string | null {
  return value === null ? null : text(value);
}

function num(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fail('number');
}

function numOrNull(value: unknown): number | null {
  return value === null ? null : num(value);
}

function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : fail('list');
}

/** The code at a place in its list (`codeOf` backwards). */
function code<T>(values: readonly T[], value: unknown): T {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < values.length
    ? values[value]!
    : fail('code');
}

/**
 * The days read so far: thousands of rows share a few hundred days, and writing a day's text
 * again for each was a quarter of the reading (one string per day kept, not per row). Kept
 * small: a stored copy full of odd numbers cannot make it grow without end.
 */
const readDays = new Map<number, string>();
const READ_DAYS_KEPT = 4096;

/** A day packed by `packDay`. */
function day(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value !== 'number') fail('day');
  let known = readDays.get(value);
  if (known === undefined) {
    known = dayOfNumber(value) ?? fail('day');
    if (readDays.size >= READ_DAYS_KEPT) readDays.clear();
    readDays.set(value, known);
  }
  return known;
}

function dayOrNull(value: unknown): string | null {
  return value === null ? null : day(value);
}

/** One empty list for every row that has none: most gaps and reasons name nobody. */
const NONE: readonly never[] = Object.freeze([]);

/** The texts from `from` to the end of `fields`, without a slice in between. */
function textsFrom(fields: readonly unknown[], from: number): readonly string[] {
  if (fields.length <= from) return NONE;
  const out = new Array<string>(fields.length - from);
  for (let i = from; i < fields.length; i++) out[i - from] = text(fields[i]);
  return out;
}

function series(flat: readonly unknown[]): TrendPoint[] {
  const points: TrendPoint[] = [];
  for (let i = 0; i < flat.length; i += 2) points.push({ date: day(flat[i]), likelihood: num(flat[i + 1]) });
  return points;
}

/**
 * The trend, its points made when first read. Up to 26 points a row are most of the objects
 * 5,000 rows make, and only the rows drawn show them (the sparkline): checked now, so a
 * damaged series still makes the row none, but made once asked for (the days are read
 * into the shared `readDays`, so checking allocates nothing per point). An own getter (not a
 * class's), so a structured clone, JSON and a spread still see the series.
 */
function trend(since: string | null, delta: number | null, flat: readonly unknown[]): Trend {
  if (flat.length % 2 !== 0) fail('series');
  for (let i = 0; i < flat.length; i += 2) {
    day(flat[i]);
    num(flat[i + 1]);
  }
  if (flat.length === 0) return { since, delta, series: NONE };
  let points: TrendPoint[] | null = null;
  return {
    since,
    delta,
    get series() {
      points ??= series(flat);
      return points;
    },
  };
}

// Read by index, not by destructuring with a rest element: that walks the array's iterator,
// and was most of the time spent on gaps and reasons.
function gap(value: unknown): CriticalGap {
  const fields = list(value);
  const key = text(fields[0]);
  const gapCode = code(GAP_CODES, fields[1]);
  const people = textsFrom(fields, 3);
  return fields[2] === null
    ? { key, code: gapCode, people }
    : { key, code: gapCode, role: code(BUYING_ROLES, fields[2]), people };
}

function reason(value: unknown): StatusReason {
  const fields = list(value);
  const known = code(STATUS_REASONS, fields[0]);
  return {
    code: known,
    severity: RED_REASONS.has(known) ? 'red' : 'amber',
    people: textsFrom(fields, 2),
    figure: numOrNull(fields[1]),
  };
}

/** Each item read by `readItem`; the shared empty list when there are none (no array, no closure per row). */
function each<T>(values: readonly unknown[], readItem: (value: unknown) => T): readonly T[] {
  if (values.length === 0) return NONE;
  const out = new Array<T>(values.length);
  for (let i = 0; i < values.length; i++) out[i] = readItem(values[i]);
  return out;
}

function gapCode(value: unknown): GapCode {
  return code(GAP_CODES, value);
}

function gapCodes(values: readonly unknown[]): readonly GapCode[] {
  return each(values, gapCode);
}

function outcome(value: unknown): Outcome | null {
  if (value === null) return null;
  if (typeof value !== 'object' || Array.isArray(value)) fail('outcome');
  const { result, closedOn } = value as { result?: unknown; closedOn?: unknown };
  if (typeof result !== 'string' || typeof closedOn !== 'string') fail('outcome');
  // Kept as the document stored it (the format's outcome is an open object).
  return value as Outcome;
}

/** A yes or no, packed as 0 or 1. */
const FLAGS = [false, true] as const;

function read(packed: readonly unknown[]): PipelineRow {
  const at = dayOrNull(packed[21]);
  // Read even without a change, so a damaged field is never passed over.
  const by = textOrNull(packed[22]);
  return {
    dealId: text(packed[1]),
    name: text(packed[2]),
    account: text(packed[3]),
    value: numOrNull(packed[4]),
    currency: textOrNull(packed[5]),
    purchaseStage: code(PURCHASE_STAGES, packed[6]),
    salesStep: packed[7] === null ? null : code(SALES_STEPS, packed[7]),
    decisionDate: dayOrNull(packed[8]),
    daysLeft: numOrNull(packed[9]),
    overdue: code(FLAGS, packed[10]),
    likelihood: num(packed[11]),
    trend: trend(dayOrNull(packed[12]), numOrNull(packed[13]), list(packed[14])),
    criticalGaps: {
      count: num(packed[15]),
      codes: gapCodes(list(packed[16])),
      gaps: each(list(packed[17]), gap),
    },
    coverage: { keyPeople: num(packed[18]), covered: num(packed[19]), share: numOrNull(packed[20]) },
    lastChange: at === null ? null : { at, by },
    owner: textOrNull(packed[23]),
    team: textOrNull(packed[24]),
    status: code(PIPELINE_STATUSES, packed[25]),
    reasons: each(list(packed[26]), reason),
    outcome: outcome(packed[27]),
    searchKey: text(packed[28]),
  };
}

/** The row a packed row holds; null when it is not one of this `PACKED_VERSION` (compute it again). */
export function unpackRow(packed: unknown): PipelineRow | null {
  if (!Array.isArray(packed) || packed.length !== 29 || packed[0] !== PACKED_VERSION) return null;
  try {
    return read(packed);
  } catch (error) {
    if (error instanceof NotARow) return null;
    throw error;
  }
}
