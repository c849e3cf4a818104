import { useLang } from '../../i18n/LangContext';

/** The win likelihood, big, always labelled an estimate. */
export function LikelihoodHeadline({ value }: { value: number }) {
  const { t } = useLang();
  return (
    <div className="pn-likelihood">
      <p className="pn-likelihood__figure">
        <span className="pn-likelihood__value">{value}%</span>
        <span className="pn-likelihood__label">{t('likelihood.label')}</span>
      </p>
      <p className="pn-muted">{t('panels.analysis.estimateNote')}</p>
    </div>
  );
}
