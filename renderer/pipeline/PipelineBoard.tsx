import { useDeferredValue, useEffect, useMemo } from 'react';
import { decidingThisQuarter, filterPipeline, pipelineTotals, type PipelineRow } from '../../shared/pipeline/onRows';
import { translatePlural } from '../../shared/i18n';
import { useLang } from '../i18n/LangContext';
import { DecisionChartView } from './DecisionChartView';
import { PipelineFilters, type FilterChoices } from './PipelineFilters';
import { PipelineTable } from './PipelineTable';
import { PipelineTotalsView } from './PipelineTotalsView';
import { TeamAnswerNote } from '../team/TeamAnswerNote';
import { SavedFilters } from './SavedFilters';
import type { PipelineExportKind } from './exportModel';
import type { MovementsData, PipelineData } from './source';
import { drawableRows } from './firstScreenData';
import { prepareFormats } from './format';
import { usePaintedOnce } from './usePaintedOnce';
import { DEFAULT_VIEW, isFiltered, nextSort, shownRows, type PipelineViewState } from './viewState';
import { WhatMovedView } from './WhatMovedView';
import './pipeline.css';

const NO_ROWS: readonly PipelineRow[] = [];

function distinct(rows: readonly PipelineRow[], pick: (row: PipelineRow) => string | null): string[] {
  const seen = new Set<string>();
  for (const row of rows) {
    const value = pick(row);
    if (value) seen.add(value);
  }
  return [...seen].sort((a, b) => a.localeCompare(b));
}

export interface PipelineBoardProps {
  /** null while the rows are being read. */
  readonly data: PipelineData | null;
  readonly error: string | null;
  /** What moved this week; null while it is being read. */
  readonly movements: MovementsData | null;
  /** The day "what moved this week" starts. */
  readonly movedSince: string;
  readonly today: string;
  readonly view: PipelineViewState;
  readonly onView: (view: PipelineViewState) => void;
  readonly onOpen: (dealId: string) => void;
  readonly onLibrary: () => void;
  /** Told the sentence to show when a filter was saved. */
  readonly onSavedFilter: (text: string) => void;
  /** Asks for an export of the deals the filter selects (the review pack, the CSV); no buttons without it. */
  readonly onExport?: (kind: PipelineExportKind) => void;
}

/**
 * Everything the pipeline shows, from rows: filtering, sorting, totals and the chart are
 * shared/pipeline's, on rows only, so they redraw on every keystroke.
 */
export function PipelineBoard({
  data,
  error,
  movements,
  movedSince,
  today,
  view,
  onView,
  onOpen,
  onLibrary,
  onSavedFilter,
  onExport,
}: PipelineBoardProps) {
  const { t, lang } = useLang();
  // While the rows are read (the board mounts loading), the formats their first draw needs.
  useEffect(() => prepareFormats(lang), [lang]);
  // The first screen (data.firstScreenOf), read before the rest, is drawn in the default view
  // only; the count, the choices, the exports and the side panel wait for every row.
  const { drawn, complete } = drawableRows(data, view);
  const firstScreenOf = data?.firstScreenOf;
  const partial = firstScreenOf !== undefined;
  const all = drawn?.rows;
  const { filter, sort } = view;
  const shown = useMemo(() => (all ? shownRows(all, { filter, sort }, lang) : []), [all, filter, sort, lang]);
  // The side panel (totals, chart) follows the table: it starts once the first rows are
  // painted, and is drawn from deferred values, so the rows appear first and a keystroke in
  // the search is not held up by the chart. Deferred together, they change in the same
  // render: the totals and their movement agree.
  const painted = usePaintedOnce(all !== undefined);
  const sideData = useDeferredValue(painted ? complete : null);
  const sideShown = useDeferredValue(painted && complete ? shown : NO_ROWS);
  const sideFilter = useDeferredValue(view.filter);
  const then = useMemo(
    () => (sideData?.then ? filterPipeline(sideData.then, sideFilter) : undefined),
    [sideData, sideFilter],
  );
  const totals = useMemo(() => pipelineTotals(sideShown, then), [sideShown, then]);
  const sideAll = sideData?.rows;
  const chart = useMemo(
    () => decidingThisQuarter(filterPipeline(sideAll ?? [], { state: 'open' }), today),
    [sideAll, today],
  );
  const choices = useMemo<FilterChoices>(
    () => ({
      owners: distinct(complete?.rows ?? [], (r) => r.owner),
      teams: distinct(complete?.rows ?? [], (r) => r.team),
    }),
    [complete],
  );

  return (
    <main className="pipeline" aria-labelledby="pipeline-title">
      <header className="pl-header">
        <button type="button" onClick={onLibrary}>
          {t('pipelineApp.back')}
        </button>
        <h1 id="pipeline-title">{t('pipelineApp.title')}</h1>
        {all && !partial && (
          <p className="muted pl-count" role="status">
            {translatePlural(lang, 'pipelineApp.count', all.length, { shown: shown.length })}
          </p>
        )}
        <label className="pl-field pl-since">
          <span>{t('pipelineApp.filter.since')}</span>
          <input
            type="date"
            value={view.since ?? ''}
            max={today}
            onChange={(e) => onView({ ...view, since: e.target.value || null })}
          />
        </label>
        {onExport && all && !partial && (
          <div className="pl-exports" role="group" aria-label={t('exportApp.export')}>
            <button type="button" onClick={() => onExport('pack')} title={t('action.pipeline.exportPack')}>
              {t('pipelineExportApp.button.pack')}
            </button>
            <button type="button" onClick={() => onExport('csv')} title={t('action.pipeline.exportCsv')}>
              {t('pipelineExportApp.button.csv')}
            </button>
          </div>
        )}
      </header>
      {data?.team && <TeamAnswerNote status={data.team} />}
      <div className="pl-toolbar">
        <PipelineFilters filter={view.filter} choices={choices} onChange={(filter) => onView({ ...view, filter })} />
        <div className="pl-toolbar-end">
          {isFiltered(view.filter) && (
            <button type="button" onClick={() => onView({ ...view, filter: DEFAULT_VIEW.filter })}>
              {t('pipelineApp.filter.clear')}
            </button>
          )}
          <SavedFilters
            view={view}
            onChoose={onView}
            onSaved={(name) => onSavedFilter(t('pipelineApp.saved.done', { name }))}
          />
        </div>
      </div>
      {error !== null ? (
        <p role="alert">{t('pipelineApp.failed', { message: error })}</p>
      ) : all === undefined ? (
        <p>{t('pipelineApp.loading')}</p>
      ) : all.length === 0 ? (
        <p className="pl-empty">{t('pipelineApp.noDeals')}</p>
      ) : (
        <div className="pl-layout">
          <section className="pl-main" aria-label={t('pipelineApp.table')}>
            {shown.length === 0 ? (
              <p className="pl-empty">{t('pipelineApp.empty')}</p>
            ) : (
              <PipelineTable
                rows={shown}
                count={firstScreenOf ?? shown.length}
                sort={view.sort}
                onSort={(key) => onView({ ...view, sort: nextSort(view.sort, key) })}
                onOpen={onOpen}
                {...(data?.remote ? { remote: data.remote } : {})}
              />
            )}
          </section>
          <aside className="pl-side" aria-busy={sideAll === undefined}>
            {sideAll !== undefined && (
              <>
                <PipelineTotalsView totals={totals} since={view.since} />
                <DecisionChartView chart={chart} />
                <WhatMovedView data={movements} since={movedSince} onOpen={onOpen} />
              </>
            )}
          </aside>
        </div>
      )}
    </main>
  );
}
