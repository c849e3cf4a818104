/**
 * The win likelihood model, written down in plain words in docs/WIN_LIKELIHOOD.md.
 *
 *   likelihood = BASE + Σ person terms (+ people limit) + Σ gap terms + competitors term (+ clamp term)
 *
 * A person term is PEOPLE_POINTS × stake × score, where the stake is the person's part of the
 * whole decision (so naming someone never dilutes anyone else) and the score (−1..1) comes
 * from attitude, closeness and relationship stage; an unknown attitude scores 0 in the
 * person term, its risk being priced once, by the ATTITUDE_UNKNOWN gap. A gap term is a fixed
 * cost by severity, except that the gaps a person brings who alone fills an empty seat cost
 * together at most what the empty seat cost. Terms are rounded so that the whole points shown
 * add up exactly to the whole percentage shown.
 */
import type { Stakeholder } from '../document/schema';
import type { Attitude, BuyingRole, Closeness, RelationshipStage } from '../document/vocabulary';
import { withoutPeople, withoutPerson, type AnalysisContext } from './context';
import { BASE, GAP_POINTS, STANDARD_MODEL, type CostModel } from './costModel';
import { findGaps } from './findGaps';
import { MISSING_ROLE_SEVERITY } from './rules/missingRole';
import type { Finding, GapCode, TermSource } from './types';

export { BASE, GAP_POINTS };
/** All people together move the figure by at most this many points either way. */
export const PEOPLE_POINTS = 40;
/** An empty decision level is a hole like a missing buying role: NO_EXECUTIVE_ACCESS costs this much more. */
export const EMPTY_LEVEL_POINTS = 3;
export const POINTS_PER_COMPETITOR = 2;
export const MAX_COMPETITOR_POINTS = 8;
export const FLOOR = 0;
export const CEILING = 100;

/**
 * Where a person stands: −1 (blocker) .. 1 (champion). Unknown is risk, but the risk is
 * priced once, by the ATTITUDE_UNKNOWN gap of a key person: in the person term unknown
 * counts like neutral.
 */
export const ATTITUDE_VALUE: Readonly<Record<Attitude, number>> = {
  champion: 1,
  supporter: 0.6,
  neutral: 0,
  unknown: 0,
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

/**
 * What a gap costs: its severity's points (or the team model's for its code and severity);
 * an empty decision level adds to NO_EXECUTIVE_ACCESS; a note on the weights costs nothing.
 */
export function gapCost(finding: Finding, model: CostModel = STANDARD_MODEL): number {
  // INFLUENCE_INCOMPLETE says the map's own weights need judging: no fact about the deal.
  if (finding.code === 'INFLUENCE_INCOMPLETE') return 0;
  const points = model.gapPoints(finding.code, finding.severity);
  return finding.code === 'NO_EXECUTIVE_ACCESS' && finding.params['executives'] === 0
    ? points + EMPTY_LEVEL_POINTS
    : points;
}

/** The seats a person alone fills: buying roles nobody else holds, and the decision level if nobody else is there. */
export function seatsFilled(
  context: AnalysisContext,
  index: number,
): { readonly roles: readonly BuyingRole[]; readonly decisionLevel: boolean } {
  const { people } = context;
  const person = people[index]!;
  const roles = person.roles.filter((role) => !people.some((other, i) => i !== index && other.roles.includes(role)));
  const decisionLevel =
    person.level === 'decision' && !people.some((other, i) => i !== index && other.level === 'decision');
  return { roles, decisionLevel };
}

/**
 * What the empty seats a person alone fills would cost: the MISSING_ROLE of every buying role
 * nobody else holds, and EMPTY_LEVEL_POINTS when nobody else is at the decision level.
 */
export function seatCredit(context: AnalysisContext, index: number): number {
  const { roles, decisionLevel } = seatsFilled(context, index);
  let credit = decisionLevel ? EMPTY_LEVEL_POINTS : 0;
  for (const role of roles) credit += context.costs.gapPoints('MISSING_ROLE', MISSING_ROLE_SEVERITY[role]);
  return credit;
}

/** Gaps that come from a known hostile attitude: bad news learnt, never capped by the seat rule. */
export const HOSTILITY_CODES: ReadonlySet<GapCode> = new Set<GapCode>(['OPPONENT_KEY', 'OPPONENT_REACHES_DM']);

/**
 * The cost of each finding after the seat rule: a person who alone fills an empty seat brings
 * gaps that name them and would not be there without them (their unknown attitude, missing
 * contact, and the like, but not the bad news of a hostile attitude); together these cost at
 * most the seat's credit. Returns the cost of
 * every finding and, for those reduced, whose seat capped them.
 */
export function gapCosts(
  context: AnalysisContext,
  findings: readonly Finding[],
): { cost: number[]; seatOf: (string | undefined)[] } {
  const cost = findings.map((finding) => gapCost(finding, context.costs));
  const seatOf = new Array<string | undefined>(findings.length).fill(undefined);
  const counted = new Array<boolean>(findings.length).fill(false);
  const left = new Map<number, number>();
  const charge = (k: number, index: number) => {
    counted[k] = true;
    const charged = Math.min(cost[k]!, left.get(index)!);
    if (charged < cost[k]!) seatOf[k] = context.people[index]!.id;
    cost[k] = charged;
    left.set(index, left.get(index)! - charged);
  };
  const chargeable = (k: number) => !counted[k] && cost[k]! > 0 && !HOSTILITY_CODES.has(findings[k]!.code);
  context.people.forEach((person, index) => {
    const credit = seatCredit(context, index);
    if (credit <= 0) return;
    left.set(index, credit);
    const mine = findings.flatMap((f, k) => (chargeable(k) && f.stakeholderIds.includes(person.id) ? [k] : []));
    if (mine.length === 0) return;
    const before = new Set(findGaps(withoutPerson(context, index)).map((f) => f.key));
    for (const k of mine) if (!before.has(findings[k]!.key)) charge(k, index);
  });
  // A gap that several seat-filling people bring together (a step held back by two unknown
  // people) is there without either one, yet not without all of them: it is theirs jointly,
  // and goes on the seat of the first of them, so naming a second never prices it afresh.
  findings.forEach((f, k) => {
    if (!chargeable(k)) return;
    const fillers = f.stakeholderIds.flatMap((id) => {
      const index = context.indexOf.get(id);
      return index !== undefined && left.has(index) ? [index] : [];
    });
    if (fillers.length < 2) return;
    const without = new Set(findGaps(withoutPeople(context, fillers)).map((g) => g.key));
    if (!without.has(f.key)) charge(k, fillers[0]!);
  });
  chargeToAllSeats(context, findings, left, chargeable, charge);
  return { cost, seatOf };
}

/**
 * A rule that names the key people (an unknown attitude holding the step back) names someone
 * else once a weightier person is named: the gap that one seat-filling person brought then
 * names another, and each alone keeps it. A gap naming a seat-filling person that is there
 * while any of them is, yet not without them all, is still theirs, named or not: it goes on
 * the seat of the first of them, so naming someone never moves it off the seat that paid for it.
 */
function chargeToAllSeats(
  context: AnalysisContext,
  findings: readonly Finding[],
  left: ReadonlyMap<number, number>,
  chargeable: (k: number) => boolean,
  charge: (k: number, index: number) => void,
): void {
  const fillers = [...left.keys()];
  if (fillers.length < 2) return;
  let without: Set<string> | undefined;
  findings.forEach((f, k) => {
    if (!chargeable(k) || !f.stakeholderIds.some((id) => left.has(context.indexOf.get(id) ?? -1))) return;
    without ??= new Set(findGaps(withoutPeople(context, fillers)).map((g) => g.key));
    if (!without.has(f.key)) charge(k, fillers[0]!);
  });
}

export interface RawTerm {
  readonly key: string;
  readonly source: TermSource;
  readonly exact: number;
}

/** The unrounded terms, in explanation order: people by impact, the people limit, gaps, then competitors. */
export function rawTerms(context: AnalysisContext, findings: readonly Finding[]): RawTerm[] {
  const { people } = context;
  const stakes = context.weights.stakes;
  const exact = new Float64Array(people.length);
  const order = new Array<number>(people.length);
  let support = 0;
  let opposition = 0;
  for (let i = 0; i < people.length; i++) {
    exact[i] = PEOPLE_POINTS * stakes[i]! * personScore(people[i]!);
    if (exact[i]! > 0) support += exact[i]!;
    else opposition += exact[i]!;
    order[i] = i;
  }
  // Largest effect first; document order breaks ties, so the order is deterministic.
  order.sort((a, b) => Math.abs(exact[b]!) - Math.abs(exact[a]!) || a - b);
  const out: RawTerm[] = order.map((i) => ({
    key: `person:${people[i]!.id}`,
    source: { kind: 'person', stakeholderId: people[i]!.id },
    exact: exact[i]!,
  }));
  // Stakes need not add up to the whole (entered weights past 100, a crowded map): people
  // together still move the figure by at most PEOPLE_POINTS either way.
  if (support > PEOPLE_POINTS) {
    out.push({
      key: 'people-limit:support',
      source: { kind: 'people-limit', side: 'support' },
      exact: PEOPLE_POINTS - support,
    });
  }
  if (opposition < -PEOPLE_POINTS) {
    out.push({
      key: 'people-limit:opposition',
      source: { kind: 'people-limit', side: 'opposition' },
      exact: -PEOPLE_POINTS - opposition,
    });
  }
  const { cost, seatOf } = gapCosts(context, findings);
  findings.forEach((f, k) => {
    const seat = seatOf[k];
    out.push({
      key: `gap:${f.key}`,
      source:
        seat === undefined
          ? { kind: 'gap', gapKey: f.key, code: f.code, severity: f.severity }
          : { kind: 'gap', gapKey: f.key, code: f.code, severity: f.severity, seatOf: seat },
      exact: -cost[k]!,
    });
  });
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
export function score(raw: readonly RawTerm[], base: number = BASE): Scored {
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
  const unclamped = base + rounded;
  const likelihood = Math.min(CEILING, Math.max(FLOOR, unclamped));
  if (likelihood !== unclamped) {
    terms.push({
      key: 'clamp',
      source: { kind: 'clamp', sum: unclamped },
      exact: likelihood - (base + total),
      points: likelihood - unclamped,
    });
  }
  return { likelihood, terms };
}
