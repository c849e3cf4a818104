import type { AnalysisContext } from '../context';
import type { Finding, GapCode } from '../types';

/** A coverage-gap rule: a pure function of the analysis context. */
export interface GapRule {
  readonly code: GapCode;
  readonly check: (context: AnalysisContext) => Finding[];
}
