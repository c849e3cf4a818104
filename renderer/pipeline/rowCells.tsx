/**
 * The pipeline row's busier cells. Plain functions that return the cell, called by
 * PipelineRowView, not components: a row draws exactly the elements it drew when they were
 * inline, and no more components, since scrolling redraws rows.
 */
import CloudDownload from 'lucide-react/icons/cloud-download';
import type { Lang, Translator } from '../../shared/i18n';
import type { PipelineRow } from '../../shared/pipeline/onRows';
import { routeHash } from '../services/useHashRoute';
import { daysLeftText, formatDay } from './format';
import { statusText } from './rowText';
import { Sparkline } from './Sparkline';

/**
 * A tip's words, read by screen readers from the cell; the cell's `data-tip` has them for the
 * tip the table shows on hover and on the current row (CellTip.tsx).
 */
export function TipText({ text }: { text: string }) {
  return <span className="visually-hidden">{text}</span>;
}

/** The deal's name, a link to it (fetched first when only on the team server), its owner and team. */
export function nameCell(row: PipelineRow, remote: boolean, t: Translator, onOpen: (dealId: string) => void) {
  return (
    <div role="gridcell" className="pl-cell pl-name">
      <a
        href={routeHash({ view: 'deal', dealId: row.dealId })}
        tabIndex={-1}
        onClick={(e) => {
          e.stopPropagation();
          // A deal with no copy here is fetched before it opens.
          if (remote) {
            e.preventDefault();
            onOpen(row.dealId);
          }
        }}
      >
        {row.name}
      </a>
      <span className="muted pl-sub">
        {remote && (
          <span className="pl-remote" title={t('pipelineApp.remote')}>
            <CloudDownload size={14} aria-hidden="true" />
            <span className="visually-hidden">{t('pipelineApp.remote')} </span>
          </span>
        )}
        {[row.owner, row.team].filter((part) => part !== null && part !== '').join(' · ')}
      </span>
    </div>
  );
}

/** The decision date and the days left, or that there is none. */
export function decisionCell(row: PipelineRow, lang: Lang, t: Translator) {
  const left = daysLeftText(row, lang);
  return (
    <div role="gridcell" className={`pl-cell${row.overdue ? ' is-overdue' : ''}`}>
      {row.decisionDate === null ? (
        <span className="muted">{t('pipelineApp.noDate')}</span>
      ) : (
        <>
          <span>{formatDay(row.decisionDate, lang)}</span>
          <span className="pl-sub">{left}</span>
        </>
      )}
    </div>
  );
}

/** The likelihood, its trend drawn and its change, and the trend in words for screen readers. */
export function likelihoodCell(row: PipelineRow, t: Translator) {
  const trend = row.trend.series;
  const earlier = trend.length > 1 ? trend[0]! : null;
  return (
    <div role="gridcell" className="pl-cell pl-likelihood">
      <span className="num">{row.likelihood}%</span>
      <Sparkline series={trend} />
      {row.trend.delta !== null && row.trend.delta !== 0 && (
        <span className={`pl-delta ${row.trend.delta > 0 ? 'is-up' : 'is-down'}`}>
          {row.trend.delta > 0 ? `+${row.trend.delta}` : `−${-row.trend.delta}`}
        </span>
      )}
      <span className="visually-hidden">
        {earlier
          ? t('pipelineApp.trend', { from: earlier.likelihood, to: row.likelihood })
          : t('pipelineApp.trendNone')}
      </span>
    </div>
  );
}

/** When the deal last changed and by whom, or a dash. */
export function lastChangeCell(row: PipelineRow, lang: Lang) {
  return (
    <div role="gridcell" className="pl-cell">
      {row.lastChange === null ? (
        <span>—</span>
      ) : (
        <>
          <span>{formatDay(row.lastChange.at, lang)}</span>
          {row.lastChange.by && <span className="pl-sub">{row.lastChange.by}</span>}
        </>
      )}
    </div>
  );
}

/** The status dot and word, and why (shown, and as the cell's tip). */
export function statusCell(row: PipelineRow, lang: Lang) {
  const status = statusText(row, lang);
  return (
    <div
      role="gridcell"
      className={`pl-cell pl-status-cell${status.why !== '' ? ' pl-has-tip' : ''}`}
      data-tip={status.why !== '' ? status.why : undefined}
    >
      <span className="pl-status-word">
        <span className={`pl-status is-${row.outcome ? 'closed' : row.status}`} aria-hidden="true" />
        {status.word}
      </span>
      {status.why !== '' && (
        <span className="pl-sub" aria-hidden="true">
          {status.why}
        </span>
      )}
      {status.why !== '' && <TipText text={status.why} />}
    </div>
  );
}
