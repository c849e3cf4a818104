/**
 * Which base and gap costs the likelihood uses: the standard model (docs/WIN_LIKELIHOOD.md)
 * or the team's, adopted from its closed deals and stored in `deal.likelihoodModel`
 * (docs/CALIBRATION.md). Only the base and the gap costs can differ: the person terms, the
 * people limit, the seat rule, the competitors term and the rounding are the same in both,
 * so the team's likelihood is explained term by term exactly as the standard one is.
 */
import type { LikelihoodModelSetting } from '../document/schema';
import type { GapCode, Severity } from './types';

export const BASE = 50;
export const GAP_POINTS: Readonly<Record<Severity, number>> = { critical: 8, warning: 3, info: 1 };

/** The key of a gap cost in a team model: `UNCOVERED.critical`. */
export type GapCostKey = `${GapCode}.${Severity}`;

export function gapCostKey(code: GapCode, severity: Severity): GapCostKey {
  return `${code}.${severity}`;
}

export interface CostModel {
  readonly kind: 'standard' | 'team';
  readonly base: number;
  /** The points one gap of this code and severity costs, before the seat rule. */
  readonly gapPoints: (code: GapCode, severity: Severity) => number;
}

export const STANDARD_MODEL: CostModel = {
  kind: 'standard',
  base: BASE,
  gapPoints: (_code, severity) => GAP_POINTS[severity],
};

/** The model a deal's setting asks for; null (or nothing) is the standard model. */
export function costModelOf(setting: LikelihoodModelSetting | null | undefined): CostModel {
  if (!setting) return STANDARD_MODEL;
  const costs = new Map(Object.entries(setting.gapCosts));
  return {
    kind: 'team',
    base: setting.base,
    gapPoints: (code, severity) => costs.get(gapCostKey(code, severity)) ?? GAP_POINTS[severity],
  };
}
