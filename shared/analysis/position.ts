/**
 * Our position against the best supplier (客户选择供应商的要素): the eight criteria the course
 * charts, the map's suggestion for our relationship with the decision level, and which
 * criteria weigh most in the client's current purchase phase (the course's quality / price /
 * service table in weights.ts).
 */
import type { MapContent, Stakeholder } from '../document/schema';
import { POSITION_SCORE_MAX, SUPPLIER_CRITERIA, type SupplierCriterion } from '../document/vocabulary';
import { bond } from './likelihood';
import { PHASE_OF_STAGE } from './weights';

export const FACTORS = ['quality', 'price', 'service'] as const;
export type Factor = (typeof FACTORS)[number];

/**
 * What each criterion is, in the course's phase table. The relationship with the decision
 * level is none of the three: the map's own gaps (access to the decision level) speak for it.
 */
export const FACTOR_OF_CRITERION: Readonly<Record<SupplierCriterion, Factor | null>> = {
  decisionRelationship: null,
  brand: 'quality',
  industryStandards: 'quality',
  afterSales: 'service',
  performance: 'quality',
  fastSolutions: 'service',
  supplyCapacity: 'service',
  price: 'price',
};

/** Behind the best supplier by this many points or more is far behind. */
export const FAR_BEHIND_POINTS = 3;

/** The bond of none (0.4) to close and allied (1), as the position's 0..10 scale. */
function bondScore(person: Pick<Stakeholder, 'closeness' | 'stage'>): number {
  return ((bond(person) - 0.4) / 0.6) * POSITION_SCORE_MAX;
}

/**
 * Our relationship with the decision level as the map tells it: the mean bond with the
 * people at the decision level, on 0..10 in halves; null when nobody there is on the map.
 */
export function suggestedDecisionRelationship(people: readonly Stakeholder[]): number | null {
  const top = people.filter((p) => p.level === 'decision');
  if (top.length === 0) return null;
  const mean = top.reduce((sum, p) => sum + bondScore(p), 0) / top.length;
  return Math.round(mean * 2) / 2;
}

export interface CriterionPosition {
  readonly criterion: SupplierCriterion;
  /** Our score in effect: the user's, or for decisionRelationship the map's when none is entered. */
  readonly ours: number | null;
  readonly best: number | null;
  /** True when `ours` is the map's suggestion rather than the user's score. */
  readonly fromMap: boolean;
  readonly factor: Factor | null;
  /** best − ours when both are known. */
  readonly behind: number | null;
}

export interface Position {
  readonly bestSupplier: string | null;
  readonly criteria: readonly CriterionPosition[];
  /** The map's suggestion for decisionRelationship (null when no one at the decision level). */
  readonly suggested: number | null;
  /** The factor that weighs most in the current purchase phase, and its share in percent. */
  readonly weighing: Factor;
  readonly weight: number;
  /** True when at least one score is entered. */
  readonly scored: boolean;
}

export function weighingFactor(map: MapContent): { factor: Factor; weight: number } {
  const phase = PHASE_OF_STAGE[map.deal.purchaseStage];
  let factor: Factor = 'quality';
  for (const f of FACTORS) if (phase[f] > phase[factor]) factor = f;
  return { factor, weight: phase[factor] };
}

export function positionOf(map: MapContent): Position {
  const { standing } = map.deal;
  const suggested = suggestedDecisionRelationship(map.stakeholders);
  let scored = false;
  const criteria = SUPPLIER_CRITERIA.map((criterion): CriterionPosition => {
    const entry = standing.scores[criterion];
    const entered = entry?.ours ?? null;
    const best = entry?.best ?? null;
    if (entered !== null || best !== null) scored = true;
    const fromMap = criterion === 'decisionRelationship' && entered === null && suggested !== null;
    const ours = fromMap ? suggested : entered;
    return {
      criterion,
      ours,
      best,
      fromMap,
      factor: FACTOR_OF_CRITERION[criterion],
      behind: ours !== null && best !== null ? best - ours : null,
    };
  });
  const { factor, weight } = weighingFactor(map);
  return { bestSupplier: standing.bestSupplier, criteria, suggested, weighing: factor, weight, scored };
}

/** The criteria of the weighing factor on which we are far behind the best supplier. */
export function farBehind(position: Position): CriterionPosition[] {
  return position.criteria.filter(
    (c) => c.factor === position.weighing && c.behind !== null && c.behind >= FAR_BEHIND_POINTS,
  );
}
