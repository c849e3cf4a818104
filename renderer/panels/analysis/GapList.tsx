import { useId, useMemo } from 'react';
import type { Gap } from '../../../shared/analysis';
import type { PowermapDocument } from '../../../shared/document';
import { useLang } from '../../i18n/LangContext';
import { groupGaps } from '../logic/gaps';
import { GapItem } from './GapItem';

/** The coverage gaps, critical first, each with its message, its suggested action and its people. */
export function GapList({
  gaps,
  doc,
  highlightedGap,
  onChooseGap,
  onSelectPerson,
}: {
  gaps: readonly Gap[];
  doc: PowermapDocument;
  highlightedGap: string | null;
  onChooseGap: (gap: Gap | null) => void;
  onSelectPerson: (id: string) => void;
}) {
  const { t } = useLang();
  const headingId = useId();
  const groups = useMemo(() => groupGaps(gaps), [gaps]);
  const names = useMemo(() => new Map(doc.stakeholders.map((p) => [p.id, p.name])), [doc.stakeholders]);
  return (
    <section className="pn-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="pn-subheading">
        {t('panels.analysis.gaps')}
      </h3>
      {groups.length === 0 ? (
        <p className="pn-muted">{t('panels.analysis.noGaps')}</p>
      ) : (
        <p className="pn-muted">{t('panels.analysis.gapsHint')}</p>
      )}
      {groups.map((group) => (
        <div key={group.severity} className={`pn-gap-group pn-gap-group--${group.severity}`}>
          <h4 className="pn-gap-group__heading">
            {t('panels.analysis.group', { severity: t(`panels.severity.${group.severity}`), count: group.gaps.length })}
          </h4>
          <ul className="pn-gaps">
            {group.gaps.map((gap) => (
              <GapItem
                key={gap.key}
                gap={gap}
                chosen={gap.key === highlightedGap}
                names={names}
                onChoose={onChooseGap}
                onSelectPerson={onSelectPerson}
              />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
