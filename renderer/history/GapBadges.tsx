import type { Severity } from '../../shared/analysis';
import { joinList } from '../../shared/i18n';
import { useLang } from '../i18n/LangContext';

const SEVERITIES: readonly Severity[] = ['critical', 'warning', 'info'];

/** A version's gaps counted by severity, as small badges (the ones with none left out). */
export function GapBadges({ gaps }: { gaps: Readonly<Record<Severity, number>> }) {
  const { t, lang } = useLang();
  const present = SEVERITIES.filter((severity) => gaps[severity] > 0);
  if (present.length === 0) return <span className="ph-gaps ph-gaps--none">{t('historyApp.gaps.none')}</span>;
  const words = present.map((severity) => t(`historyApp.gaps.${severity}`, { count: gaps[severity] }));
  return (
    <span className="ph-gaps">
      <span className="visually-hidden">{t('historyApp.gaps.label', { counts: joinList(lang, words) })}</span>
      {present.map((severity, i) => (
        <span key={severity} className={`ph-badge ph-badge--${severity}`} aria-hidden="true">
          {words[i]}
        </span>
      ))}
    </span>
  );
}
