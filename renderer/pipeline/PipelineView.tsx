import { useMemo, useState } from 'react';
import {
  decidingThisQuarter,
  filterPipeline,
  pipelineTotals,
  sortPipeline,
  type PipelineRow,
} from '../../shared/pipeline';
import { useActionKeys } from '../actions/useActionKeys';
import { useMenuActions } from '../actions/useMenuActions';
import { actionRunner } from '../actions/registry';
import { useLang } from '../i18n/LangContext';
import { SummaryCache } from '../persistence/summaryCache';
import { useServices } from '../services/services';
import { DecisionChartView } from './DecisionChartView';
import { PipelineFilters, type FilterChoices } from './PipelineFilters';
import { PipelineTable } from './PipelineTable';
import { PipelineTotalsView } from './PipelineTotalsView';
import { SavedFilters } from './SavedFilters';
import { localPipelineSource, PIPELINE_CACHE_FORMAT, type CachedRows, type PipelineSource } from './source';
import { usePipelineData, useMovements } from './usePipelineData';
import { DEFAULT_VIEW, isFiltered, nextSort, weekBefore, type PipelineViewState } from './viewState';
import { WhatMovedView } from './WhatMovedView';
import './pipeline.css';

function distinct(rows: readonly PipelineRow[], pick: (row: PipelineRow) => string | null): string[] {
  const seen = new Set<string>();
  for (const row of rows) {
    const value = pick(row);
    if (value) seen.add(value);
  }
  return [...seen].sort((a, b) => a.localeCompare(b));
}

/** The local source, with its cache, for as long as the view is shown. */
function useLocalSource(): PipelineSource {
  const { repository, sync } = useServices();
  return useMemo(
    () => localPipelineSource({ repository, sync, cache: new SummaryCache<CachedRows>(PIPELINE_CACHE_FORMAT) }),
    [repository, sync],
  );
}

/**
 * The pipeline: every deal at a glance (issue 12). Rows come from a PipelineSource (the
 * local library today, the team server later); filtering, sorting, totals and the chart
 * are shared/pipeline's, on rows only, so they redraw on every keystroke.
 */
export function PipelineView({
  onOpen,
  onLibrary,
  source: given,
}: {
  onOpen: (dealId: string) => void;
  onLibrary: () => void;
  /** The rows' source; the local library when not given. */
  source?: PipelineSource;
}) {
  const services = useServices();
  const { t, lang } = useLang();
  const local = useLocalSource();
  const source = given ?? local;
  const today = services.today();
  const [view, setView] = useState<PipelineViewState>(DEFAULT_VIEW);
  const { data, error } = usePipelineData(source, today, view.since);
  const weekAgo = weekBefore(today);
  const movements = useMovements(source, weekAgo, today, lang);

  const runner = useMemo(
    () =>
      actionRunner({
        'deal.library': { run: onLibrary },
        'view.language': { run: () => services.setLang(lang === 'en' ? 'zh-CN' : 'en') },
      }),
    [onLibrary, services, lang],
  );
  useActionKeys(runner, services.platform.isMac);
  useMenuActions(services.platform, runner);

  const all = data?.rows;
  const shown = useMemo(
    () => (all ? sortPipeline(filterPipeline(all, view.filter), view.sort.key, view.sort.direction) : []),
    [all, view.filter, view.sort],
  );
  const then = useMemo(() => (data?.then ? filterPipeline(data.then, view.filter) : undefined), [data, view.filter]);
  const totals = useMemo(() => pipelineTotals(shown, then), [shown, then]);
  const chart = useMemo(() => decidingThisQuarter(filterPipeline(all ?? [], { state: 'open' }), today), [all, today]);
  const choices = useMemo<FilterChoices>(
    () => ({ owners: distinct(all ?? [], (r) => r.owner), teams: distinct(all ?? [], (r) => r.team) }),
    [all],
  );

  return (
    <main className="pipeline" aria-labelledby="pipeline-title">
      <header className="pl-header">
        <button type="button" onClick={onLibrary}>
          {t('pipelineApp.back')}
        </button>
        <h1 id="pipeline-title">{t('pipelineApp.title')}</h1>
        {all && (
          <p className="muted pl-count" role="status">
            {t('pipelineApp.count', { shown: shown.length, total: all.length })}
          </p>
        )}
        <label className="pl-field pl-since">
          <span>{t('pipelineApp.filter.since')}</span>
          <input
            type="date"
            value={view.since ?? ''}
            max={today}
            onChange={(e) => setView({ ...view, since: e.target.value || null })}
          />
        </label>
      </header>
      <div className="pl-toolbar">
        <PipelineFilters filter={view.filter} choices={choices} onChange={(filter) => setView({ ...view, filter })} />
        <div className="pl-toolbar-end">
          {isFiltered(view.filter) && (
            <button type="button" onClick={() => setView({ ...view, filter: DEFAULT_VIEW.filter })}>
              {t('pipelineApp.filter.clear')}
            </button>
          )}
          <SavedFilters
            view={view}
            onChoose={setView}
            onSaved={(name) => services.toasts.show(t('pipelineApp.saved.done', { name }))}
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
                sort={view.sort}
                onSort={(key) => setView({ ...view, sort: nextSort(view.sort, key) })}
                onOpen={onOpen}
              />
            )}
          </section>
          <aside className="pl-side">
            <PipelineTotalsView totals={totals} since={view.since} />
            <DecisionChartView chart={chart} />
            <WhatMovedView movements={movements} since={weekAgo} onOpen={onOpen} />
          </aside>
        </div>
      )}
    </main>
  );
}
