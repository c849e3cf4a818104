/**
 * What the board may draw of the rows read so far. A source may give the default view's
 * first screen before every row (`PipelineData.firstScreenOf`, issue 12): those rows are the
 * first of the default view, so they are drawn only in it; in any other view the rows are
 * still loading. The count, the filters' choices, the exports and the side panel are over
 * every row, so they wait for `complete`.
 */
import type { PipelineData } from './source';
import { DEFAULT_VIEW, isFiltered, type PipelineViewState } from './viewState';

export interface DrawableRows {
  /** The rows to draw (maybe the first screen only); null while loading. */
  readonly drawn: PipelineData | null;
  /** Every row; null while only the first screen, or nothing, is read. */
  readonly complete: PipelineData | null;
}

/** Whether the view shows the default view's rows in its order. */
export function isDefaultOrder(view: Pick<PipelineViewState, 'filter' | 'sort'>): boolean {
  return (
    !isFiltered(view.filter) &&
    view.sort.key === DEFAULT_VIEW.sort.key &&
    view.sort.direction === DEFAULT_VIEW.sort.direction
  );
}

export function drawableRows(
  data: PipelineData | null,
  view: Pick<PipelineViewState, 'filter' | 'sort'>,
): DrawableRows {
  if (data === null || data.firstScreenOf === undefined) return { drawn: data, complete: data };
  return { drawn: isDefaultOrder(view) ? data : null, complete: null };
}
