import { useMemo, useState } from 'react';
import type { PowermapDocument } from '../../shared/document';
import { CURRENT, compareVersions, timeline } from '../../shared/history';
import { useLang } from '../i18n/LangContext';
import { chartNotes } from './chart';
import { CompareCanvas } from './CompareCanvas';
import { compareMarks, shownDocument } from './compareMarks';
import { ComparePanel } from './ComparePanel';
import { TimelinePanel } from './TimelinePanel';
import type { VersionActions } from './VersionItem';
import { defaultPair, resolvePair, type VersionPair } from './versions';
import './history.css';

/**
 * The history of a deal's map (issue 4): the timeline on the left, the map of the version
 * compared in the middle (with what changed marked), the comparison on the right. Until
 * the user picks two versions, the newest snapshot is compared with the current map.
 */
export function HistoryView({
  doc,
  today,
  locked,
  onTake,
  actions,
}: {
  doc: PowermapDocument;
  /** The analysis date, YYYY-MM-DD. */
  today: string;
  /** No edits (a what-if is open). */
  locked: boolean;
  onTake: () => void;
  actions: Omit<VersionActions, 'onCompare'>;
}) {
  const { t, lang } = useLang();
  const [chosen, setChosen] = useState<VersionPair | null>(null);
  const pair = chosen ?? defaultPair(doc);
  const { from, to } = resolvePair(doc, pair);

  const points = useMemo(() => timeline(doc, { asOf: today, lang }), [doc, today, lang]);
  const notes = useMemo(() => chartNotes(doc, points, t), [doc, points, t]);
  // The time of the current map on the chart: when this version of the document was made
  // (read again for every new version, so the point moves on as the map changes).
  const now = useMemo(() => Date.now(), [doc]);
  const comparison = useMemo(
    () => compareVersions(from.content, to.content, { asOf: today, lang }),
    [from.content, to.content, today, lang],
  );
  const marks = useMemo(
    () => compareMarks(from.content, to.content, comparison.diff),
    [from.content, to.content, comparison],
  );
  const shown = useMemo(() => shownDocument(doc, to.content, marks), [doc, to.content, marks]);

  const versionActions: VersionActions = {
    ...actions,
    onCompare: (id) => setChosen({ from: id, to: CURRENT }),
  };
  const fromName = from.id === CURRENT ? t('history.current') : from.label.trim() || t('history.unlabelled');
  const toName = to.id === CURRENT ? t('history.current') : to.label.trim() || t('history.unlabelled');

  return (
    <div className="deal-body ph-body">
      <aside className="side side-left" aria-label={t('historyApp.timeline.heading')}>
        <TimelinePanel
          points={points}
          now={now}
          notes={notes}
          compared={from.id === to.id ? [] : [from.id, to.id]}
          locked={locked}
          onTake={onTake}
          actions={versionActions}
        />
      </aside>
      <section className="deal-main" aria-label={t('historyApp.canvas.label', { to: toName, from: fromName })}>
        <CompareCanvas key={`${from.id}|${to.id}`} doc={shown} marks={marks} />
      </section>
      <aside className="side side-right" aria-label={t('historyApp.compare.heading')}>
        <ComparePanel
          points={points}
          from={from}
          to={to}
          comparison={comparison}
          marks={marks}
          onFrom={(id) => setChosen({ from: id, to: to.id })}
          onTo={(id) => setChosen({ from: from.id, to: id })}
        />
      </aside>
    </div>
  );
}
