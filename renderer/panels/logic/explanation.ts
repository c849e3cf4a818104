/** The win likelihood's explanation as the panel lists it. */
import type { LikelihoodTerm } from '../../../shared/analysis';

export interface FoldedTerms {
  /** Terms that move the figure, in the analysis's order. */
  readonly shown: readonly LikelihoodTerm[];
  /** Terms worth 0 whole points, folded under an "N more at 0" toggle. */
  readonly zero: readonly LikelihoodTerm[];
}

export function foldTerms(terms: readonly LikelihoodTerm[]): FoldedTerms {
  const shown: LikelihoodTerm[] = [];
  const zero: LikelihoodTerm[] = [];
  for (const term of terms) (term.points === 0 ? zero : shown).push(term);
  return { shown, zero };
}

/** Points with their sign: `+13`, `−8` (a true minus sign), `0`. */
export function signed(points: number): string {
  if (points > 0) return `+${points}`;
  if (points < 0) return `\u2212${Math.abs(points)}`;
  return '0';
}

/** Base plus every term: the shown likelihood. */
export function total(base: number, terms: readonly LikelihoodTerm[]): number {
  return terms.reduce((sum, term) => sum + term.points, base);
}
