import type { TimelinePoint } from '../../shared/history';
import { useLang } from '../i18n/LangContext';
import { LikelihoodChart } from './LikelihoodChart';
import { LikelihoodTable } from './LikelihoodTable';
import { VersionItem, type VersionActions } from './VersionItem';

/**
 * The timeline: take a snapshot, the win likelihood over time (a chart, and a table of the
 * same figures), and every version, newest first, with what can be done with it.
 */
export function TimelinePanel({
  points,
  now,
  compared,
  notes,
  locked,
  onTake,
  actions,
}: {
  /** Oldest first, the current map last (`timeline`). */
  points: readonly TimelinePoint[];
  now: number;
  compared: readonly string[];
  /** Short annotations of the chart by point id. */
  notes: ReadonlyMap<string, string>;
  locked: boolean;
  onTake: () => void;
  actions: VersionActions;
}) {
  const { t } = useLang();
  const newestFirst = [...points].reverse();
  const hasSnapshots = points.length > 1;
  return (
    <div className="pn-panel ph-timeline" role="region" aria-label={t('historyApp.timeline.heading')}>
      <div className="ph-timeline__head">
        <h2 className="pn-heading">{t('historyApp.timeline.heading')}</h2>
        <button type="button" className="pn-button pn-button--primary" disabled={locked} onClick={onTake}>
          {t('historyApp.timeline.take')}
        </button>
      </div>
      <LikelihoodChart points={points} now={now} compared={compared} notes={notes} />
      {!hasSnapshots && <p className="pn-muted">{t('historyApp.chart.empty')}</p>}
      <details className="ph-table-toggle">
        <summary>{t('historyApp.table.show')}</summary>
        <LikelihoodTable points={points} />
      </details>
      <h3 className="pn-subheading ph-versions__heading">{t('historyApp.versions.heading')}</h3>
      <ul className="ph-versions">
        {newestFirst.map((point) => (
          <VersionItem
            key={point.id}
            point={point}
            compared={compared.includes(point.id)}
            locked={locked}
            actions={actions}
          />
        ))}
      </ul>
      {!hasSnapshots && <p className="pn-muted">{t('historyApp.versions.empty')}</p>}
    </div>
  );
}
