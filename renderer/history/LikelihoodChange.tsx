import { useLang } from '../i18n/LangContext';
import { signedPoints } from './chart';

/** The win likelihood of the two versions, old → new, with the change in points. */
export function LikelihoodChange({ old, next }: { old: number; next: number }) {
  const { t } = useLang();
  const delta = next - old;
  const direction = delta > 0 ? 'up' : delta < 0 ? 'down' : 'zero';
  return (
    <div className="ph-likelihood">
      <p className="ph-likelihood__label">{t('historyApp.compare.likelihood')}</p>
      <p className="ph-likelihood__figures" aria-hidden="true">
        <span className="ph-likelihood__old">{old}%</span>
        <span className="ph-likelihood__arrow">→</span>
        <span className="ph-likelihood__new">{next}%</span>
        <span className={`ph-likelihood__delta pn-term__points--${direction}`}>{signedPoints(delta)}</span>
      </p>
      <p className="visually-hidden">
        {t('historyApp.compare.likelihoodText', { old, new: next, delta: signedPoints(delta) })}
      </p>
    </div>
  );
}
