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
  const people: RawTerm[] = context.people.map((person, i) => ({
    key: `person:${person.id}`,
    source: { kind: 'person', stakeholderId: person.id },
    exact: PEOPLE_POINTS * context.weights.shares[i]! * personScore(person),
  }));
  const order = new Map(context.people.map((p, i) => [`person:${p.id}`, i]));
  people.sort((a, b) => Math.abs(b.exact) - Math.abs(a.exact) || order.get(a.key)! - order.get(b.key)!);
  const gaps: RawTerm[] = findings.map((f) => ({
    key: `gap:${f.key}`,
    source: { kind: 'gap', gapKey: f.key, code: f.code, severity: f.severity },
    exact: -GAP_POINTS[f.severity],
  }));
  const out = [...people, ...gaps];
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
  let total = 0;
  for (const term of raw) total += term.exact;
  const rounded = Math.round(total);
  const floors = raw.map((t) => Math.floor(t.exact));
  let missing = rounded - floors.reduce((a, b) => a + b, 0);
  const byRemainder = raw
    .map((t, i) => ({ i, remainder: t.exact - floors[i]! }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  const points = [...floors];
  for (const { i } of byRemainder) {
    if (missing <= 0) break;
    points[i]! += 1;
    missing--;
  }
  // `+ 0` turns a negative zero (from flooring -0.0) into a plain 0.
  const terms = raw.map((t, i) => ({ ...t, points: points[i]! + 0, exact: t.exact + 0 }));
  const unclamped = BASE + rounded;
  const likelihood = Math.min(CEILING, Math.max(FLOOR, unclamped));
  if (likelihood !== unclamped) {
    terms.push({ key: 'clamp', source: { kind: 'clamp' }, exact: likelihood - (BASE + total), points: likelihood - unclamped });
  }
  return { likelihood, terms };
}
