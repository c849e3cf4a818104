/** Gaps grouped for the analysis panel, and what choosing one highlights. */
import { SEVERITIES, type Gap, type Severity } from '../../../shared/analysis';

export interface GapGroup {
  readonly severity: Severity;
  readonly gaps: readonly Gap[];
}

/** Critical, then warning, then info; empty groups left out; the analysis's order kept inside each. */
export function groupGaps(gaps: readonly Gap[]): GapGroup[] {
  return SEVERITIES.map((severity) => ({ severity, gaps: gaps.filter((gap) => gap.severity === severity) })).filter(
    (group) => group.gaps.length > 0,
  );
}

/** The people of the gap with `key`, or none when no gap (or no such gap) is chosen. */
export function gapPeople(gaps: readonly Gap[], key: string | null): readonly string[] {
  if (key === null) return NOBODY;
  return gaps.find((gap) => gap.key === key)?.stakeholderIds ?? NOBODY;
}

const NOBODY: readonly string[] = [];
