/**
 * The analysis: a pure function of a map and an optional analysis date. No clock, no
 * randomness: the same inputs always give the same gaps and the same likelihood.
 */
import type { MapContent } from '../document/schema';
import { buildContext } from './context';
import { findGaps } from './findGaps';
import { rawTerms, score } from './likelihood';
import type { Analysis, AnalysisOptions, Gap, LikelihoodTerm } from './types';
import { wordGap, wordTerm, wordWeights } from './wording';

export function analyze(map: MapContent, options: AnalysisOptions = {}): Analysis {
  const lang = options.lang ?? 'en';
  const context = buildContext(map, options.asOf);
  const findings = findGaps(context);
  const titles = new Map<string, string>();
  const gaps: Gap[] = findings.map((finding) => {
    const { title, ...gap } = wordGap(context, finding, lang);
    titles.set(finding.key, title);
    return gap;
  });
  const scored = score(rawTerms(context, findings), context.costs.base);
  const terms: LikelihoodTerm[] = scored.terms.map((term) => ({
    key: term.key,
    source: term.source,
    points: term.points,
    // Six decimals: enough to order and compare terms, without binary noise in exports.
    exact: Math.round(term.exact * 1e6) / 1e6 + 0,
    label: wordTerm(context, term, titles, lang),
  }));
  return {
    winLikelihood: scored.likelihood,
    explanation: { base: context.costs.base, terms, model: context.costs.kind },
    gaps,
    shares: wordWeights(context.weights, lang),
  };
}
