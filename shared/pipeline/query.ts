/**
 * Filtering and sorting rows: plain loops over precomputed fields, so the pipeline of
 * thousands of deals is redrawn on every keystroke.
 */
import type { PurchaseStage } from '../document/vocabulary';
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
  /** Rows whose last change is on or after this date (YYYY-MM-DD). */
  readonly changedSince?: string | null;
  /** Text searched in name, account, owner and competitors (case, width and punctuation ignored). */
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

export function rowMatches(row: PipelineRow, filter: PipelineFilter): boolean {
  void row;
  void filter;
  throw new Error('not yet');
}

export function filterPipeline(rows: readonly PipelineRow[], filter: PipelineFilter): PipelineRow[] {
  return rows.filter((row) => rowMatches(row, filter));
}

/** A stable sort: equal keys keep their order. Missing values (no value, no date) go last in both directions. */
export function sortPipeline(rows: readonly PipelineRow[], key: SortKey, direction: SortDirection): PipelineRow[] {
  void key;
  void direction;
  return rows.slice();
}
