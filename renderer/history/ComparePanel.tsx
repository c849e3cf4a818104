import type { Comparison, TimelinePoint, Version } from '../../shared/history';
import { useLang } from '../i18n/LangContext';
import { AttributionList } from './AttributionList';
import { ChangeList } from './ChangeList';
import type { CompareMarks } from './compareMarks';
import { LikelihoodChange } from './LikelihoodChange';
import { VersionSelect } from './VersionSelect';

/**
 * The comparison of two versions: which two (From and To), the win likelihood old → new,
 * what each change moved, and the change list.
 */
export function ComparePanel({
  points,
  from,
  to,
  comparison,
  marks,
  onFrom,
  onTo,
}: {
  points: readonly TimelinePoint[];
  from: Version;
  to: Version;
  comparison: Comparison;
  marks: CompareMarks;
  onFrom: (id: string) => void;
  onTo: (id: string) => void;
}) {
  const { t } = useLang();
  const { diff, attribution } = comparison;
  const hasSnapshots = points.length > 1;
  return (
    <div className="pn-panel ph-compare-panel" role="region" aria-label={t('historyApp.compare.heading')}>
      <h2 className="pn-heading">{t('historyApp.compare.heading')}</h2>
      {!hasSnapshots ? (
        <p className="pn-muted">{t('historyApp.compare.noSnapshots')}</p>
      ) : (
        <>
          <div className="ph-selects">
            <VersionSelect label={t('historyApp.compare.from')} value={from.id} points={points} onChange={onFrom} />
            <VersionSelect label={t('historyApp.compare.to')} value={to.id} points={points} onChange={onTo} />
          </div>
          {from.id === to.id ? (
            <p className="pn-muted">{t('historyApp.compare.same')}</p>
          ) : (
            <>
              <LikelihoodChange old={diff.winLikelihood.old} next={diff.winLikelihood.new} />
              {diff.unchanged ? (
                <p className="pn-muted">{t('historyApp.compare.unchanged')}</p>
              ) : (
                <>
                  <AttributionList attribution={attribution} />
                  <ChangeList old={from.content} next={to.content} diff={diff} marks={marks} />
                </>
              )}
            </>
          )}
        </>
      )}
    </div>
  );
}
