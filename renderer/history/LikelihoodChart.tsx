import { useId, useMemo } from 'react';
import type { TimelinePoint } from '../../shared/history';
import { joinList } from '../../shared/i18n';
import { useLang } from '../i18n/LangContext';
import { chartLayout, signedPoints } from './chart';
import { shortDate } from './dates';

const WIDTH = 296;
const HEIGHT = 176;
const MARGIN = { top: 22, right: 10, bottom: 34, left: 34 };

/**
 * The win likelihood over time: one point per version (x by time, y 0–100 %), each
 * annotated with the change that moved it most. Named by its title and described point by
 * point for screen readers; the same figures are in a table beside it.
 */
export function LikelihoodChart({
  points,
  now,
  compared,
  notes,
}: {
  points: readonly TimelinePoint[];
  /** Short annotations by point id (`chartNotes`). */
  notes?: ReadonlyMap<string, string>;
  now: number;
  /** The ids of the two versions compared, ringed. */
  compared: readonly string[];
}) {
  const { t, lang } = useLang();
  const ids = useId();
  const layout = useMemo(
    () =>
      chartLayout(points, {
        width: WIDTH,
        height: HEIGHT,
        margin: MARGIN,
        now,
        charWidth: 5.6,
        ...(notes ? { notes } : {}),
      }),
    [points, now, notes],
  );
  const description = t('historyApp.chart.desc', {
    points: joinList(
      lang,
      points.map((point) =>
        point.mainChange
          ? t('historyApp.chart.pointChange', {
              label: point.label || t('history.unlabelled'),
              value: point.winLikelihood,
              change: point.mainChange.label,
              points: signedPoints(point.mainChange.points),
            })
          : t('historyApp.chart.point', { label: point.label || t('history.unlabelled'), value: point.winLikelihood }),
      ),
    ),
  });
  const first = layout.points[0];
  const last = layout.points.at(-1);
  return (
    <svg
      className="ph-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${ids}-title`}
      aria-describedby={`${ids}-desc`}
    >
      <title id={`${ids}-title`}>{t('historyApp.chart.title')}</title>
      <desc id={`${ids}-desc`}>{description}</desc>
      {layout.guides.map((guide) => (
        <g key={guide.value} className="ph-chart__guide">
          <line x1={layout.plot.left} x2={layout.plot.right} y1={guide.y} y2={guide.y} />
          <text x={layout.plot.left - 6} y={guide.y + 3} textAnchor="end">
            {guide.value}%
          </text>
        </g>
      ))}
      <path className="ph-chart__line" d={layout.path} />
      {layout.points.map((point) => (
        <g
          key={point.id}
          className={
            'ph-chart__point' +
            (point.id === 'current' ? ' ph-chart__point--current' : '') +
            (compared.includes(point.id) ? ' is-compared' : '')
          }
        >
          <circle cx={point.x} cy={point.y} r={compared.includes(point.id) ? 5.5 : 4} />
          {point.annotation && (
            <text
              className="ph-chart__note"
              x={point.annotation.x}
              y={point.annotation.y}
              textAnchor={point.annotation.anchor}
            >
              {point.annotation.text}
            </text>
          )}
        </g>
      ))}
      {first && (
        <text className="ph-chart__axis" x={layout.plot.left} y={HEIGHT - 4} textAnchor="start">
          {shortDate(lang, new Date(first.time))}
        </text>
      )}
      {last && last !== first && (
        <text className="ph-chart__axis" x={layout.plot.right} y={HEIGHT - 4} textAnchor="end">
          {t('historyApp.table.now')}
        </text>
      )}
    </svg>
  );
}
