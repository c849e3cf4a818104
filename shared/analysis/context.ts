/**
 * Facts about a map that several rules and the likelihood need, computed once per
 * analysis in a single pass or two: who is a key person, the normalised weights, the
 * decision-makers and who reaches them along influence lines.
 */
import type { MapContent, Stakeholder } from '../document/schema';
import { epochDay } from '../values/date';
import { costModelOf, type CostModel } from './costModel';
import { computeReach, type Reach } from './influenceReach';
import { computeWeights, type Weights } from './weights';

/** A person carrying at least this share of the entered influence is a key person. */
export const KEY_INFLUENCE_SHARE = 0.2;

export interface AnalysisContext {
  readonly map: MapContent;
  readonly people: readonly Stakeholder[];
  readonly indexOf: ReadonlyMap<string, number>;
  readonly isDecisionMaker: readonly boolean[];
  readonly isKey: readonly boolean[];
  readonly weights: Weights;
  readonly hasInfluenceLines: boolean;
  /** Days since the epoch of the analysis date, or null when none was given. */
  readonly asOfDay: number | null;
  readonly reach: Reach;
  /** The base and gap costs: the standard model, or the team's from `deal.likelihoodModel`. */
  readonly costs: CostModel;
}

/** Decimal weights do not add up exactly in binary (0.1 + 44.2 + 20 + 35.7 > 100): compare with slack. */
export const EPSILON = 1e-9;

export function buildContext(map: MapContent, asOf: string | null | undefined): AnalysisContext {
  return contextOn(map, asOf ? epochDay(asOf) : null);
}

/** The same map without one person (and the lines that touch them), on the same analysis date. */
export function withoutPerson(context: AnalysisContext, index: number): AnalysisContext {
  return withoutPeople(context, [index]);
}

/** The context of the same map without the people at these indices and their lines. */
export function withoutPeople(context: AnalysisContext, indices: readonly number[]): AnalysisContext {
  const gone = new Set(indices);
  const ids = new Set(indices.map((i) => context.people[i]!.id));
  const map: MapContent = {
    ...context.map,
    stakeholders: context.map.stakeholders.filter((_, i) => !gone.has(i)),
    relationships: context.map.relationships.filter((r) => !ids.has(r.from) && !ids.has(r.to)),
  };
  return contextOn(map, context.asOfDay);
}

function contextOn(map: MapContent, asOfDay: number | null): AnalysisContext {
  const people = map.stakeholders;
  const n = people.length;
  const indexOf = new Map<string, number>();
  const isDecisionMaker = new Array<boolean>(n);
  for (let i = 0; i < n; i++) {
    const person = people[i]!;
    indexOf.set(person.id, i);
    isDecisionMaker[i] = person.roles.includes('decision-maker');
  }
  const weights = computeWeights(people, map.deal.purchaseStage);
  const isKey = new Array<boolean>(n);
  for (let i = 0; i < n; i++) {
    const person = people[i]!;
    const entered = person.influence;
    isKey[i] =
      isDecisionMaker[i]! ||
      person.roles.includes('technical') ||
      person.level === 'decision' ||
      (entered !== null && weights.enteredTotal > 0 && entered / weights.enteredTotal >= KEY_INFLUENCE_SHARE - EPSILON);
  }
  let hasInfluenceLines = false;
  for (const line of map.relationships) {
    if (line.kind === 'influences') {
      hasInfluenceLines = true;
      break;
    }
  }
  return {
    map,
    people,
    indexOf,
    isDecisionMaker,
    isKey,
    weights,
    hasInfluenceLines,
    asOfDay,
    reach: computeReach(n, indexOf, map.relationships, isDecisionMaker),
    costs: costModelOf(map.deal.likelihoodModel),
  };
}
