import type { AnalysisContext } from './context';
import { RULES } from './rules';
import { SEVERITIES, type Finding } from './types';

const SEVERITY_ORDER = new Map(SEVERITIES.map((s, i) => [s, i]));

/** Runs every rule; findings come most severe first, then in rule order, then in map order. */
export function findGaps(context: AnalysisContext): Finding[] {
  const found: Finding[] = [];
  for (const rule of RULES) found.push(...rule.check(context));
  // Array.prototype.sort is stable, so rule and map order survive within a severity.
  return found.sort((a, b) => SEVERITY_ORDER.get(a.severity)! - SEVERITY_ORDER.get(b.severity)!);
}
