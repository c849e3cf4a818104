import { useDeferredValue, useMemo } from 'react';
import {
  decidingThisQuarter,
  filterPipeline,
  pipelineTotals,
  type DecisionChart,
  type PipelineFilter,
  type PipelineRow,
  type PipelineTotals,
} from '../../shared/pipeline/onRows';
import type { PipelineData } from './source';
import { usePaintedOnce } from './usePaintedOnce';

const NO_ROWS: readonly PipelineRow[] = [];

export interface SidePanel {
  /** Every row, once the panel may draw; undefined until then. */
  readonly sideAll: readonly PipelineRow[] | undefined;
  readonly totals: PipelineTotals;
  readonly chart: DecisionChart;
}

/**
 * The side panel (totals, chart) follows the table: it starts once the first rows are
 * painted, and is drawn from deferred values, so the rows appear first and a keystroke in
 * the search is not held up by the chart. Deferred together, they change in the same
 * render: the totals and their movement agree.
 */
export function useSidePanel(
  drawnRows: readonly PipelineRow[] | undefined,
  complete: PipelineData | null,
  shown: readonly PipelineRow[],
  filter: PipelineFilter,
  today: string,
): SidePanel {
  const painted = usePaintedOnce(drawnRows !== undefined);
  const sideData = useDeferredValue(painted ? complete : null);
  const sideShown = useDeferredValue(painted && complete ? shown : NO_ROWS);
  const sideFilter = useDeferredValue(filter);
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
  return { sideAll, totals, chart };
}
