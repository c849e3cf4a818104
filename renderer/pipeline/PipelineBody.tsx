import type { PipelineRow } from '../../shared/pipeline/onRows';
import { useLang } from '../i18n/LangContext';
import { DecisionChartView } from './DecisionChartView';
import { PipelineTable } from './PipelineTable';
import { PipelineTotalsView } from './PipelineTotalsView';
import type { MovementsData, PipelineData } from './source';
import type { SidePanel } from './useSidePanel';
import { nextSort, type PipelineViewState } from './viewState';
import { WhatMovedView } from './WhatMovedView';

interface BodyProps {
  readonly error: string | null;
  /** The rows drawn; undefined while loading. */
  readonly all: readonly PipelineRow[] | undefined;
  readonly shown: readonly PipelineRow[];
  readonly data: PipelineData | null;
  readonly side: SidePanel;
  readonly movements: MovementsData | null;
  readonly movedSince: string;
  readonly view: PipelineViewState;
  readonly onView: (view: PipelineViewState) => void;
  readonly onOpen: (dealId: string) => void;
}

/** Under the toolbar: the failure, "loading", "no deals", or the table and the side panel. */
export function PipelineBody({
  error,
  all,
  shown,
  data,
  side,
  movements,
  movedSince,
  view,
  onView,
  onOpen,
}: BodyProps) {
  const { t } = useLang();
  if (error !== null) return <p role="alert">{t('pipelineApp.failed', { message: error })}</p>;
  if (all === undefined) return <p>{t('pipelineApp.loading')}</p>;
  if (all.length === 0) return <p className="pl-empty">{t('pipelineApp.noDeals')}</p>;
  const { sideAll, totals, chart } = side;
  return (
    <div className="pl-layout">
      <section className="pl-main" aria-label={t('pipelineApp.table')}>
        {shown.length === 0 ? (
          <p className="pl-empty">{t('pipelineApp.empty')}</p>
        ) : (
          <PipelineTable
            rows={shown}
            count={data?.firstScreenOf ?? shown.length}
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
  );
}
