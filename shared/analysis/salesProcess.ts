/**
 * The course's sales process, the six swords (独孤六剑), read against the map: which start
 * and end signs of each step hold, how far the map supports our selling, and which of our
 * steps stands beside the client's purchase stage. Written down in docs/SALES_PROCESS.md.
 *
 * Pure: a function of the map alone, like the gap rules.
 */
import type { MapContent } from '../document/schema';
import {
  PURCHASE_STAGES,
  RELATIONSHIP_STAGES,
  SALES_STEPS,
  SUPPORTIVE_ATTITUDES,
  type RelationshipStage,
  type SalesStep,
} from '../document/vocabulary';
import { buildContext, type AnalysisContext } from './context';

/** The signs the app can read from the map and the deal. */
export const SALES_SIGNS = [
  'clientNamed',
  'opportunity',
  'keyTrusted',
  'keyEngaged',
  'needsWritten',
  'dmKnown',
  'valueAccepted',
  'ordered',
] as const;
export type SalesSign = (typeof SALES_SIGNS)[number];

/**
 * Each step's start and end signs. The course gives the first three; the later ones are
 * ours, in the same spirit: present value once the needs are written and we know where the
 * decision-makers stand; it has worked when the decision-makers and technical buyers
 * support us; commitment is won when the client places the order (purchase stage
 * implementation), which starts follow-up. Follow-up has no end: it serves the account.
 */
export const STEP_SIGNS: Readonly<
  Record<SalesStep, { readonly start: readonly SalesSign[]; readonly end: readonly SalesSign[] }>
> = {
  'account-analysis': { start: ['clientNamed'], end: ['opportunity'] },
  'build-trust': { start: ['opportunity'], end: ['keyTrusted'] },
  'discover-needs': { start: ['keyEngaged'], end: ['needsWritten'] },
  'present-value': { start: ['needsWritten', 'dmKnown'], end: ['valueAccepted'] },
  'win-commitment': { start: ['valueAccepted'], end: ['ordered'] },
  'follow-up': { start: ['ordered'], end: [] },
};

export interface SignCheck {
  readonly sign: SalesSign;
  readonly met: boolean;
  /** People who keep the sign from holding (those short of it), in map order. */
  readonly stakeholderIds: readonly string[];
  /** True when the sign needs people of a kind the map does not hold at all. */
  readonly nobody: boolean;
}

export interface StepSigns {
  readonly step: SalesStep;
  readonly start: readonly SignCheck[];
  readonly end: readonly SignCheck[];
}

export interface SalesProcess {
  /** The step the user chose, or null while none is chosen. */
  readonly recorded: SalesStep | null;
  /** The furthest step whose start signs, and those of every step before it, hold. */
  readonly supported: SalesStep;
  /** Our step beside the client's current purchase stage (采购流程 against 销售流程). */
  readonly beside: SalesStep;
  readonly steps: readonly StepSigns[];
}

const rank = (stage: RelationshipStage) => RELATIONSHIP_STAGES.indexOf(stage);

export function stepIndex(step: SalesStep): number {
  return SALES_STEPS.indexOf(step);
}

/** Our step beside a purchase stage: the six stand side by side, in order. */
export function stepBesideStage(map: MapContent): SalesStep {
  return SALES_STEPS[PURCHASE_STAGES.indexOf(map.deal.purchaseStage)]!;
}

function allOf(context: AnalysisContext, include: (i: number) => boolean, holds: (i: number) => boolean) {
  const short: string[] = [];
  let counted = false;
  context.people.forEach((person, i) => {
    if (!include(i)) return;
    counted = true;
    if (!holds(i)) short.push(person.id);
  });
  return { met: counted && short.length === 0, stakeholderIds: short, nobody: !counted };
}

export function checkSign(context: AnalysisContext, sign: SalesSign): SignCheck {
  const { map, people, isKey, isDecisionMaker } = context;
  const plain = (met: boolean): SignCheck => ({ sign, met, stakeholderIds: [], nobody: false });
  const supportive = (i: number) => SUPPORTIVE_ATTITUDES.has(people[i]!.attitude);
  switch (sign) {
    case 'clientNamed':
      return plain(map.deal.account.trim() !== '');
    case 'opportunity':
      return plain(map.deal.qualification.opportunity === 'yes');
    case 'keyTrusted':
      return {
        sign,
        ...allOf(
          context,
          (i) => isKey[i]!,
          (i) => supportive(i) && rank(people[i]!.stage) >= rank('trusted'),
        ),
      };
    case 'keyEngaged':
      return {
        sign,
        ...allOf(
          context,
          (i) => isKey[i]!,
          (i) => rank(people[i]!.stage) >= rank('engaged'),
        ),
      };
    case 'needsWritten':
      return plain(map.deal.needsRecord !== null);
    case 'dmKnown':
      return {
        sign,
        ...allOf(
          context,
          (i) => isDecisionMaker[i]!,
          (i) => people[i]!.attitude !== 'unknown',
        ),
      };
    case 'valueAccepted': {
      const dm = allOf(
        context,
        (i) => isDecisionMaker[i]!,
        () => true,
      );
      const judges = allOf(context, (i) => isDecisionMaker[i]! || people[i]!.roles.includes('technical'), supportive);
      return { sign, met: !dm.nobody && judges.met, stakeholderIds: judges.stakeholderIds, nobody: dm.nobody };
    }
    case 'ordered':
      return plain(map.deal.purchaseStage === 'implementation');
  }
}

/** The sales process of a map; pass a context already built to save the work. */
export function salesProcess(map: MapContent, context: AnalysisContext = buildContext(map, null)): SalesProcess {
  const cache = new Map<SalesSign, SignCheck>();
  const check = (sign: SalesSign) => {
    let found = cache.get(sign);
    if (!found) {
      found = checkSign(context, sign);
      cache.set(sign, found);
    }
    return found;
  };
  const steps = SALES_STEPS.map((step) => ({
    step,
    start: STEP_SIGNS[step].start.map(check),
    end: STEP_SIGNS[step].end.map(check),
  }));
  // Account analysis is where every deal may stand; each later step needs its own start signs and all before.
  let supported = 0;
  for (let k = 1; k < steps.length; k++) {
    if (!steps[k]!.start.every((c) => c.met)) break;
    supported = k;
  }
  return { recorded: map.deal.salesStep, supported: SALES_STEPS[supported]!, beside: stepBesideStage(map), steps };
}

/** The signs missing for `to` to be supported: start signs of every step after `from` up to `to`. */
export function missingSigns(process: SalesProcess, to: SalesStep): SignCheck[] {
  const out: SignCheck[] = [];
  const seen = new Set<SalesSign>();
  for (let k = 1; k <= stepIndex(to); k++) {
    for (const c of process.steps[k]!.start) {
      if (!c.met && !seen.has(c.sign)) {
        seen.add(c.sign);
        out.push(c);
      }
    }
  }
  return out;
}

/**
 * The course's typical activities for moving a person up one relationship stage (客户关系
 * 发展阶段), by the stage the person is at. Gifts are left out: the course allows them only
 * within the law and company rules, and Powermap suggests none (see the caution it shows).
 */
export const STAGE_ACTIVITIES: Readonly<Record<Exclude<RelationshipStage, 'allied'>, readonly string[]>> = {
  none: ['telephone', 'visit'],
  acquainted: ['businessMeal', 'localVisit', 'technicalExchange', 'testsAndSamples'],
  engaged: ['socialEvents', 'familyContact', 'remoteVisit'],
  trusted: ['introductions', 'insideInformation', 'firmSupport'],
};
