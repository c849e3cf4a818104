/**
 * Filtering and sorting rows: plain loops over fields the row already holds (the search
 * key is folded once, in `summarizeDeal`), so the pipeline of thousands of deals is
 * recomputed on every keystroke.
 */
import { PURCHASE_STAGES, type PurchaseStage } from '../document/vocabulary';
import type { Lang } from '../i18n/catalogue';
import { normalizeKey } from '../values/text';
import type { PipelineRow, PipelineStatus } from './types';

/** Every criterion is optional; a row passes when every given criterion holds. */
export interface PipelineFilter {
  /** Owners (exact names); a row passes when its owner is one of them. */
  readonly owners?: readonly string[];
  readonly teams?: readonly string[];
  readonly stages?: readonly PurchaseStage[];
  readonly statuses?: readonly PipelineStatus[];
  /** Decision date window, YYYY-MM-DD, both ends included; a row without a decision date fails a window. */
  readonly decisionFrom?: string | null;
  readonly decisionTo?: string | null;
  /** Likelihood range, both ends included. */
  readonly likelihoodMin?: number | null;
  readonly likelihoodMax?: number | null;
  /** Rows whose last change is on or after this date (YYYY-MM-DD); a row with no known change fails. */
  readonly changedSince?: string | null;
  /** Words searched in name, account, owner and competitors, the one who won a lost deal among them (case, width and punctuation ignored); every word must be found. */
  readonly search?: string;
  /** 'open' (default): deals without an outcome; 'closed': with one; 'all'. */
  readonly state?: 'open' | 'closed' | 'all';
}

export const SORT_KEYS = [
  'name',
  'account',
  'value',
  'decisionDate',
  'likelihood',
  'delta',
  'criticalGaps',
  'coverage',
  'status',
  'lastChange',
  'owner',
  'stage',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

/** The search words folded as the rows' search keys are; blank words dropped; none holds the key's separator. */
export function searchWords(search: string): string[] {
  // The separator as a string, not in a regular expression (lint forbids control characters there).
  return search
    .replaceAll('\u001f', ' ')
    .split(/\s+/u)
    .map(normalizeKey)
    .filter((word) => word !== '');
}

/** The day of a last change (`at` is a date or an ISO date and time; the day as written). */
function changeDay(row: PipelineRow): string | null {
  return row.lastChange === null ? null : row.lastChange.at.slice(0, 10);
}

function matches(row: PipelineRow, filter: PipelineFilter, words: readonly string[]): boolean {
  const state = filter.state ?? 'open';
  if (state !== 'all' && (row.outcome === null) !== (state === 'open')) return false;
  if (filter.owners !== undefined && (row.owner === null || !filter.owners.includes(row.owner))) return false;
  if (filter.teams !== undefined && (row.team === null || !filter.teams.includes(row.team))) return false;
  if (filter.stages !== undefined && !filter.stages.includes(row.purchaseStage)) return false;
  if (filter.statuses !== undefined && !filter.statuses.includes(row.status)) return false;
  const { decisionFrom, decisionTo, likelihoodMin, likelihoodMax, changedSince } = filter;
  if ((decisionFrom ?? decisionTo ?? null) !== null) {
    const date = row.decisionDate;
    if (date === null) return false;
    if (decisionFrom != null && date < decisionFrom) return false;
    if (decisionTo != null && date > decisionTo) return false;
  }
  if (likelihoodMin != null && row.likelihood < likelihoodMin) return false;
  if (likelihoodMax != null && row.likelihood > likelihoodMax) return false;
  if (changedSince != null) {
    const day = changeDay(row);
    if (day === null || day < changedSince) return false;
  }
  for (const word of words) if (!row.searchKey.includes(word)) return false;
  return true;
}

export function rowMatches(row: PipelineRow, filter: PipelineFilter): boolean {
  return matches(row, filter, searchWords(filter.search ?? ''));
}

export function filterPipeline(rows: readonly PipelineRow[], filter: PipelineFilter): PipelineRow[] {
  const words = searchWords(filter.search ?? '');
  const out: PipelineRow[] = [];
  for (const row of rows) if (matches(row, filter, words)) out.push(row);
  return out;
}

const STATUS_RANK: Readonly<Record<PipelineStatus, number>> = { red: 0, amber: 1, green: 2 };
const STAGE_RANK = new Map<string, number>(PURCHASE_STAGES.map((stage, i) => [stage, i]));
const collators = new Map<Lang, Intl.Collator>();

function collator(lang: Lang): Intl.Collator {
  let found = collators.get(lang);
  if (found === undefined) {
    found = new Intl.Collator(lang === 'zh-CN' ? 'zh-CN-u-co-pinyin' : 'en', { numeric: true });
    collators.set(lang, found);
  }
  return found;
}

type SortValue = number | string | null;

function sortValue(row: PipelineRow, key: SortKey): SortValue {
  switch (key) {
    case 'name':
      return row.name;
    case 'account':
      return row.account === '' ? null : row.account;
    case 'value':
      return row.value;
    case 'decisionDate': {
      // YYYY-MM-DD as the number YYYYMMDD, in the same order: comparing thousands of dates
      // by the collator is slow, and so is Date.parse on each before the first draw.
      const day = row.decisionDate === null ? Number.NaN : Number(row.decisionDate.replaceAll('-', ''));
      return Number.isNaN(day) ? null : day;
    }
    case 'likelihood':
      return row.likelihood;
    case 'delta':
      return row.trend.delta;
    case 'criticalGaps':
      return row.criticalGaps.count;
    case 'coverage':
      return row.coverage.share;
    case 'status':
      return STATUS_RANK[row.status];
    case 'lastChange': {
      const at = row.lastChange === null ? Number.NaN : Date.parse(row.lastChange.at);
      return Number.isNaN(at) ? null : at;
    }
    case 'owner':
      return row.owner;
    case 'stage':
      return STAGE_RANK.get(row.purchaseStage) ?? null;
  }
}

/**
 * The rows sorted by one key, stable: rows with equal keys keep their order. Rows without
 * the key (no value, no decision date, no owner) go last in both directions. Red sorts
 * before amber and green ascending; text sorts by the language's collation (pinyin for
 * Chinese). Values sort as numbers whatever their currency: sorting compares, it never adds.
 */
export function sortPipeline(
  rows: readonly PipelineRow[],
  key: SortKey,
  direction: SortDirection,
  lang: Lang = 'en',
): PipelineRow[] {
  const values = rows.map((row) => sortValue(row, key));
  const order = rows.map((_, i) => i);
  const sign = direction === 'asc' ? 1 : -1;
  const compareText = collator(lang).compare;
  order.sort((a, b) => {
    const x = values[a]!;
    const y = values[b]!;
    if (x === null || y === null) return x === y ? a - b : x === null ? 1 : -1;
    const c = typeof x === 'string' ? compareText(x, y as string) : x - (y as number);
    return c === 0 ? a - b : sign * c;
  });
  return order.map((i) => rows[i]!);
}
