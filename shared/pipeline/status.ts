/**
 * The red / amber / green rule, written in docs/PIPELINE.md: red when a key person is
 * hostile, the decision level is uncovered, the decision date passed or the likelihood is
 * low; amber when a critical gap is open, the likelihood is below even or fell, the decision
 * date is missing or few key people are in frequent contact; green otherwise.
 */
import type { AnalysisContext } from '../analysis/context';
import type { Finding } from '../analysis/types';
import { HOSTILE_ATTITUDES } from '../document/vocabulary';
import type { Coverage, PipelineStatus, StatusReason, StatusReasonCode } from './types';

/** Below this likelihood a deal is red. */
export const RED_BELOW = 30;
/** Below this likelihood (and not red) a deal is amber: less than an even contest. */
export const AMBER_BELOW = 50;
/** A fall of at least this many points since the trend's reference makes a deal amber. */
export const FELL_POINTS = 10;
/** Fewer key people than this share in frequent contact makes a deal amber. */
export const COVERAGE_AMBER_BELOW = 0.5;

export interface StatusFacts {
  readonly context: AnalysisContext;
  readonly findings: readonly Finding[];
  readonly likelihood: number;
  readonly delta: number | null;
  readonly coverage: Coverage;
  readonly daysLeft: number | null;
  /** A closed deal is judged on its map only: no date reasons. */
  readonly open: boolean;
}

export interface Status {
  readonly status: PipelineStatus;
  readonly reasons: readonly StatusReason[];
}

function reason(
  code: StatusReasonCode,
  severity: 'red' | 'amber',
  figure: number | null = null,
  people: readonly string[] = [],
): StatusReason {
  return { code, severity, people, figure };
}

export function pipelineStatus(facts: StatusFacts): Status {
  const { context, findings, likelihood, delta, coverage, daysLeft, open } = facts;
  const reasons: StatusReason[] = [];
  const hostile = context.people.filter((p, i) => context.isKey[i] && HOSTILE_ATTITUDES.has(p.attitude));
  if (hostile.length > 0)
    reasons.push(
      reason(
        'hostile-key-person',
        'red',
        hostile.length,
        hostile.map((p) => p.name),
      ),
    );
  if (findings.some((f) => f.code === 'NO_EXECUTIVE_ACCESS')) reasons.push(reason('decision-level-uncovered', 'red'));
  if (open && daysLeft !== null && daysLeft < 0) reasons.push(reason('decision-date-passed', 'red', -daysLeft));
  if (likelihood < RED_BELOW) reasons.push(reason('likelihood-low', 'red', likelihood));
  const critical = findings.filter((f) => f.severity === 'critical').length;
  if (critical > 0) reasons.push(reason('critical-gaps', 'amber', critical));
  if (likelihood >= RED_BELOW && likelihood < AMBER_BELOW)
    reasons.push(reason('likelihood-middling', 'amber', likelihood));
  if (delta !== null && delta <= -FELL_POINTS) reasons.push(reason('likelihood-fell', 'amber', -delta));
  if (open && daysLeft === null) reasons.push(reason('no-decision-date', 'amber'));
  if (coverage.share !== null && coverage.share < COVERAGE_AMBER_BELOW) {
    reasons.push(reason('coverage-low', 'amber', Math.round(coverage.share * 100)));
  }
  const status: PipelineStatus = reasons.some((r) => r.severity === 'red')
    ? 'red'
    : reasons.length > 0
      ? 'amber'
      : 'green';
  return { status, reasons };
}
