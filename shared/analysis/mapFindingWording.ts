/**
 * The words of the map's findings (gaps), one function per finding's code. Names come from the
 * map and are inserted as plain text. The sales step's findings are worded in salesWording.ts.
 */
import { QUALIFICATION_QUESTIONS, type BuyingRole, type QualificationQuestion } from '../document/vocabulary';
import type { Lang, MessageKey } from '../i18n/catalogue';
import { joinList, translate } from '../i18n/translate';
import type { AnalysisContext } from './context';
import type { Finding, GapCode } from './types';

export type Words = { message: string; action: string; title: string };

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

/** What every finding's words are made from: the finding, its first person and every person it names. */
export interface FindingFacts {
  readonly context: AnalysisContext;
  readonly finding: Finding;
  readonly lang: Lang;
  readonly t: (key: MessageKey, params?: Record<string, string | number>) => string;
  /** The first person's name ('' when the finding names nobody). */
  readonly name: string;
  readonly person: ReturnType<typeof personOf>;
  /** Every named person, as a list in the language. */
  readonly names: string;
  readonly p: Finding['params'];
}

export function findingFacts(context: AnalysisContext, finding: Finding, lang: Lang): FindingFacts {
  const t = (key: MessageKey, params: Record<string, string | number> = {}) => translate(lang, key, params);
  const firstId = finding.stakeholderIds[0];
  return {
    context,
    finding,
    lang,
    t,
    name: nameOf(context, firstId),
    person: personOf(context, firstId),
    names: namesOf(context, lang, finding.stakeholderIds),
    p: finding.params,
  };
}

/** The codes of the sales step's findings, worded in salesWording.ts. */
export type SalesFindingCode = 'STEP_AHEAD' | 'STEP_LAGS' | 'POSITION_BEHIND';

function missingRole({ t, finding }: FindingFacts): Words {
  const role = finding.role as BuyingRole;
  const roleName = t(`role.${role}`);
  return {
    message: t('gap.MISSING_ROLE.message', { role: roleName }),
    action: t(`gap.MISSING_ROLE.action.${role}`),
    title: t('gap.title.MISSING_ROLE', { role: roleName }),
  };
}

function uncovered({ t, p, name, person }: FindingFacts): Words {
  const contact = t(person?.closeness === 'distant' ? 'gap.UNCOVERED.contact.distant' : 'gap.UNCOVERED.contact.none');
  const variant = p['far'] && p['unowned'] ? 'both' : p['far'] ? 'far' : 'unowned';
  return {
    message: t(`gap.UNCOVERED.message.${variant}`, { name, contact }),
    action: t(p['decisionMaker'] ? 'gap.UNCOVERED.action.dm' : 'gap.UNCOVERED.action', { name }),
    title: t('gap.title.UNCOVERED', { name }),
  };
}

function influenceIncomplete({ t, p, names }: FindingFacts): Words {
  const variant = p['unjudged'] && p['offSum'] ? 'both' : p['unjudged'] ? 'unjudged' : 'sum';
  return {
    message: t(`gap.INFLUENCE_INCOMPLETE.message.${variant}`, { names, total: p['total'] ?? 0 }),
    action: t('gap.INFLUENCE_INCOMPLETE.action'),
    title: t('gap.title.INFLUENCE_INCOMPLETE'),
  };
}

function unqualified({ t, p }: FindingFacts): Words {
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

function opponentReachesDm({ context, lang, t, finding, name, person }: FindingFacts): Words {
  const ids = finding.stakeholderIds;
  const dm = nameOf(context, ids.at(-1));
  const via = namesOf(context, lang, ids.slice(1, -1));
  const attitude = person ? t(`attitude.${person.attitude}`) : '';
  return {
    message: t(ids.length > 2 ? 'gap.OPPONENT_REACHES_DM.message.chain' : 'gap.OPPONENT_REACHES_DM.message.direct', {
      name,
      attitude,
      dm,
      via,
    }),
    action: t('gap.OPPONENT_REACHES_DM.action', { name, dm }),
    title: t('gap.title.OPPONENT_REACHES_DM', { name, dm }),
  };
}

/** The words of each of the map's findings, by code. */
export const MAP_FINDING_WORDS: {
  readonly [code in Exclude<GapCode, SalesFindingCode>]: (facts: FindingFacts) => Words;
} = {
  MISSING_ROLE: missingRole,
  ATTITUDE_UNKNOWN: ({ t, p, name }) => ({
    message: t(p['decisionMaker'] ? 'gap.ATTITUDE_UNKNOWN.message.dm' : 'gap.ATTITUDE_UNKNOWN.message', { name }),
    action: t('gap.ATTITUDE_UNKNOWN.action', { name }),
    title: t('gap.title.ATTITUDE_UNKNOWN', { name }),
  }),
  UNCOVERED: uncovered,
  OPPONENT_KEY: ({ t, name, person }) => ({
    message: t('gap.OPPONENT_KEY.message', { name, attitude: person ? t(`attitude.${person.attitude}`) : '' }),
    action: t('gap.OPPONENT_KEY.action', { name }),
    title: t('gap.title.OPPONENT_KEY', { name }),
  }),
  NO_EXECUTIVE_ACCESS: ({ t, p }) => ({
    message: t(p['executives'] ? 'gap.NO_EXECUTIVE_ACCESS.message.noAccess' : 'gap.NO_EXECUTIVE_ACCESS.message'),
    action: t('gap.NO_EXECUTIVE_ACCESS.action'),
    title: t('gap.title.NO_EXECUTIVE_ACCESS'),
  }),
  NO_MIDDLE_ALLY: ({ t }) => ({
    message: t('gap.NO_MIDDLE_ALLY.message'),
    action: t('gap.NO_MIDDLE_ALLY.action'),
    title: t('gap.title.NO_MIDDLE_ALLY'),
  }),
  WEAK_COACH: ({ t, names }) => ({
    message: t('gap.WEAK_COACH.message', { names }),
    action: t('gap.WEAK_COACH.action', { names }),
    title: t('gap.title.WEAK_COACH'),
  }),
  SINGLE_THREADED: ({ t, p, name }) => ({
    message: t(p['count'] ? 'gap.SINGLE_THREADED.message.one' : 'gap.SINGLE_THREADED.message.none', { name }),
    action: t('gap.SINGLE_THREADED.action'),
    title: t('gap.title.SINGLE_THREADED'),
  }),
  INFLUENCE_INCOMPLETE: influenceIncomplete,
  UNQUALIFIED: unqualified,
  OPPONENT_REACHES_DM: opponentReachesDm,
  NO_PATH_TO_DM: ({ t, names }) => ({
    message: t('gap.NO_PATH_TO_DM.message'),
    action: t('gap.NO_PATH_TO_DM.action', { names }),
    title: t('gap.title.NO_PATH_TO_DM'),
  }),
  STALE: ({ t, p, name }) => ({
    message: t('gap.STALE.message', { name, days: p['days'] ?? 0, date: p['date'] ?? '' }),
    action: t('gap.STALE.action', { name }),
    title: t('gap.title.STALE', { name }),
  }),
};
