/**
 * One concept, one name: the terms the catalogues must use for the concepts a newcomer
 * meets everywhere, with the spellings that have crept in before and must not come back.
 * `test/shared/i18n/terms.test.ts` scans every catalogue value for the variants; a new
 * synonym found in review belongs here, beside the term it competes with.
 *
 * The Chinese terms follow the glossary (`shared/domain/GLOSSARY.md`); where it has none,
 * the term is ours and chosen once here.
 */
import type { BuyingRole } from '../document/vocabulary';
import type { Lang } from './catalogue';

export interface Term {
  /** The one name the catalogue uses. */
  readonly term: string;
  /** Other names for the same concept: none of them may appear in any catalogue value. */
  readonly variants: readonly (string | RegExp)[];
}

export type Concept = 'whatIf' | 'winLikelihood' | 'influenceWeight' | 'gap' | 'owner' | 'decisionMaker' | 'coach';

export const TERMS: Readonly<Record<Concept, Readonly<Record<Lang, Term>>>> = {
  whatIf: {
    en: { term: 'what-if', variants: [/\bwhat if\b/i, /\bscenario/i] },
    // 假设分析 is what spreadsheets call a what-if; 推演 (war-gaming) was a second name for it.
    'zh-CN': { term: '假设分析', variants: ['假设推演', '推演', '情景分析'] },
  },
  winLikelihood: {
    en: { term: 'win likelihood', variants: [/\bwin (probability|rate|chance)/i, /\bchance of winning/i] },
    'zh-CN': { term: '赢率', variants: ['胜率', '成功率', '赢单率', '中标率'] },
  },
  influenceWeight: {
    en: { term: 'influence weight', variants: [/\binfluence (score|share)\b/i] },
    // The glossary's 影响项目的比重, shortened to 比重.
    'zh-CN': { term: '比重', variants: ['权重', '影响力分数'] },
  },
  gap: {
    en: { term: 'gap', variants: [/\bblind spot/i] },
    'zh-CN': { term: '缺口', variants: ['差距', '漏洞', '盲点'] },
  },
  owner: {
    en: { term: 'owner', variants: [/\baccount lead\b/i] },
    'zh-CN': { term: '负责人', variants: ['对接人', '跟进人'] },
  },
  // The buying role with the final say: the glossary's 经济买家 (its 决策者 is the course's other name).
  decisionMaker: {
    en: { term: 'decision-maker', variants: [/\beconomic buyer/i, /\bdecision makers?\b/i] },
    'zh-CN': { term: '经济买家', variants: ['决策者', '决策人'] },
  },
  // The glossary's 教练买家; the course also calls a coach 向导 or 线人.
  coach: {
    en: { term: 'coach', variants: [/\binside guide/i, /\binformant/i] },
    'zh-CN': { term: '教练买家', variants: ['向导', '线人'] },
  },
};

/**
 * The buying roles' names in running text, paired: a message that names a role in one
 * language names it in the other too, by the glossary's term (the badges are apart).
 */
export const ROLE_NAMES: Readonly<Record<BuyingRole, Readonly<Record<Lang, RegExp>>>> = {
  'decision-maker': { en: /\bdecision-makers?\b/i, 'zh-CN': /经济买家/ },
  technical: { en: /\btechnical buyers?\b/i, 'zh-CN': /技术买家/ },
  user: { en: /\buser buyers?\b/i, 'zh-CN': /使用买家/ },
  financial: { en: /\bfinancial buyers?\b/i, 'zh-CN': /实际买家/ },
  coach: { en: /\bcoach(es)?\b/i, 'zh-CN': /教练买家/ },
};

/** "gap(s)" is no plural: messages with a count have `.one` and `.other` keys (see `plural`). */
export const NO_PLURAL_BY_PARENTHESES = /\w\((s|es)\)/;

/**
 * The short buying-role badges on the card, the grid, the legend, the SVG, the sheet and the
 * deck: one set per language, from one catalogue key each (`canvas.roleShort.<role>`).
 */
export const ROLE_BADGE_KEY_PREFIX = 'canvas.roleShort.';

export const ROLE_BADGES: Readonly<Record<Lang, Readonly<Record<BuyingRole, string>>>> = {
  en: { 'decision-maker': 'DM', technical: 'Tech', user: 'User', financial: 'Fin', coach: 'Coach' },
  'zh-CN': { 'decision-maker': '经济', technical: '技术', user: '使用', financial: '实际', coach: '教练' },
};

/** Badge spellings of other sets once used beside the ones above. */
export const ROLE_BADGE_VARIANTS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['TB', 'UB', 'FB', 'EB', 'C'],
  'zh-CN': ['技', '用', '财', '决'],
};
