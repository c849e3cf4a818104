/**
 * The pipeline's data: one summary row per deal, computed once from the document
 * (`summarizeDeal`) and then filtered, sorted and totalled cheaply. A row holds no worded
 * text but the document's own (names, account): the same row serves both languages, the
 * app, the command line and the server's stored summaries; `wording.ts` words it.
 */
import type { GapCode } from '../analysis/types';
import type { BuyingRole, PurchaseStage, SalesStep } from '../document/vocabulary';
import type { Outcome } from './outcome';

/**
 * Goes up whenever the row's shape or meaning changes, so stored rows of another version
 * (the server's summaries, the app's cache, packed rows) are computed again.
 */
export const ROW_VERSION = 1;

export const PIPELINE_STATUSES = ['red', 'amber', 'green'] as const;
export type PipelineStatus = (typeof PIPELINE_STATUSES)[number];

/** Why a deal has its status; the rule is docs/PIPELINE.md, worded by `wordStatusReason`. */
export const STATUS_REASONS = [
  // red
  'hostile-key-person',
  'decision-level-uncovered',
  'decision-date-passed',
  'likelihood-low',
  // amber
  'critical-gaps',
  'likelihood-middling',
  'likelihood-fell',
  'no-decision-date',
  'coverage-low',
] as const;
export type StatusReasonCode = (typeof STATUS_REASONS)[number];

export interface StatusReason {
  readonly code: StatusReasonCode;
  /** Red reasons make a deal red; amber reasons make it amber when no red one holds. */
  readonly severity: Exclude<PipelineStatus, 'green'>;
  /** The names of the people the reason is about (the hostile key people); empty otherwise. */
  readonly people: readonly string[];
  /**
   * The figure the reason quotes, null when none: days past the decision date, the likelihood
   * (low, middling), points fallen, the number of critical gaps, the coverage in whole percent.
   */
  readonly figure: number | null;
}

/** One point of the likelihood's history: a snapshot (its day) or the current map (the analysis date). */
export interface TrendPoint {
  readonly date: string;
  readonly likelihood: number;
}

export interface Trend {
  /** The day the delta is measured from: the chosen date's version, or the last snapshot's day; null when there is none. */
  readonly since: string | null;
  /** Likelihood now minus then, in whole points; null when there is nothing to compare with. */
  readonly delta: number | null;
  /** Oldest first, at most one point per day (the day's last snapshot), ending with the current map. */
  readonly series: readonly TrendPoint[];
}

/** A critical gap, named without wording: the rule (its code) and the people it is about. */
export interface CriticalGap {
  /** The gap's key, stable across versions (`UNCOVERED:s-1`). */
  readonly key: string;
  readonly code: GapCode;
  /** MISSING_ROLE only. */
  readonly role?: BuyingRole;
  /** The names of the people the gap is about, in the map's order. */
  readonly people: readonly string[];
}

export interface CriticalGaps {
  readonly count: number;
  /** The rule codes of the critical gaps, each once, in the catalogue's rule order. */
  readonly codes: readonly GapCode[];
  readonly gaps: readonly CriticalGap[];
}

/** Key people (docs/PIPELINE.md: the analysis's key people) and how many we are in at least frequent contact with. */
export interface Coverage {
  readonly keyPeople: number;
  readonly covered: number;
  /** covered / keyPeople, 0..1; null when the map has no key person. */
  readonly share: number | null;
}

export interface LastChange {
  /** ISO date and time, or a YYYY-MM-DD date. */
  readonly at: string;
  /** Who made it, when known (the server's account name); null otherwise. */
  readonly by: string | null;
}

/** One deal of the pipeline. */
export interface PipelineRow {
  readonly dealId: string;
  readonly name: string;
  readonly account: string;
  readonly value: number | null;
  /** ISO 4217 code; null when the deal has none. */
  readonly currency: string | null;
  readonly purchaseStage: PurchaseStage;
  readonly salesStep: SalesStep | null;
  readonly decisionDate: string | null;
  /** Days from the analysis date to the decision date (negative when past); null without a decision date. */
  readonly daysLeft: number | null;
  /** An open deal whose decision date is before the analysis date. */
  readonly overdue: boolean;
  /** The win likelihood now, 0..100. */
  readonly likelihood: number;
  readonly trend: Trend;
  readonly criticalGaps: CriticalGaps;
  readonly coverage: Coverage;
  readonly lastChange: LastChange | null;
  /** The deal's owner: given by the caller (the server's deal owner) or the map's first team member; null when unknown. */
  readonly owner: string | null;
  /** The server team the deal belongs to, when the caller knows it; null locally. */
  readonly team: string | null;
  readonly status: PipelineStatus;
  /** Red reasons first, then amber, each group in STATUS_REASONS order. Empty for green. */
  readonly reasons: readonly StatusReason[];
  /** null while the deal is open. */
  readonly outcome: Outcome | null;
  /** Name, account, owner, competitors and the competitor who won a lost deal, folded for search (`normalizeKey`): computed once, so search is cheap. */
  readonly searchKey: string;
}

export interface SummarizeOptions {
  /** The analysis date, YYYY-MM-DD ("today"). */
  readonly asOf: string;
  /** The chosen date the trend is measured from; without it, the last snapshot. */
  readonly since?: string | null;
  /** What the caller knows of the last change (the server: stored at, by whom); default the newest snapshot's time. */
  readonly lastChange?: LastChange | null;
  /** The deal's owner, when the caller knows it (the server's deal owner). */
  readonly owner?: string | null;
  readonly team?: string | null;
}
