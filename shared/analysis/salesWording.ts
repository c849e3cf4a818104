/**
 * Words the sales-process and position gaps (STEP_AHEAD, STEP_LAGS, POSITION_BEHIND) and
 * the signs they name. Kept apart from wording.ts so the sales process reads in one place.
 */
import {
  SALES_STEPS,
  SUPPLIER_CRITERIA,
  type PurchaseStage,
  type SalesStep,
  type SupplierCriterion,
} from '../document/vocabulary';
import type { Lang, MessageKey } from '../i18n/catalogue';
import { joinList, translate } from '../i18n/translate';
import type { AnalysisContext } from './context';
import { FACTORS, positionOf, type Factor } from './position';
import { SALES_SIGNS, checkSign, salesProcess, type SalesSign, type SignCheck } from './salesProcess';
import type { Finding } from './types';

type Words = { message: string; action: string; title: string };

function listOf<T extends string>(values: readonly T[], raw: string | number | undefined): T[] {
  return String(raw ?? '')
    .split(',')
    .filter((v): v is T => (values as readonly string[]).includes(v));
}

function isOneOf<T extends string>(values: readonly T[], raw: unknown): raw is T {
  return typeof raw === 'string' && (values as readonly string[]).includes(raw);
}

/** A sign as a sentence part: what it asks, and who or what keeps it from holding. */
export function wordSign(context: AnalysisContext, check: SignCheck, lang: Lang): string {
  const t = (key: MessageKey, params: Record<string, string | number> = {}) => translate(lang, key, params);
  const label = t(`salesSign.${check.sign}`);
  if (check.met) return label;
  if (check.nobody) return `${label} (${t(`salesSign.nobody.${check.sign}` as MessageKey)})`;
  if (check.stakeholderIds.length === 0) return label;
  const names = joinList(
    lang,
    check.stakeholderIds.map((id) => context.people[context.indexOf.get(id) ?? -1]?.name ?? id),
  );
  return `${label} (${t('salesSign.short', { names })})`;
}

export function wordSalesFinding(context: AnalysisContext, finding: Finding, lang: Lang): Words {
  const t = (key: MessageKey, params: Record<string, string | number> = {}) => translate(lang, key, params);
  const p = finding.params;
  const stepName = (raw: unknown) => (isOneOf<SalesStep>(SALES_STEPS, raw) ? t(`salesStep.${raw}`) : String(raw));
  switch (finding.code) {
    case 'STEP_AHEAD': {
      const signs = listOf<SalesSign>(SALES_SIGNS, p['signs']);
      const checks = signs.map((sign) => checkSign(context, sign));
      const first = signs[0];
      return {
        message: t('gap.STEP_AHEAD.message', {
          step: stepName(p['step']),
          supported: stepName(p['supported']),
          signs: checks.map((c) => wordSign(context, c, lang)).join('; '),
        }),
        action: t('gap.STEP_AHEAD.action', {
          action: first ? t(`salesSign.action.${first}`) : '',
          supported: stepName(p['supported']),
        }),
        title: t('gap.title.STEP_AHEAD'),
      };
    }
    case 'STEP_LAGS': {
      const step = isOneOf<SalesStep>(SALES_STEPS, p['step']) ? p['step'] : 'account-analysis';
      const process = salesProcess(context.map, context);
      const open = process.steps[SALES_STEPS.indexOf(step)]!.end.filter((c) => !c.met);
      const signs = open.map((c) => t(`salesSign.action.${c.sign}`)).join(' ');
      return {
        message: t('gap.STEP_LAGS.message', {
          stage: t(`purchaseStage.${p['stage'] as PurchaseStage}`),
          beside: stepName(p['beside']),
          step: stepName(step),
        }),
        action:
          open.length > 0
            ? t('gap.STEP_LAGS.action', { signs })
            : t('gap.STEP_LAGS.action.done', { step: stepName(step) }),
        title: t('gap.title.STEP_LAGS'),
      };
    }
    case 'POSITION_BEHIND': {
      const factor: Factor = isOneOf<Factor>(FACTORS, p['factor']) ? p['factor'] : 'quality';
      const criteria = listOf<SupplierCriterion>(SUPPLIER_CRITERIA, p['criteria']);
      const position = positionOf(context.map);
      const items = criteria.map((criterion) => {
        const c = position.criteria.find((entry) => entry.criterion === criterion)!;
        return t('gap.POSITION_BEHIND.item', {
          criterion: t(`criterion.${criterion}`),
          ours: c.ours ?? '',
          best: c.best ?? '',
        });
      });
      const factorName = t(`factor.${factor}`);
      return {
        message: t('gap.POSITION_BEHIND.message', {
          factor: factorName,
          weight: p['weight'] ?? 0,
          criteria: joinList(lang, items),
        }),
        action: t(`gap.POSITION_BEHIND.action.${factor}`),
        title: t('gap.title.POSITION_BEHIND', { factor: factorName }),
      };
    }
    default:
      throw new RangeError(`Not a sales-process gap: ${finding.code}`);
  }
}
