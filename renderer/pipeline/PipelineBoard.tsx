import { useEffect, useMemo } from 'react';
import { useLang } from '../i18n/LangContext';
import { TeamAnswerNote } from '../team/TeamAnswerNote';
import type { FilterChoices } from './PipelineFilters';
import type { PipelineExportKind } from './exportModel';
import type { MovementsData, PipelineData } from './source';
import { filterChoicesOf } from './filterChoices';
import { drawableRows } from './firstScreenData';
import { prepareFormats } from './format';
import { PipelineBody } from './PipelineBody';
import { PipelineBoardHeader } from './PipelineBoardHeader';
import { PipelineToolbar } from './PipelineToolbar';
import { useSidePanel } from './useSidePanel';
import { shownRows, type PipelineViewState } from './viewState';
import './pipeline.css';

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
  const { lang } = useLang();
  // While the rows are read (the board mounts loading), the formats their first draw needs.
  useEffect(() => prepareFormats(lang), [lang]);
  // The first screen (data.firstScreenOf), read before the rest, is drawn in the default view
  // only; the count, the choices, the exports and the side panel wait for every row.
  const { drawn, complete } = drawableRows(data, view);
  const partial = data?.firstScreenOf !== undefined;
  const all = drawn?.rows;
  const { filter, sort } = view;
  const shown = useMemo(() => (all ? shownRows(all, { filter, sort }, lang) : []), [all, filter, sort, lang]);
  const side = useSidePanel(all, complete, shown, view.filter, today);
  const choices = useMemo<FilterChoices>(() => filterChoicesOf(complete?.rows ?? []), [complete]);

  return (
    <main className="pipeline" aria-labelledby="pipeline-title">
      <PipelineBoardHeader
        counts={all && !partial ? { all: all.length, shown: shown.length } : null}
        today={today}
        view={view}
        onView={onView}
        onLibrary={onLibrary}
        onExport={onExport}
      />
      {data?.team && <TeamAnswerNote status={data.team} />}
      <PipelineToolbar view={view} choices={choices} onView={onView} onSavedFilter={onSavedFilter} />
      <PipelineBody
        error={error}
        all={all}
        shown={shown}
        data={data}
        side={side}
        movements={movements}
        movedSince={movedSince}
        view={view}
        onView={onView}
        onOpen={onOpen}
      />
    </main>
  );
}
