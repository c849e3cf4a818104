/** The review in the user's language: the calibration, its minimum stated plainly, and the advice. */
import { translate } from '../i18n/translate';
import type { Lang } from '../i18n/catalogue';
import type { Advice, AdvisedParameter } from './advice';
import { MIN_DECIDED_DEALS, MIN_EACH_RESULT, type CalibrationAt } from './calibrate';
import type { CalibrationPoint } from './points';
import type { ClosedDeals } from './read';

const percent = (p: number) => `${Math.round(p * 100)}%`;
const three = (x: number) => x.toFixed(3);

export function describePoint(point: CalibrationPoint, lang: Lang): string {
  switch (point.kind) {
    case 'last':
      return translate(lang, 'calibration.point.last');
    case 'days-before':
      return translate(lang, 'calibration.point.daysBefore', { days: point.days });
    case 'stage':
      return translate(lang, 'calibration.point.stage', {
        stage: translate(lang, `purchaseStage.${point.stage}`),
      });
  }
}

/** The calibration at one point, or "too few closed deals to judge" with the minimum. */
export function describeCalibration(at: CalibrationAt, lang: Lang): string {
  const decided = at.won + at.lost;
  if (!at.judged || at.figures === null) {
    return translate(lang, 'calibration.tooFew', {
      decided,
      won: at.won,
      lost: at.lost,
      minimum: MIN_DECIDED_DEALS,
      each: MIN_EACH_RESULT,
    });
  }
  const f = at.figures;
  return translate(lang, 'calibration.figures', {
    decided,
    brier: three(f.brier),
    baseRate: three(f.baseRateBrier),
    logLoss: three(f.logLoss),
    predicted: percent(f.meanPredicted),
    observed: percent(f.observed),
  });
}

/** The closed deals not scored, said apart. */
export function describeApart(apart: ClosedDeals['apart'], lang: Lang): string {
  return translate(lang, 'calibration.apart', { noDecision: apart['no-decision'], withdrawn: apart.withdrawn });
}

export function describeAdvice(advice: Advice, lang: Lang): string {
  switch (advice.verdict) {
    case 'too-few':
      return translate(lang, 'calibration.advice.tooFew', {
        decided: advice.won + advice.lost,
        minimum: advice.minimum.deals,
        each: advice.minimum.each,
      });
    case 'keep':
      return translate(lang, 'calibration.advice.keep');
    case 'advise':
      return translate(lang, 'calibration.advice.advise', {
        fitted: three(advice.crossValidated!.fitted),
        current: three(advice.crossValidated!.current),
      });
  }
}

/** One fitted figure beside the current one: "base: now 50, fitted 41.8 ± 10.7 (from 2000 deals), clearly different". */
export function describeParameter(parameter: AdvisedParameter, lang: Lang): string {
  return translate(lang, 'calibration.parameter', {
    name: parameter.key === 'base' ? translate(lang, 'calibration.parameter.base') : parameter.key,
    current: parameter.current,
    fitted: parameter.fitted.toFixed(1),
    interval: (1.96 * parameter.se).toFixed(1),
    deals: parameter.deals,
    different: parameter.clearlyDifferent ? translate(lang, 'calibration.parameter.different') : '',
  });
}
