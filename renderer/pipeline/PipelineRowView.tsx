import CloudDownload from 'lucide-react/icons/cloud-download';
import { memo } from 'react';
import type { Lang, Translator } from '../../shared/i18n';
import {
  wordCriticalGap,
  wordOutcomeResult,
  wordStatus,
  wordStatusReason,
  type PipelineRow,
} from '../../shared/pipeline/onRows';
import { routeHash } from '../services/useHashRoute';
import { GRID_TEMPLATE, ROW_HEIGHT } from './columns';
import { daysLeftText, formatDay, formatMoney, stageText } from './format';
import { Sparkline } from './Sparkline';

interface RowProps {
  readonly row: PipelineRow;
  /** 1-based, counting the heading row as 1 (aria-rowindex). */
  readonly ariaIndex: number;
  readonly id: string;
  readonly active: boolean;
  /** Only on the team server: no copy here yet; opening fetches it. */
  readonly remote: boolean;
  readonly lang: Lang;
  readonly t: Translator;
  /** The row's place in the table, handed back to onPick (stable callbacks keep the rows memoised). */
  readonly index: number;
  readonly onPick: (index: number) => void;
  readonly onOpen: (dealId: string) => void;
}

/**
 * A tip's words, read by screen readers from the cell; the cell's `data-tip` has them for the
 * tip the table shows on hover and on the current row (CellTip.tsx).
 */
function TipText({ text }: { text: string }) {
  return <span className="visually-hidden">{text}</span>;
}

/** The current row in words, under the table: its critical gaps and why it has its status. */
export function rowDetail(row: PipelineRow, lang: Lang, t: Translator): string {
  const status = statusText(row, lang);
  const gapText = gapsText(row, lang, t);
  return `${row.name} — ${t('pipelineApp.column.gaps')}: ${gapText}. ${t('pipelineApp.statusWhy', { status: status.word, reasons: status.why })}`;
}

/** The row's critical gaps named, or that it has none. */
function gapsText(row: PipelineRow, lang: Lang, t: Translator): string {
  const gaps = row.criticalGaps.gaps.map((g) => wordCriticalGap(g, lang));
  return gaps.length === 0
    ? t('pipelineApp.gapsNone')
    : t('pipelineApp.gapsNamed', { count: gaps.length, names: gaps.join('; ') });
}

function statusText(row: PipelineRow, lang: Lang): { word: string; why: string } {
  if (row.outcome)
    return { word: wordOutcomeResult(row.outcome.result, lang), why: formatDay(row.outcome.closedOn, lang) };
  const word = wordStatus(row.status, lang);
  return { word, why: row.reasons.map((r) => wordStatusReason(r, lang)).join('; ') };
}

/** One deal of the pipeline table. Memoised: scrolling redraws only the rows that change. */
export const PipelineRowView = memo(function PipelineRowView({
  row,
  ariaIndex,
  id,
  active,
  remote,
  lang,
  t,
  index,
  onPick,
  onOpen,
}: RowProps) {
  const left = daysLeftText(row, lang);
  const gapText = gapsText(row, lang, t);
  const status = statusText(row, lang);
  const trend = row.trend.series;
  const earlier = trend.length > 1 ? trend[0]! : null;
  const coverage = row.coverage.share === null ? '—' : `${Math.round(row.coverage.share * 100)}%`;
  return (
    <div
      id={id}
      role="row"
      aria-rowindex={ariaIndex}
      aria-selected={active}
      className={`pl-row${active ? ' is-active' : ''}${row.outcome ? ' is-closed' : ''}${remote ? ' is-remote' : ''}`}
      style={{ gridTemplateColumns: GRID_TEMPLATE, transform: `translateY(${index * ROW_HEIGHT}px)` }}
      onClick={() => onPick(index)}
      onDoubleClick={() => onOpen(row.dealId)}
    >
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
      <div role="gridcell" className="pl-cell">
        <span>{row.account}</span>
      </div>
      <div role="gridcell" className="pl-cell num">
        <span>{row.value === null ? t('pipelineApp.noValue') : formatMoney(row.value, row.currency, lang)}</span>
      </div>
      <div role="gridcell" className="pl-cell">
        <span>{stageText(row, lang)}</span>
      </div>
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
      <div role="gridcell" className="pl-cell num pl-has-tip" data-tip={gapText}>
        <span aria-hidden="true">{row.criticalGaps.count}</span>
        <TipText text={gapText} />
      </div>
      <div role="gridcell" className="pl-cell num">
        <span>{coverage}</span>
        <span className="pl-sub muted">
          {row.coverage.covered}/{row.coverage.keyPeople}
        </span>
      </div>
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
    </div>
  );
});
