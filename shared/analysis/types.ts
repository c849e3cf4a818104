import type { BuyingRole } from '../document/vocabulary';
import type { Lang } from '../i18n/catalogue';

export const SEVERITIES = ['critical', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const GAP_CODES = [
  'MISSING_ROLE',
  'ATTITUDE_UNKNOWN',
  'UNCOVERED',
  'OPPONENT_KEY',
  'NO_EXECUTIVE_ACCESS',
  'NO_MIDDLE_ALLY',
  'WEAK_COACH',
  'SINGLE_THREADED',
  'INFLUENCE_INCOMPLETE',
  'UNQUALIFIED',
  'OPPONENT_REACHES_DM',
  'NO_PATH_TO_DM',
  'STALE',
  'STEP_AHEAD',
  'STEP_LAGS',
  'POSITION_BEHIND',
] as const;
export type GapCode = (typeof GAP_CODES)[number];

/** What a rule finds, before it is worded. */
export interface Finding {
  readonly code: GapCode;
  readonly severity: Severity;
  /** Identifies the same gap in two versions of a map (for opened / closed). */
  readonly key: string;
  readonly stakeholderIds: readonly string[];
  /** Only for MISSING_ROLE. */
  readonly role?: BuyingRole;
  /** Values the message needs (names are looked up at wording time). */
  readonly params: Readonly<Record<string, string | number>>;
}

/** A coverage gap as the user sees it: a finding with its message and suggested action. */
export interface Gap extends Finding {
  readonly message: string;
  readonly action: string;
}

export type TermSource =
  | { readonly kind: 'person'; readonly stakeholderId: string }
  | {
      readonly kind: 'gap';
      readonly gapKey: string;
      readonly code: GapCode;
      readonly severity: Severity;
      /**
       * Set when the gap costs less than its severity because it is one of the gaps a person
       * brings who alone fills an empty seat (a buying role or the decision level): together
       * those gaps cost at most what the empty seat cost. The id of that person.
       */
      readonly seatOf?: string;
    }
  | { readonly kind: 'people-limit'; readonly side: 'support' | 'opposition' }
  | { readonly kind: 'competitors'; readonly count: number }
  /** `sum` is base plus the whole points of every other term, before it was kept to 0..100. */
  | { readonly kind: 'clamp'; readonly sum: number };

/** One signed part of the win likelihood. */
export interface LikelihoodTerm {
  /**
   * Stable identity across versions: `person:<id>`, `gap:<key>`, `people-limit:support`,
   * `people-limit:opposition`, `competitors`, `clamp`.
   */
  readonly key: string;
  readonly source: TermSource;
  /** Whole points; base plus every term's points is the shown likelihood. */
  readonly points: number;
  /** Unrounded contribution, for ordering and for comparing versions. */
  readonly exact: number;
  readonly label: string;
}

export interface Explanation {
  readonly base: number;
  /**
   * Which base and gap costs: the standard model, or the team's adopted one
   * (`deal.likelihoodModel`, docs/CALIBRATION.md). Absent means standard.
   */
  readonly model?: 'standard' | 'team';
  readonly terms: readonly LikelihoodTerm[];
}

export interface AnalysisOptions {
  /** YYYY-MM-DD; without it, STALE is not checked. */
  readonly asOf?: string | null;
  readonly lang?: Lang;
}

export interface Analysis {
  /** A whole percentage 0..100: an estimate. */
  readonly winLikelihood: number;
  readonly explanation: Explanation;
  readonly gaps: readonly Gap[];
  /** How the people's shares of the decision (the person terms' weights) were found, in words. */
  readonly shares: string;
}
