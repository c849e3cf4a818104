export { analyze } from './analyze';
export { buildContext, KEY_INFLUENCE_SHARE, type AnalysisContext } from './context';
export { findGaps } from './findGaps';
export * as likelihoodModel from './likelihood';
export { RULES, type GapRule } from './rules';
export { computeWeights, defaultWeight, type Weights } from './weights';
export { sharePercent, wordWeight, wordWeights } from './wording';
export * from './types';
export {
  SALES_SIGNS,
  STAGE_ACTIVITIES,
  STEP_SIGNS,
  checkSign,
  missingSigns,
  salesProcess,
  stepBesideStage,
  stepIndex,
  type SalesProcess,
  type SalesSign,
  type SignCheck,
  type StepSigns,
} from './salesProcess';
export {
  FACTORS,
  FACTOR_OF_CRITERION,
  FAR_BEHIND_POINTS,
  farBehind,
  positionOf,
  suggestedDecisionRelationship,
  weighingFactor,
  type CriterionPosition,
  type Factor,
  type Position,
} from './position';
export { salesSummary, salesSummaryJson, type SalesSummary, type WordedSign } from './salesSummary';
export { wordSign } from './salesWording';
