import { memo } from 'react';
import type { Lang, Translator } from '../../shared/i18n';
import type { PipelineRow } from '../../shared/pipeline/onRows';
import { GRID_TEMPLATE, ROW_HEIGHT } from './columns';
import { formatMoney, stageText } from './format';
import { decisionCell, lastChangeCell, likelihoodCell, nameCell, statusCell, TipText } from './rowCells';
import { gapsText } from './rowText';

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
  const gapText = gapsText(row, lang, t);
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
      {nameCell(row, remote, t, onOpen)}
      <div role="gridcell" className="pl-cell">
        <span>{row.account}</span>
      </div>
      <div role="gridcell" className="pl-cell num">
        <span>{row.value === null ? t('pipelineApp.noValue') : formatMoney(row.value, row.currency, lang)}</span>
      </div>
      <div role="gridcell" className="pl-cell">
        <span>{stageText(row, lang)}</span>
      </div>
      {decisionCell(row, lang, t)}
      {likelihoodCell(row, t)}
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
      {lastChangeCell(row, lang)}
      {statusCell(row, lang)}
    </div>
  );
});
