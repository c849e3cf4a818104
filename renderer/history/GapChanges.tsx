import type { Gap } from '../../shared/analysis';
import { useLang } from '../i18n/LangContext';

/** Gaps opened or closed between two versions, each with its severity. */
export function GapChanges({
  heading,
  gaps,
  kind,
}: {
  heading: string;
  gaps: readonly Gap[];
  kind: 'opened' | 'closed';
}) {
  const { t } = useLang();
  if (gaps.length === 0) return null;
  return (
    <>
      <h5 className="ph-group__subheading">{heading}</h5>
      <ul className="pn-gaps ph-gap-changes">
        {gaps.map((gap) => (
          <li key={gap.key} className={`pn-gap pn-gap--${gap.severity} ph-gap ph-gap--${kind}`}>
            <span className="ph-gap__severity">{t(`severity.${gap.severity}`)}</span> {gap.message}
          </li>
        ))}
      </ul>
    </>
  );
}
