/**
 * The closed vocabularies of the `.powermap` format (PRODUCT.md section 2).
 * Every list is ordered: where a scale exists, from worst to best for us, so that
 * comparisons (improved / worsened) and the analysis read the order from one place.
 */

export const PURCHASE_STAGES = [
  'needs',
  'deliberation',
  'design',
  'evaluation',
  'commitment',
  'implementation',
] as const;
export type PurchaseStage = (typeof PURCHASE_STAGES)[number];

export const QUALIFICATION_QUESTIONS = ['opportunity', 'solution', 'canWin', 'worthWinning'] as const;
export type QualificationQuestion = (typeof QUALIFICATION_QUESTIONS)[number];

export const QUALIFICATION_ANSWERS = ['yes', 'no', 'unsure'] as const;
export type QualificationAnswer = (typeof QUALIFICATION_ANSWERS)[number];

export const FUNCTIONS = ['finance', 'procurement', 'user', 'technical', 'executive', 'other'] as const;
export type StakeholderFunction = (typeof FUNCTIONS)[number];

/** From the shop floor up. */
export const LEVELS = ['operational', 'managerial', 'decision'] as const;
export type Level = (typeof LEVELS)[number];

/** The five buyers (五种买家), in the order the course lists them. */
export const BUYING_ROLES = ['decision-maker', 'technical', 'user', 'financial', 'coach'] as const;
export type BuyingRole = (typeof BUYING_ROLES)[number];

/** The attitude ladder, worst first. `unknown` is not on the ladder; see ATTITUDE_RANK. */
export const ATTITUDE_LADDER = ['blocker', 'opponent', 'neutral', 'supporter', 'champion'] as const;
export const ATTITUDES = ['champion', 'supporter', 'neutral', 'opponent', 'blocker', 'unknown'] as const;
export type Attitude = (typeof ATTITUDES)[number];

/**
 * Rank used to class a change of attitude as improved or worsened. Unknown is risk, not
 * neutrality (PRODUCT.md 3.2, property 5), so it ranks between opponent and neutral.
 */
export const ATTITUDE_RANK: Readonly<Record<Attitude, number>> = {
  blocker: 0,
  opponent: 1,
  unknown: 2,
  neutral: 3,
  supporter: 4,
  champion: 5,
};

/** From no contact to the closest. */
export const CLOSENESS = ['none', 'distant', 'frequent', 'close'] as const;
export type Closeness = (typeof CLOSENESS)[number];

/** The relationship stages (客户关系发展阶段), from none to allied. */
export const RELATIONSHIP_STAGES = ['none', 'acquainted', 'engaged', 'trusted', 'allied'] as const;
export type RelationshipStage = (typeof RELATIONSHIP_STAGES)[number];

export const STYLES = ['driver', 'expressive', 'amiable', 'analytical', 'unknown'] as const;
export type PersonalityStyle = (typeof STYLES)[number];

export const RELATIONSHIP_KINDS = ['reports-to', 'influences', 'ally', 'conflict'] as const;
export type RelationshipKind = (typeof RELATIONSHIP_KINDS)[number];

export const INFLUENCE_STRENGTHS = [1, 2, 3] as const;
export type InfluenceStrength = (typeof INFLUENCE_STRENGTHS)[number];

export const SUPPORTIVE_ATTITUDES: ReadonlySet<Attitude> = new Set(['supporter', 'champion']);
export const HOSTILE_ATTITUDES: ReadonlySet<Attitude> = new Set(['opponent', 'blocker']);
export const WARM_CLOSENESS: ReadonlySet<Closeness> = new Set(['close', 'frequent']);
export const DEEP_STAGES: ReadonlySet<RelationshipStage> = new Set(['trusted', 'allied']);

/**
 * Our sales process, the course's "six swords" (独孤六剑), in order. Each step sits beside
 * the client's purchase stage of the same index (采购流程 against 销售流程).
 */
export const SALES_STEPS = [
  'account-analysis',
  'build-trust',
  'discover-needs',
  'present-value',
  'win-commitment',
  'follow-up',
] as const;
export type SalesStep = (typeof SALES_STEPS)[number];

/**
 * What a client weighs when choosing a supplier (客户选择供应商的要素), in the course's
 * chart order: relationship with the decision level first, price last.
 */
export const SUPPLIER_CRITERIA = [
  'decisionRelationship',
  'brand',
  'industryStandards',
  'afterSales',
  'performance',
  'fastSolutions',
  'supplyCapacity',
  'price',
] as const;
export type SupplierCriterion = (typeof SUPPLIER_CRITERIA)[number];

/** Scores of our position run 0..10 in steps of a half. */
export const POSITION_SCORE_MAX = 10;
export const POSITION_SCORE_STEP = 0.5;

/** How a deal ended (issue 12). Only won and lost say how good the map's likelihood was. */
export const OUTCOME_RESULTS = ['won', 'lost', 'no-decision', 'withdrawn'] as const;
export type OutcomeResult = (typeof OUTCOME_RESULTS)[number];

/**
 * Why a deal ended as it did: a short list a team can count, the detail goes in the note.
 * `competitor-relationship` is the course's "the winner had the decision level" (决策层关系).
 */
export const CLOSE_REASONS = [
  'price',
  'relationship',
  'product-fit',
  'timing',
  'competitor-relationship',
  'budget-cut',
  'internal-decision',
  'other',
] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];
