/** A what-if against its baseline: how the likelihood and the gaps would move if kept. */
import type { Analysis } from '../../../shared/analysis';

export interface WhatIfChange {
  readonly before: number;
  readonly after: number;
  /** after - before, in percentage points. */
  readonly delta: number;
  /** Gaps of the baseline that the changes close, and gaps they open (matched by key). */
  readonly closed: number;
  readonly opened: number;
}

export function compareToBaseline(current: Analysis, baseline: Analysis): WhatIfChange {
  const before = new Set(baseline.gaps.map((gap) => gap.key));
  const after = new Set(current.gaps.map((gap) => gap.key));
  let closed = 0;
  let opened = 0;
  for (const key of before) if (!after.has(key)) closed++;
  for (const key of after) if (!before.has(key)) opened++;
  return {
    before: baseline.winLikelihood,
    after: current.winLikelihood,
    delta: current.winLikelihood - baseline.winLikelihood,
    closed,
    opened,
  };
}
