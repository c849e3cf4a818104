import { memo } from 'react';
import type { Translator } from '../../shared/i18n';
import type { SortDirection, SortKey } from '../../shared/pipeline/onRows';
import { COLUMNS, GRID_TEMPLATE } from './columns';

interface HeadProps {
  readonly sort: { readonly key: SortKey; readonly direction: SortDirection };
  readonly onSort: (key: SortKey) => void;
  readonly t: Translator;
}

/** The heading row with its sort buttons. Memoised: a scroll redraws the rows, not the heading. */
export const PipelineHead = memo(function PipelineHead({ sort, onSort, t }: HeadProps) {
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
