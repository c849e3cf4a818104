/**
 * Words findings and likelihood terms in the user's language. Names come from the map
 * and are inserted as plain text.
 */
import {
  ATTITUDES,
  CLOSENESS,
  RELATIONSHIP_STAGES,
  type Attitude,
  type Closeness,
  type RelationshipStage,
} from '../document/vocabulary';
import type { Lang, MessageKey } from '../i18n/catalogue';
import { translate, translatePlural } from '../i18n/translate';
import type { AnalysisContext } from './context';
import { CEILING, FLOOR, type RawTerm } from './likelihood';
import type { Finding, Gap } from './types';
import type { Weights } from './weights';
import { findingFacts, MAP_FINDING_WORDS, type Words } from './mapFindingWording';
import { wordSalesFinding } from './salesWording';

/** The words of `finding`: the map's findings by mapFindingWording.ts, the sales step's by salesWording.ts. */
export function wordFinding(context: AnalysisContext, finding: Finding, lang: Lang): Words {
  switch (finding.code) {
    case 'STEP_AHEAD':
    case 'STEP_LAGS':
    case 'POSITION_BEHIND':
      return wordSalesFinding(context, finding, lang);
    default:
      return MAP_FINDING_WORDS[finding.code](findingFacts(context, finding, lang));
  }
}

export function wordGap(context: AnalysisContext, finding: Finding, lang: Lang): Gap & { title: string } {
  const words = wordFinding(context, finding, lang);
  return { ...finding, message: words.message, action: words.action, title: words.title };
}

/** A share of the decision in percent, one decimal, so small shares still show. */
export function sharePercent(share: number): number {
  return Math.round(share * 1000) / 10;
}

/**
 * A person's weight as the likelihood counts it, their stake in the whole decision: "weight
 * 40%" as entered, or "weight not judged (12.9% by level and roles)". Plain ASCII in
 * English, so the sheet's Latin font (Helvetica) draws it.
 */
export function wordWeight(entered: number | null, stake: number, lang: Lang): string {
  return entered === null
    ? translate(lang, 'weight.default', { stake: sharePercent(stake) })
    : translate(lang, 'weight.entered', { entered });
}

/** How the weights were found: as entered, defaults from level and roles, or both. */
export function wordWeights(weights: Pick<Weights, 'mode' | 'enteredTotal'>, lang: Lang): string {
  return translate(lang, `weight.how.${weights.mode}`, { total: Math.round(weights.enteredTotal * 10) / 10 });
}

type VocabularyLabels = {
  readonly attitude: Readonly<Record<Attitude, string>>;
  readonly closeness: Readonly<Record<Closeness, string>>;
  readonly stage: Readonly<Record<RelationshipStage, string>>;
};
const labelCache = new Map<Lang, VocabularyLabels>();

/** The words for attitude, closeness and stage, looked up once per language (a term each person). */
function vocabularyLabels(lang: Lang): VocabularyLabels {
  let labels = labelCache.get(lang);
  if (!labels) {
    const table = <T extends string>(values: readonly T[], prefix: string) =>
      Object.fromEntries(values.map((v) => [v, translate(lang, `${prefix}.${v}` as MessageKey)])) as Record<T, string>;
    labels = {
      attitude: table(ATTITUDES, 'attitude'),
      closeness: table(CLOSENESS, 'closeness'),
      stage: table(RELATIONSHIP_STAGES, 'stage'),
    };
    labelCache.set(lang, labels);
  }
  return labels;
}

export function wordTerm(
  context: AnalysisContext,
  term: RawTerm,
  titles: ReadonlyMap<string, string>,
  lang: Lang,
): string {
  const source = term.source;
  switch (source.kind) {
    case 'person': {
      const index = context.indexOf.get(source.stakeholderId)!;
      const person = context.people[index]!;
      const labels = vocabularyLabels(lang);
      return translate(lang, 'term.person', {
        name: person.name,
        attitude: labels.attitude[person.attitude],
        closeness: labels.closeness[person.closeness],
        stage: labels.stage[person.stage],
        weight: wordWeight(person.influence, context.weights.stakes[index]!, lang),
      });
    }
    case 'gap': {
      const severity = translate(lang, `severity.${source.severity}`);
      const title = titles.get(source.gapKey) ?? source.code;
      const seatIndex = source.seatOf === undefined ? undefined : context.indexOf.get(source.seatOf);
      if (seatIndex === undefined) return translate(lang, 'term.gap', { severity, title });
      return translate(lang, 'term.gap.seat', { severity, title, name: context.people[seatIndex]!.name });
    }
    case 'people-limit':
      return translate(lang, source.side === 'support' ? 'term.limit.support' : 'term.limit.opposition');
    case 'competitors':
      return translatePlural(lang, 'term.competitors', source.count);
    case 'clamp': {
      const above = source.sum > CEILING;
      const count = above ? source.sum - CEILING : FLOOR - source.sum;
      return translatePlural(lang, above ? 'term.clamp.above' : 'term.clamp.below', count, { sum: source.sum });
    }
  }
}
