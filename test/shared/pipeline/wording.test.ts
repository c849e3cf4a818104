/** Every rule name, status, reason, stage and outcome of the pipeline is worded in both catalogues. */
import { describe, expect, it } from 'vitest';
import { GAP_CODES } from '../../../shared/analysis';
import { OUTCOME_RESULTS, PURCHASE_STAGES, SALES_STEPS } from '../../../shared/document';
import { LANGS, translate } from '../../../shared/i18n';
import { pipeline as en } from '../../../shared/i18n/en/pipeline';
import { pipeline as zh } from '../../../shared/i18n/zh-CN/pipeline';
import {
  PIPELINE_STATUSES,
  STATUS_REASONS,
  gapRuleName,
  wordCriticalGap,
  wordOutcomeResult,
  wordPurchaseStage,
  wordSalesStep,
  wordStatus,
  wordStatusReason,
  summarizeDeal,
  wordRow,
} from '../../../shared/pipeline';
import { lostDeal, parsedDeal, redDeal, type RawDocument } from '../../support/pipelineDeals';

const rowOf = (raw: RawDocument) => summarizeDeal(parsedDeal(raw), { asOf: '2026-11-26' });

const sentenceCase = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('pipeline wording', () => {
  it('has the same keys and placeholders in English and Chinese, none empty', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(zh[key].trim(), key).not.toBe('');
      expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
    }
  });

  for (const lang of LANGS) {
    it(`words every rule, status, reason and outcome in ${lang}, each differently`, () => {
      const rules = GAP_CODES.map((code) => gapRuleName(code, lang));
      expect(new Set(rules).size).toBe(GAP_CODES.length);
      const statuses = PIPELINE_STATUSES.map((status) => wordStatus(status, lang));
      expect(new Set(statuses).size).toBe(PIPELINE_STATUSES.length);
      const reasons = STATUS_REASONS.map((code) =>
        wordStatusReason({ code, severity: 'red', people: ['Wang Wei'], figure: 7 }, lang),
      );
      expect(new Set(reasons).size).toBe(STATUS_REASONS.length);
      for (const text of [...rules, ...statuses, ...reasons]) expect(text).not.toMatch(/[{}]|pipeline\./);
      expect(new Set(OUTCOME_RESULTS.map((r) => wordOutcomeResult(r, lang))).size).toBe(OUTCOME_RESULTS.length);
    });
  }

  it('words the status as a word of the language, not as its code', () => {
    expect(PIPELINE_STATUSES.map((status) => wordStatus(status, 'en'))).toEqual(['Red', 'Amber', 'Green']);
    expect(PIPELINE_STATUSES.map((status) => wordStatus(status, 'zh-CN'))).toEqual(['红灯', '黄灯', '绿灯']);
  });

  it('words stages, steps and outcomes standing alone in sentence case, in both languages', () => {
    for (const stage of PURCHASE_STAGES) {
      const word = wordPurchaseStage(stage, 'en');
      expect(word.charAt(0), stage).toBe(word.charAt(0).toUpperCase());
      // The same word as mid-sentence, only its first letter raised; in Chinese the same word.
      expect(word).toBe(sentenceCase(translate('en', `purchaseStage.${stage}`)));
      expect(wordPurchaseStage(stage, 'zh-CN')).toBe(translate('zh-CN', `purchaseStage.${stage}`));
    }
    for (const step of SALES_STEPS) {
      expect(wordSalesStep(step, 'en')).toBe(sentenceCase(translate('en', `salesStep.${step}`)));
      expect(wordSalesStep(step, 'zh-CN')).toBe(translate('zh-CN', `salesStep.${step}`));
    }
    for (const result of OUTCOME_RESULTS) {
      expect(wordOutcomeResult(result, 'en')).toBe(sentenceCase(translate('en', `outcome.${result}`)));
      expect(wordOutcomeResult(result, 'zh-CN')).toBe(translate('zh-CN', `outcome.${result}`));
    }
    expect(wordPurchaseStage('evaluation', 'en')).toBe('Evaluation');
    expect(wordOutcomeResult('lost', 'en')).toBe('Lost');
  });

  it.each(LANGS)('words a whole row in %s as each word on its own, for the CSV and the JSON alike', (lang) => {
    const red = rowOf(redDeal());
    expect(red.reasons.length).toBeGreaterThan(0);
    expect(red.criticalGaps.gaps.length).toBeGreaterThan(0);
    expect(wordRow(red, lang)).toEqual({
      status: wordStatus(red.status, lang),
      reasons: red.reasons.map((reason) => wordStatusReason(reason, lang)),
      criticalGaps: red.criticalGaps.gaps.map((gap) => wordCriticalGap(gap, lang)),
      purchaseStage: wordPurchaseStage(red.purchaseStage, lang),
      salesStep: null,
      outcome: null,
    });
    const lost = rowOf(lostDeal());
    expect(wordRow(lost, lang).outcome).toBe(wordOutcomeResult('lost', lang));
  });

  it('names a gap with its people, or its buying role', () => {
    expect(wordCriticalGap({ key: 'x', code: 'ATTITUDE_UNKNOWN', people: ['张总', '李工'] }, 'zh-CN')).toBe(
      '态度不清楚: 张总、李工',
    );
    expect(wordCriticalGap({ key: 'y', code: 'MISSING_ROLE', role: 'decision-maker', people: [] }, 'en')).toBe(
      'Missing buying role: decision-maker',
    );
    expect(wordCriticalGap({ key: 'z', code: 'NO_PATH_TO_DM', people: [] }, 'en')).toBe(
      'No supporter reaches a decision-maker',
    );
  });
});
