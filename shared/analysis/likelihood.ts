/**
 * The win likelihood model, written down in plain words in docs/WIN_LIKELIHOOD.md.
 *
 *   likelihood = BASE + Σ person terms + Σ gap terms + competitors term (+ clamp term)
 *
 * A person term is PEOPLE_POINTS × weight × score, where the weight is the person's
 * normalised share of influence and the score (−1..1) comes from attitude, closeness and
 * relationship stage. A gap term is a fixed cost by severity. Terms are rounded so that
 * the whole points shown add up exactly to the whole percentage shown.
 */
import type { Stakeholder } from '../document/schema';
import type { Attitude, Closeness, RelationshipStage } from '../document/vocabulary';
import type { AnalysisContext } from './context';
import type { Finding, Severity, TermSource } from './types';

export const BASE = 50;
export const PEOPLE_POINTS = 40;
export const GAP_POINTS: Readonly<Record<Severity, number>> = { critical: 8, warning: 3, info: 1 };
export const POINTS_PER_COMPETITOR = 2;
export const MAX_COMPETITOR_POINTS = 8;
export const FLOOR = 0;
export const CEILING = 100;

/** Where a person stands: −1 (blocker) .. 1 (champion). Unknown is risk: below neutral. */
export const ATTITUDE_VALUE: Readonly<Record<Attitude, number>> = {
  champion: 1,
  supporter: 0.6,
  neutral: 0,
  unknown: -0.25,
  opponent: -0.6,
  blocker: -1,
};
export const CLOSENESS_VALUE: Readonly<Record<Closeness, number>> = { none: 0, distant: 0.25, frequent: 0.7, close: 1 };
export const STAGE_VALUE: Readonly<Record<RelationshipStage, number>> = {
  none: 0,
  acquainted: 0.25,
  engaged: 0.5,
  trusted: 0.8,
  allied: 1,
};

/** How strong our bond is, 0.4 (none) .. 1 (close and allied). */
export function bond(person: Pick<Stakeholder, 'closeness' | 'stage'>): number {
  return 0.4 + 0.3 * CLOSENESS_VALUE[person.closeness] + 0.3 * STAGE_VALUE[person.stage];
}

/**
 * A person's score. Support counts in proportion to the bond (a distant supporter will not
 * speak up for us); opposition is softened a little by a strong bond (we hear it early and
 * can answer it), never turned into support.
 */
export function personScore(person: Pick<Stakeholder, 'attitude' | 'closeness' | 'stage'>): number {
  const value = ATTITUDE_VALUE[person.attitude];
  const strength = bond(person);
  return value >= 0 ? value * strength : value * (1.2 - 0.4 * strength);
}

export interface RawTerm {
  readonly key: string;
  readonly source: TermSource;
  readonly exact: number;
}

/** The unrounded terms, in explanation order: people by impact, then gaps, then competitors. */
export function rawTerms(context: AnalysisContext, findings: readonly Finding[]): RawTerm[] {
  const { people } = context;
  const shares = context.weights.shares;
  const exact = new Float64Array(people.length);
  const order = new Array<number>(people.length);
  for (let i = 0; i < people.length; i++) {
    exact[i] = PEOPLE_POINTS * shares[i]! * personScore(people[i]!);
    order[i] = i;
  }
  // Largest effect first; document order breaks ties, so the order is deterministic.
  order.sort((a, b) => Math.abs(exact[b]!) - Math.abs(exact[a]!) || a - b);
  const out: RawTerm[] = order.map((i) => ({
    key: `person:${people[i]!.id}`,
    source: { kind: 'person', stakeholderId: people[i]!.id },
    exact: exact[i]!,
  }));
  for (const f of findings) {
    out.push({
      key: `gap:${f.key}`,
      source: { kind: 'gap', gapKey: f.key, code: f.code, severity: f.severity },
      exact: -GAP_POINTS[f.severity],
    });
  }
  const competitors = context.map.deal.competitors.length;
  if (competitors > 0) {
    out.push({
      key: 'competitors',
      source: { kind: 'competitors', count: competitors },
      exact: -Math.min(MAX_COMPETITOR_POINTS, POINTS_PER_COMPETITOR * competitors),
    });
  }
  return out;
}

export interface Scored {
  readonly likelihood: number;
  readonly terms: readonly (RawTerm & { readonly points: number })[];
}

/**
 * Rounds the terms to whole points that add up to the rounded total (largest remainder),
 * then clamps the figure to 0..100, the clamp being a term of its own.
 */
export function score(raw: readonly RawTerm[]): Scored {
  const n = raw.length;
  let total = 0;
  for (let i = 0; i < n; i++) total += raw[i]!.exact;
  const rounded = Math.round(total);
  const points = new Array<number>(n);
  const remainder = new Float64Array(n);
  let missing = rounded;
  for (let i = 0; i < n; i++) {
    const exact = raw[i]!.exact;
    const floor = Math.floor(exact);
    // `+ 0` turns a negative zero (from flooring -0.0) into a plain 0.
    points[i] = floor + 0;
    remainder[i] = exact - floor;
    missing -= floor;
  }
  if (missing > 0) {
    const byRemainder = Array.from({ length: n }, (_, i) => i).sort((a, b) => remainder[b]! - remainder[a]! || a - b);
    for (let k = 0; k < missing; k++) points[byRemainder[k]!]! += 1;
  }
  const terms: (RawTerm & { points: number })[] = raw.map((t, i) => ({
    key: t.key,
    source: t.source,
    exact: t.exact + 0,
    points: points[i]!,
  }));
  const unclamped = BASE + rounded;
  const likelihood = Math.min(CEILING, Math.max(FLOOR, unclamped));
  if (likelihood !== unclamped) {
    terms.push({
      key: 'clamp',
      source: { kind: 'clamp', sum: unclamped },
      exact: likelihood - (BASE + total),
      points: likelihood - unclamped,
    });
  }
  return { likelihood, terms };
}
