import {
  memo,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type UIEvent,
} from 'react';
import { createPortal, flushSync } from 'react-dom';
import type { Translator } from '../../shared/i18n';
import type { PipelineRow, SortDirection, SortKey } from '../../shared/pipeline/onRows';
import { useLang } from '../i18n/LangContext';
import { CellTip, type TipAnchor } from './CellTip';
import { COLUMNS, GRID_TEMPLATE, ROW_HEIGHT } from './columns';
import { nextRow } from './keyboardNav';
import { PipelineRowView, rowDetail } from './PipelineRowView';
import { overscanFor, rowWindow, sameWindow, scrollToShow, type ScrollDirection } from './virtualRows';

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

/** Where the body was last scrolled to, and which way: the drawn rows follow from it. */
interface ScrollPlace {
  readonly top: number;
  readonly direction: ScrollDirection;
}

/**
 * The pipeline as a grid of one row per deal. Only the rows in view are drawn (a fixed row
 * height, virtualRows.ts), so thousands of deals scroll smoothly. The grid is one tab stop:
 * the arrows, Page Up/Down, Home and End move the current row (aria-activedescendant),
 * Enter opens its deal.
 */
export function PipelineTable({ rows, count = rows.length, sort, onSort, onOpen, remote }: PipelineTableProps) {
  const { t, lang } = useLang();
  const ids = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<ScrollPlace>({ top: 0, direction: 'down' });
  const lastTop = useRef(0);
  const [viewHeight, setViewHeight] = useState(600);
  const [active, setActive] = useState(-1);
  /** The tip shown: of the cell pointed at, or of the current row while the keys move it. */
  const [tip, setTip] = useState<TipAnchor | null>(null);
  const [keyboardTip, setKeyboardTip] = useState(false);
  /** Whether the next scroll is the keys' own: it keeps the keys' tip, any other scroll hides it. */
  const keysScrolled = useRef(false);

  // The observer tells the height once the browser has laid the page out (and on every
  // resize): reading clientHeight here would force the page's first layout in the commit.
  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setViewHeight(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // The rows get one callback for the life of the table, so a parent's new arrow function
  // does not redraw every row in view on each scroll (the rows are memoised).
  const latestOpen = useRef(onOpen);
  useLayoutEffect(() => {
    latestOpen.current = onOpen;
  }, [onOpen]);
  const openRow = useCallback((dealId: string) => latestOpen.current(dealId), []);

  // A new set of rows (a filter, a sort) keeps the current row in range.
  useEffect(() => setActive((current) => Math.min(current, rows.length - 1)), [rows.length]);

  const windowAt = ({ top, direction }: ScrollPlace) =>
    rowWindow({ count, rowHeight: ROW_HEIGHT, scrollTop: top, viewHeight, ...overscanFor(direction) });

  /** A scroll (by the user or the keys) draws a new window only when the rows drawn change. */
  const scrolledTo = (top: number) => {
    const direction: ScrollDirection = top < lastTop.current ? 'up' : 'down';
    lastTop.current = top;
    setPlace((previous) => {
      const next = { top, direction };
      return sameWindow(windowAt(previous), windowAt(next)) ? previous : next;
    });
  };

  const moveTo = (index: number) => {
    setActive(index);
    const element = scroller.current;
    if (!element) return;
    const top = scrollToShow(index, ROW_HEIGHT, element.scrollTop, element.clientHeight);
    if (top !== null) {
      element.scrollTop = top;
      keysScrolled.current = true;
      scrolledTo(top);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && tip) {
      event.preventDefault();
      setKeyboardTip(false);
      setTip(null);
      return;
    }
    if (event.key === 'Enter' && active >= 0 && rows[active]) {
      event.preventDefault();
      onOpen(rows[active].dealId);
      return;
    }
    const pageRows = Math.floor(viewHeight / ROW_HEIGHT) - 1;
    const next = nextRow(event.key, active, rows.length, pageRows);
    if (next === null) return;
    event.preventDefault();
    setKeyboardTip(true);
    moveTo(next);
  };

  /** A cell with a tip under the pointer shows it; any other place hides it (the tip itself keeps it). */
  const onPointAt = (event: MouseEvent<HTMLDivElement>) => {
    const cell = event.target instanceof Element ? event.target.closest<HTMLElement>('.pl-has-tip') : null;
    const text = cell?.dataset['tip'];
    setKeyboardTip(false);
    setTip((shown) => (cell && text ? (shown?.cell === cell && shown.text === text ? shown : { cell, text }) : null));
  };
  const tipLayer = useRef<HTMLDivElement>(null);
  const leftTipOrCell = (to: EventTarget | null) => {
    const into = to instanceof Node ? to : null;
    if (into && (tip?.cell.contains(into) || tipLayer.current?.contains(into))) return;
    setTip(null);
  };

  // The handler reads only scrollTop, which the browser knows without a layout. The rows
  // are drawn at once, in the frame the scroll event comes in, not in a task after it: one
  // frame sooner, so the rows drawn ahead cover a faster scroll.
  const onScroll = (event: UIEvent<HTMLDivElement>) => {
    const top = event.currentTarget.scrollTop;
    flushSync(() => scrolledTo(top));
    // A tip would stay where its cell was: the keys' own scroll places theirs again beside the
    // current row; any other scroll (the wheel, the scroll bar) hides it.
    const byKeys = keyboardTip && keysScrolled.current;
    keysScrolled.current = false;
    if (!byKeys) setKeyboardTip(false);
    setTip((shown) => (shown && byKeys ? { ...shown } : null));
  };

  const view = windowAt(place);
  const rowId = (index: number) => `${ids}-row-${index}`;
  const drawn = [];
  for (let i = view.first; i < Math.min(view.end, rows.length); i++) {
    const row = rows[i]!;
    drawn.push(
      <PipelineRowView
        key={row.dealId}
        row={row}
        id={rowId(i)}
        ariaIndex={i + 2}
        active={i === active}
        remote={remote?.has(row.dealId) ?? false}
        lang={lang}
        t={t}
        index={i}
        onPick={setActive}
        onOpen={openRow}
      />,
    );
  }
  // The keys' "hover": the current row's status reasons (or its gaps), beside its cell, once drawn.
  useLayoutEffect(() => {
    if (!keyboardTip) return;
    const row = active >= 0 ? document.getElementById(`${ids}-row-${active}`) : null;
    const cell =
      row?.querySelector<HTMLElement>('.pl-status-cell.pl-has-tip') ?? row?.querySelector<HTMLElement>('.pl-has-tip');
    const text = cell?.dataset['tip'];
    setTip(cell && text ? { cell, text } : null);
    // The drawn window changes which element the current row is.
  }, [keyboardTip, active, ids, view.first, view.end]);
  const activeRow = active >= 0 ? rows[active] : undefined;
  const detail = useMemo(() => (activeRow ? rowDetail(activeRow, lang, t) : ''), [activeRow, lang, t]);

  return (
    <>
      <div
        className="pl-grid"
        role="grid"
        aria-label={t('pipelineApp.table')}
        aria-describedby={`${ids}-help`}
        aria-rowcount={count + 1}
        aria-colcount={COLUMNS.length}
        aria-activedescendant={active >= 0 && active >= view.first && active < view.end ? rowId(active) : undefined}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onFocus={() => {
          if (active < 0 && rows.length > 0) setActive(Math.min(view.first, rows.length - 1));
        }}
        onBlur={(event) => {
          if (event.currentTarget.contains(event.relatedTarget)) return;
          setKeyboardTip(false);
          setTip(null);
        }}
      >
        <PipelineHead sort={sort} onSort={onSort} t={t} />
        <div ref={scroller} role="rowgroup" className="pl-body" onScroll={onScroll}>
          <div
            className="pl-rows"
            style={{ height: count * ROW_HEIGHT }}
            onMouseOver={onPointAt}
            onMouseLeave={(event) => leftTipOrCell(event.relatedTarget)}
          >
            {drawn}
          </div>
        </div>
      </div>
      {tip &&
        createPortal(
          <div ref={tipLayer}>
            <CellTip anchor={tip} onLeave={leftTipOrCell} />
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

interface HeadProps {
  readonly sort: PipelineTableProps['sort'];
  readonly onSort: PipelineTableProps['onSort'];
  readonly t: Translator;
}

/** The heading row with its sort buttons. Memoised: a scroll redraws the rows, not the heading. */
const PipelineHead = memo(function PipelineHead({ sort, onSort, t }: HeadProps) {
  return (
    <div role="rowgroup" className="pl-head">
      <div role="row" aria-rowindex={1} className="pl-row pl-head-row" style={{ gridTemplateColumns: GRID_TEMPLATE }}>
        {COLUMNS.map((column) => {
          const sorted = sort.key === column.sort;
          return (
            <div
              key={column.id}
              role="columnheader"
              className={`pl-cell${column.numeric ? ' num' : ''}`}
              aria-sort={sorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
            >
              <button
                type="button"
                className="pl-sort"
                title={t('pipelineApp.sortBy', { column: t(column.label) })}
                onClick={() => onSort(column.sort)}
              >
                {t(column.label)}
                <span aria-hidden="true" className="pl-arrow">
                  {sorted ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
                </span>
              </button>
            </div>
          );
        })}
      </div>
    </div>
  );
});
