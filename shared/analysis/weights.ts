/**
 * Influence weights: each person's share of the decision, normalised to sum to 1.
 *
 * - Entered weights (0..100) are the user's judgement and win.
 * - When none is entered (or all entered are 0), every weight comes from level and buying
 *   roles; the purchase stage shifts role weights the way the course's phase table does
 *   (quality ~ technical buyer, price ~ financial buyer, service ~ user buyer).
 * - When some are entered, the people not yet judged get their default share of 100.
 *
 * The likelihood uses stakes, not shares: a person's part of the whole decision (an entered
 * weight as a percentage, or the default weight against a complete buying centre). What the
 * named people do not cover is nobody's yet, so naming a person dilutes nobody.
 */
import type { Stakeholder } from '../document/schema';
import type { BuyingRole, Level, PurchaseStage } from '../document/vocabulary';

const LEVEL_BASE: Readonly<Record<Level, number>> = { decision: 3, managerial: 1.5, operational: 0.5 };

/** The course's phase table (客户决策时的比重): quality, price, service in percent. */
type Phase = { quality: number; price: number; service: number };
const LEARNING: Phase = { quality: 50, price: 30, service: 20 };
const SHORTLISTING: Phase = { quality: 50, price: 30, service: 20 };
const BUYING: Phase = { quality: 30, price: 50, service: 20 };
const AFTER_SALES: Phase = { quality: 30, price: 20, service: 50 };

export const PHASE_OF_STAGE: Readonly<Record<PurchaseStage, Phase>> = {
  needs: LEARNING,
  deliberation: LEARNING,
  design: SHORTLISTING,
  evaluation: SHORTLISTING,
  commitment: BUYING,
  implementation: AFTER_SALES,
};

/** Extra default weight a buying role carries in a phase. */
export function roleBonus(role: BuyingRole, stage: PurchaseStage): number {
  const phase = PHASE_OF_STAGE[stage];
  switch (role) {
    case 'decision-maker':
      return 3;
    case 'technical':
      return phase.quality / 20;
    case 'financial':
      return phase.price / 20;
    case 'user':
      return phase.service / 20;
    case 'coach':
      return 0.5;
  }
}

export function defaultWeight(person: Pick<Stakeholder, 'level' | 'roles'>, stage: PurchaseStage): number {
  let weight = LEVEL_BASE[person.level];
  for (const role of person.roles) weight += roleBonus(role, stage);
  return weight;
}

/**
 * The default weight of a complete buying centre: a decision-maker at the decision level,
 * technical and financial buyers at the managerial level, a user buyer and a coach on the
 * shop floor. The role bonuses of the three phase-dependent roles always add up to 5, so the
 * whole is the same in every purchase stage: 6 + 4 + 3 + 1.5 + 1 = 15.5 at shortlisting.
 */
export function wholeDecision(stage: PurchaseStage): number {
  return (
    defaultWeight({ level: 'decision', roles: ['decision-maker'] }, stage) +
    defaultWeight({ level: 'managerial', roles: ['technical'] }, stage) +
    defaultWeight({ level: 'managerial', roles: ['financial'] }, stage) +
    defaultWeight({ level: 'operational', roles: ['user'] }, stage) +
    defaultWeight({ level: 'operational', roles: ['coach'] }, stage)
  );
}

/** Entered weights adding up to less than this count as none entered. */
export const MIN_ENTERED_TOTAL = 1e-6;

export type WeightMode = 'entered' | 'default' | 'mixed';

export interface Weights {
  /** Normalised shares, one per stakeholder in document order; they sum to 1 (or are empty). */
  readonly shares: readonly number[];
  /**
   * Each person's stake in the whole decision, 0..1, one per stakeholder: an entered weight
   * read as a percentage, or the default weight against a complete buying centre
   * (WHOLE_DECISION). Unlike shares, naming one more person never changes anyone else's stake.
   */
  readonly stakes: readonly number[];
  readonly mode: WeightMode;
  /** Sum of the entered (non-null) influence values. */
  readonly enteredTotal: number;
}

export function computeWeights(people: readonly Stakeholder[], stage: PurchaseStage): Weights {
  const n = people.length;
  let enteredTotal = 0;
  let enteredCount = 0;
  for (const person of people) {
    if (person.influence !== null) {
      enteredTotal += person.influence;
      enteredCount++;
    }
  }
  const raw = new Array<number>(n);
  let mode: WeightMode;
  // A total this small is no judgement at all (and would not survive scaling): use the defaults.
  if (enteredTotal < MIN_ENTERED_TOTAL) {
    mode = 'default';
    for (let i = 0; i < n; i++) raw[i] = defaultWeight(people[i]!, stage);
  } else if (enteredCount === n) {
    mode = 'entered';
    for (let i = 0; i < n; i++) raw[i] = people[i]!.influence!;
  } else {
    mode = 'mixed';
    let defaultTotal = 0;
    const defaults = people.map((p) => defaultWeight(p, stage));
    for (const d of defaults) defaultTotal += d;
    for (let i = 0; i < n; i++) raw[i] = people[i]!.influence ?? (defaults[i]! / defaultTotal) * 100;
  }
  let total = 0;
  for (const r of raw) total += r;
  const shares = total > 0 ? raw.map((r) => r / total) : raw.map(() => 0);
  const whole = wholeDecision(stage);
  const stakes = people.map((p) => (p.influence !== null ? p.influence / 100 : defaultWeight(p, stage) / whole));
  return { shares, stakes, mode, enteredTotal };
}
