import { useLang } from '../i18n/LangContext';
import { PipelineFilters, type FilterChoices } from './PipelineFilters';
import { SavedFilters } from './SavedFilters';
import { DEFAULT_VIEW, isFiltered, type PipelineViewState } from './viewState';

interface ToolbarProps {
  readonly view: PipelineViewState;
  readonly choices: FilterChoices;
  readonly onView: (view: PipelineViewState) => void;
  readonly onSavedFilter: (text: string) => void;
}

/** The filters, and at their end "clear" (when filtered) and the saved filters. */
export function PipelineToolbar({ view, choices, onView, onSavedFilter }: ToolbarProps) {
  const { t } = useLang();
  return (
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
  );
}
