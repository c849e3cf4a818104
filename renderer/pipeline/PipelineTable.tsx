import { useEffect, useId, useMemo, useState, type FocusEvent, type KeyboardEvent, type UIEvent } from 'react';
import { createPortal, flushSync } from 'react-dom';
import type { PipelineRow, SortDirection, SortKey } from '../../shared/pipeline/onRows';
import { useLatestCallback } from '../hooks/useLatestCallback';
import { useLang } from '../i18n/LangContext';
import { CellTip } from './CellTip';
import { COLUMNS, ROW_HEIGHT } from './columns';
import { drawnRows, rowElementId } from './drawnRows';
import { gridKeyDown } from './gridKeyDown';
import { PipelineHead } from './PipelineHead';
import { rowDetail } from './rowText';
import { useCellTip } from './useCellTip';
import { useRowWindow } from './useRowWindow';

export interface PipelineTableProps {
  readonly rows: readonly PipelineRow[];
  /** How many rows the table holds: more than `rows` while only the first screen is read (the rest are drawn once read). */
  readonly count?: number;
  readonly sort: { readonly key: SortKey; readonly direction: SortDirection };
  readonly onSort: (key: SortKey) => void;
  readonly onOpen: (dealId: string) => void;
  /** Team deals only on the server: marked, and opened through onOpen (which fetches them). */
  readonly remote?: ReadonlySet<string>;
}

/**
 * The pipeline as a grid of one row per deal. Only the rows in view are drawn (a fixed row
 * height, useRowWindow.ts), so thousands of deals scroll smoothly. The grid is one tab stop:
 * the arrows, Page Up/Down, Home and End move the current row (aria-activedescendant),
 * Enter opens its deal.
 */
export function PipelineTable({ rows, count = rows.length, sort, onSort, onOpen, remote }: PipelineTableProps) {
  const { t, lang } = useLang();
  const ids = useId();
  const { scroller, viewHeight, view, scrolledTo, scrollToRow } = useRowWindow(count);
  const [active, setActive] = useState(-1);
  // The rows get one callback for the life of the table, so a parent's new arrow function
  // does not redraw every row in view on each scroll (the rows are memoised).
  const openRow = useLatestCallback(onOpen);
  // A new set of rows (a filter, a sort) keeps the current row in range.
  useEffect(() => setActive((current) => Math.min(current, rows.length - 1)), [rows.length]);
  const tips = useCellTip({ ids, active, view });
  const activeRow = active >= 0 ? rows[active] : undefined;
  const detail = useMemo(() => (activeRow ? rowDetail(activeRow, lang, t) : ''), [activeRow, lang, t]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) =>
    gridKeyDown(event, { rows, active, viewHeight, tips, setActive, scrollToRow, open: onOpen });
  const onFocus = () => {
    if (active < 0 && rows.length > 0) setActive(Math.min(view.first, rows.length - 1));
  };
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) tips.hideTip();
  };
  // The handler reads only scrollTop, which the browser knows without a layout. The rows
  // are drawn at once, in the frame the scroll event comes in, not in a task after it: one
  // frame sooner, so the rows drawn ahead cover a faster scroll.
  const onScroll = (event: UIEvent<HTMLDivElement>) => {
    const top = event.currentTarget.scrollTop;
    flushSync(() => scrolledTo(top));
    tips.followScroll();
  };

  return (
    <>
      <div
        className="pl-grid"
        role="grid"
        aria-label={t('pipelineApp.table')}
        aria-describedby={`${ids}-help`}
        aria-rowcount={count + 1}
        aria-colcount={COLUMNS.length}
        aria-activedescendant={
          active >= 0 && active >= view.first && active < view.end ? rowElementId(ids, active) : undefined
        }
        tabIndex={0}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        onBlur={onBlur}
      >
        <PipelineHead sort={sort} onSort={onSort} t={t} />
        <div ref={scroller} role="rowgroup" className="pl-body" onScroll={onScroll}>
          <div
            className="pl-rows"
            style={{ height: count * ROW_HEIGHT }}
            onMouseOver={tips.onPointAt}
            onMouseLeave={(event) => tips.leftTipOrCell(event.relatedTarget)}
          >
            {drawnRows({ rows, view, ids, active, remote, lang, t, onPick: setActive, onOpen: openRow })}
          </div>
        </div>
      </div>
      {tips.tip &&
        createPortal(
          <div ref={tips.tipLayer}>
            <CellTip anchor={tips.tip} onLeave={tips.leftTipOrCell} />
          </div>,
          document.body,
        )}
      <p id={`${ids}-help`} className="visually-hidden">
        {t('pipelineApp.tableHelp')}
      </p>
      {/* Said once the row is reached, without leaving the grid: its gaps and why it has its status. */}
      <p className="pl-detail" aria-live="polite">
        {detail}
      </p>
    </>
  );
}
