import type { Analysis } from '../../../shared/analysis';
import { translatePlural } from '../../../shared/i18n';
import { useLang } from '../../i18n/LangContext';
import { signed } from '../logic/explanation';
import { compareToBaseline } from '../logic/whatIf';

export interface WhatIfControls {
  readonly active: boolean;
  /** The analysis of the document as it was when the what-if started. */
  readonly baseline: Analysis | null;
  readonly onStart: () => void;
  readonly onKeep: () => void;
  readonly onDrop: () => void;
}

/** Start a what-if; while one is open, how the likelihood moves against the baseline, Keep and Drop. */
export function WhatIfBar({ analysis, whatIf }: { analysis: Analysis; whatIf: WhatIfControls }) {
  const { t, lang } = useLang();
  if (!whatIf.active) {
    return (
      <div className="pn-whatif pn-whatif--idle">
        <button type="button" className="pn-button" onClick={() => whatIf.onStart()}>
          {t('panels.whatIf.start')}
        </button>
        <p className="pn-muted">{t('panels.whatIf.startHint')}</p>
      </div>
    );
  }
  const change = whatIf.baseline ? compareToBaseline(analysis, whatIf.baseline) : null;
  const moved = change !== null && (change.delta !== 0 || change.closed > 0 || change.opened > 0);
  return (
    <div className="pn-whatif pn-whatif--active">
      <div role="status" className="pn-whatif__status">
        <strong>{t('panels.whatIf.active')}</strong>{' '}
        {change !== null && moved ? (
          <>
            <span
              className={`pn-whatif__delta pn-term__points--${change.delta > 0 ? 'up' : change.delta < 0 ? 'down' : 'zero'}`}
            >
              {t('panels.whatIf.delta', { delta: signed(change.delta) })}
            </span>{' '}
            <span>({t('panels.whatIf.fromTo', { before: change.before, after: change.after })})</span>
            {(change.closed > 0 || change.opened > 0) && (
              <span className="pn-whatif__gaps">
                {translatePlural(lang, 'panels.whatIf.gaps', change.closed, { opened: change.opened })}
              </span>
            )}
          </>
        ) : (
          <span>{t('panels.whatIf.noChange')}</span>
        )}
      </div>
      <div className="pn-whatif__buttons">
        <button
          type="button"
          className="pn-button pn-button--primary"
          aria-label={t('panels.whatIf.keepLabel')}
          onClick={() => whatIf.onKeep()}
        >
          {t('panels.whatIf.keep')}
        </button>
        <button
          type="button"
          className="pn-button"
          aria-label={t('panels.whatIf.dropLabel')}
          onClick={() => whatIf.onDrop()}
        >
          {t('panels.whatIf.drop')}
        </button>
      </div>
    </div>
  );
}
