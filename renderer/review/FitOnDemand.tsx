import { translatePlural } from '../../shared/i18n';
import { describeAdvice, type Advice } from '../../shared/calibration';
import { useLang } from '../i18n/LangContext';
import { ParametersTable } from './ParametersTable';
import type { AdviceState } from './useAdvice';

/**
 * The fit on demand (useAdvice.ts): its button, that it runs, and its advice with the
 * parameters it found and, when it advises a change, the button to adopt it.
 */
export function FitOnDemand({
  state,
  run,
  decidedCount,
  onAdopt,
}: {
  state: AdviceState;
  run: () => void;
  /** How many closed deals the fit reads. */
  decidedCount: number;
  onAdopt: (advice: Advice) => void;
}) {
  const { t, lang } = useLang();
  return (
    <>
      <p>
        <button type="button" onClick={run} disabled={state.status === 'busy'}>
          {state.status === 'done' ? t('review.advice.again') : t('review.advice.run')}
        </button>{' '}
        {state.status === 'busy' && (
          <span role="status" className="rv-busy">
            {translatePlural(lang, 'review.advice.running', decidedCount)}
          </span>
        )}
      </p>
      {state.status === 'failed' && <p role="alert">{t('review.advice.failed', { reason: state.message })}</p>}
      {state.status === 'done' && (
        <div role="status">
          <p className={`rv-verdict is-${state.advice.verdict}`}>{describeAdvice(state.advice, lang)}</p>
          {state.advice.parameters !== null && <ParametersTable advice={state.advice} />}
          {state.advice.verdict === 'advise' && (
            <p>
              <button type="button" className="primary" onClick={() => onAdopt(state.advice)}>
                {t('review.advice.adopt')}
              </button>
            </p>
          )}
        </div>
      )}
    </>
  );
}
