/**
 * Words findings and likelihood terms in the user's language. Names come from the map
 * and are inserted as plain text.
 */
import {
  ATTITUDES,
  CLOSENESS,
  QUALIFICATION_QUESTIONS,
  RELATIONSHIP_STAGES,
  type Attitude,
  type BuyingRole,
  type Closeness,
  type QualificationQuestion,
  type RelationshipStage,
} from '../document/vocabulary';
import type { Lang, MessageKey } from '../i18n/catalogue';
import { joinList, translate, translatePlural } from '../i18n/translate';
import type { AnalysisContext } from './context';
import { CEILING, FLOOR, type RawTerm } from './likelihood';
import type { Finding, Gap } from './types';
import type { Weights } from './weights';
import { wordSalesFinding } from './salesWording';

type Words = { message: string; action: string; title: string };

function nameOf(context: AnalysisContext, id: string | undefined): string {
  if (id === undefined) return '';
  const index = context.indexOf.get(id);
  return index === undefined ? id : context.people[index]!.name;
}

function namesOf(context: AnalysisContext, lang: Lang, ids: readonly string[]): string {
  return joinList(
    lang,
    ids.map((id) => nameOf(context, id)),
  );
}

function personOf(context: AnalysisContext, id: string | undefined) {
  const index = id === undefined ? undefined : context.indexOf.get(id);
  return index === undefined ? undefined : context.people[index];
}

export function wordFinding(context: AnalysisContext, finding: Finding, lang: Lang): Words {
  const t = (key: MessageKey, params: Record<string, string | number> = {}) => translate(lang, key, params);
  const firstId = finding.stakeholderIds[0];
  const name = nameOf(context, firstId);
  const person = personOf(context, firstId);
  const names = namesOf(context, lang, finding.stakeholderIds);
  const p = finding.params;
  switch (finding.code) {
    case 'MISSING_ROLE': {
      const role = finding.role as BuyingRole;
      const roleName = t(`role.${role}`);
      return {
        message: t('gap.MISSING_ROLE.message', { role: roleName }),
        action: t(`gap.MISSING_ROLE.action.${role}`),
        title: t('gap.title.MISSING_ROLE', { role: roleName }),
      };
    }
    case 'ATTITUDE_UNKNOWN':
      return {
        message: t(p['decisionMaker'] ? 'gap.ATTITUDE_UNKNOWN.message.dm' : 'gap.ATTITUDE_UNKNOWN.message', { name }),
        action: t('gap.ATTITUDE_UNKNOWN.action', { name }),
        title: t('gap.title.ATTITUDE_UNKNOWN', { name }),
      };
    case 'UNCOVERED': {
      const contact = t(
        person?.closeness === 'distant' ? 'gap.UNCOVERED.contact.distant' : 'gap.UNCOVERED.contact.none',
      );
      const variant = p['far'] && p['unowned'] ? 'both' : p['far'] ? 'far' : 'unowned';
      return {
        message: t(`gap.UNCOVERED.message.${variant}`, { name, contact }),
        action: t(p['decisionMaker'] ? 'gap.UNCOVERED.action.dm' : 'gap.UNCOVERED.action', { name }),
        title: t('gap.title.UNCOVERED', { name }),
      };
    }
    case 'OPPONENT_KEY':
      return {
        message: t('gap.OPPONENT_KEY.message', { name, attitude: person ? t(`attitude.${person.attitude}`) : '' }),
        action: t('gap.OPPONENT_KEY.action', { name }),
        title: t('gap.title.OPPONENT_KEY', { name }),
      };
    case 'NO_EXECUTIVE_ACCESS':
      return {
        message: t(p['executives'] ? 'gap.NO_EXECUTIVE_ACCESS.message.noAccess' : 'gap.NO_EXECUTIVE_ACCESS.message'),
        action: t('gap.NO_EXECUTIVE_ACCESS.action'),
        title: t('gap.title.NO_EXECUTIVE_ACCESS'),
      };
    case 'NO_MIDDLE_ALLY':
      return {
        message: t('gap.NO_MIDDLE_ALLY.message'),
        action: t('gap.NO_MIDDLE_ALLY.action'),
        title: t('gap.title.NO_MIDDLE_ALLY'),
      };
    case 'WEAK_COACH':
      return {
        message: t('gap.WEAK_COACH.message', { names }),
        action: t('gap.WEAK_COACH.action', { names }),
        title: t('gap.title.WEAK_COACH'),
      };
    case 'SINGLE_THREADED':
      return {
        message: t(p['count'] ? 'gap.SINGLE_THREADED.message.one' : 'gap.SINGLE_THREADED.message.none', { name }),
        action: t('gap.SINGLE_THREADED.action'),
        title: t('gap.title.SINGLE_THREADED'),
      };
    case 'INFLUENCE_INCOMPLETE': {
      const variant = p['unjudged'] && p['offSum'] ? 'both' : p['unjudged'] ? 'unjudged' : 'sum';
      return {
        message: t(`gap.INFLUENCE_INCOMPLETE.message.${variant}`, { names, total: p['total'] ?? 0 }),
        action: t('gap.INFLUENCE_INCOMPLETE.action'),
        title: t('gap.title.INFLUENCE_INCOMPLETE'),
      };
    }
    case 'UNQUALIFIED': {
      const asked = String(p['questions'] ?? '')
        .split(',')
        .filter((q): q is QualificationQuestion => (QUALIFICATION_QUESTIONS as readonly string[]).includes(q));
      const questions = asked.map((q) => t(`question.${q}`)).join(' ');
      return {
        message: t('gap.UNQUALIFIED.message', { questions }),
        action: t('gap.UNQUALIFIED.action'),
        title: t('gap.title.UNQUALIFIED'),
      };
    }
    case 'OPPONENT_REACHES_DM': {
      const ids = finding.stakeholderIds;
      const dm = nameOf(context, ids.at(-1));
      const via = namesOf(context, lang, ids.slice(1, -1));
      const attitude = person ? t(`attitude.${person.attitude}`) : '';
      return {
        message: t(
          ids.length > 2 ? 'gap.OPPONENT_REACHES_DM.message.chain' : 'gap.OPPONENT_REACHES_DM.message.direct',
          {
            name,
            attitude,
            dm,
            via,
          },
        ),
        action: t('gap.OPPONENT_REACHES_DM.action', { name, dm }),
        title: t('gap.title.OPPONENT_REACHES_DM', { name, dm }),
      };
    }
    case 'NO_PATH_TO_DM':
      return {
        message: t('gap.NO_PATH_TO_DM.message'),
        action: t('gap.NO_PATH_TO_DM.action', { names }),
        title: t('gap.title.NO_PATH_TO_DM'),
      };
    case 'STALE':
      return {
        message: t('gap.STALE.message', { name, days: p['days'] ?? 0, date: p['date'] ?? '' }),
        action: t('gap.STALE.action', { name }),
        title: t('gap.title.STALE', { name }),
      };
    case 'STEP_AHEAD':
    case 'STEP_LAGS':
    case 'POSITION_BEHIND':
      return wordSalesFinding(context, finding, lang);
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
