export { analyze } from './analyze';
export { buildContext, dayNumber, KEY_INFLUENCE_SHARE, type AnalysisContext } from './context';
export { findGaps } from './findGaps';
export * as likelihoodModel from './likelihood';
export { RULES, type GapRule } from './rules';
export { computeWeights, defaultWeight, type Weights } from './weights';
export { sharePercent, wordWeight, wordWeights } from './wording';
export * from './types';
