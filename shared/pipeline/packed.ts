/**
 * A pipeline row in a compact form, for keeping and reading thousands at once (the app's
 * summary cache, the view's benchmark): one array per row, its fields in a fixed order,
 * without the field names every object repeats, the reasons' severity (it follows from the
 * code) or empty lists. A row packs to under half of its JSON, and reading 5,000 of them
 * is what the pipeline view waits for before its first draw (issue 12).
 *
 * `unpackRow` checks what it reads without zod (the view's code stays free of the document
 * schema): a packed row of another `ROW_VERSION`, or one that is damaged, gives null, and the
 * caller computes the row again from the document, as `readPipelineRow` does for stored rows.
 */
import { GAP_CODES, type GapCode } from '../analysis/types';
import { BUYING_ROLES, PURCHASE_STAGES, SALES_STEPS } from '../document/vocabulary';
import type { Outcome } from './outcome';
import {
  PIPELINE_STATUSES,
  ROW_VERSION,
  STATUS_REASONS,
  type CriticalGap,
  type PipelineRow,
  type StatusReason,
  type StatusReasonCode,
  type TrendPoint,
} from './types';

/** A packed row: an array, read by `unpackRow`; the layout is `packRow`'s. */
export type PackedRow = readonly unknown[];

/** The reasons that make a deal red (STATUS_REASONS lists them first); the rest are amber. */
const RED_REASONS: ReadonlySet<StatusReasonCode> = new Set([
  'hostile-key-person',
  'decision-level-uncovered',
  'decision-date-passed',
  'likelihood-low',
]);

function packGap(gap: CriticalGap): unknown[] {
  return [gap.key, gap.code, gap.role ?? null, ...gap.people];
}

function packReason(reason: StatusReason): unknown[] {
  return [reason.code, reason.figure, ...reason.people];
}

export function packRow(row: PipelineRow): PackedRow {
  return [
    ROW_VERSION,
    row.dealId,
    row.name,
    row.account,
    row.value,
    row.currency,
    row.purchaseStage,
    row.salesStep,
    row.decisionDate,
    row.daysLeft,
    row.overdue ? 1 : 0,
    row.likelihood,
    row.trend.since,
    row.trend.delta,
    row.trend.series.flatMap((p) => [p.date, p.likelihood]),
    row.criticalGaps.count,
    row.criticalGaps.codes,
    row.criticalGaps.gaps.map(packGap),
    row.coverage.keyPeople,
    row.coverage.covered,
    row.coverage.share,
    row.lastChange?.at ?? null,
    row.lastChange?.by ?? null,
    row.owner,
    row.team,
    row.status,
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

function oneOf<T extends string | number>(values: readonly T[], value: unknown): T {
  return values.includes(value as T) ? (value as T) : fail('code');
}

function texts(values: readonly unknown[]): string[] {
  return values.map(text);
}

function series(flat: readonly unknown[]): TrendPoint[] {
  if (flat.length % 2 !== 0) fail('series');
  const points: TrendPoint[] = [];
  for (let i = 0; i < flat.length; i += 2) points.push({ date: text(flat[i]), likelihood: num(flat[i + 1]) });
  return points;
}

function gap(value: unknown): CriticalGap {
  const [key, code, role, ...people] = list(value);
  const base = { key: text(key), code: oneOf(GAP_CODES, code), people: texts(people) };
  return role === null ? base : { ...base, role: oneOf(BUYING_ROLES, role) };
}

function reason(value: unknown): StatusReason {
  const [code, figure, ...people] = list(value);
  const known = oneOf(STATUS_REASONS, code);
  return {
    code: known,
    severity: RED_REASONS.has(known) ? 'red' : 'amber',
    people: texts(people),
    figure: numOrNull(figure),
  };
}

function outcome(value: unknown): Outcome | null {
  if (value === null) return null;
  if (typeof value !== 'object' || Array.isArray(value)) fail('outcome');
  const { result, closedOn } = value as { result?: unknown; closedOn?: unknown };
  if (typeof result !== 'string' || typeof closedOn !== 'string') fail('outcome');
  // Kept as the document stored it (the format's outcome is an open object).
  return value as Outcome;
}

function read(packed: readonly unknown[]): PipelineRow {
  const at = textOrNull(packed[21]);
  // Read even without a change, so a damaged field is never passed over.
  const by = textOrNull(packed[22]);
  return {
    dealId: text(packed[1]),
    name: text(packed[2]),
    account: text(packed[3]),
    value: numOrNull(packed[4]),
    currency: textOrNull(packed[5]),
    purchaseStage: oneOf(PURCHASE_STAGES, packed[6]),
    salesStep: packed[7] === null ? null : oneOf(SALES_STEPS, packed[7]),
    decisionDate: textOrNull(packed[8]),
    daysLeft: numOrNull(packed[9]),
    overdue: oneOf([0, 1], packed[10]) === 1,
    likelihood: num(packed[11]),
    trend: { since: textOrNull(packed[12]), delta: numOrNull(packed[13]), series: series(list(packed[14])) },
    criticalGaps: {
      count: num(packed[15]),
      codes: list(packed[16]).map((code): GapCode => oneOf(GAP_CODES, code)),
      gaps: list(packed[17]).map(gap),
    },
    coverage: { keyPeople: num(packed[18]), covered: num(packed[19]), share: numOrNull(packed[20]) },
    lastChange: at === null ? null : { at, by },
    owner: textOrNull(packed[23]),
    team: textOrNull(packed[24]),
    status: oneOf(PIPELINE_STATUSES, packed[25]),
    reasons: list(packed[26]).map(reason),
    outcome: outcome(packed[27]),
    searchKey: text(packed[28]),
  };
}

/** The row a packed row holds; null when it is not one of this `ROW_VERSION` (compute it again). */
export function unpackRow(packed: unknown): PipelineRow | null {
  if (!Array.isArray(packed) || packed.length !== 29 || packed[0] !== ROW_VERSION) return null;
  try {
    return read(packed);
  } catch (error) {
    if (error instanceof NotARow) return null;
    throw error;
  }
}
