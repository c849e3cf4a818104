import { PURCHASE_STAGES } from '../../shared/document/vocabulary';
import { wordPurchaseStage, type PipelineFilter } from '../../shared/pipeline/onRows';
import { useLang } from '../i18n/LangContext';
import { ChoiceFilter } from './ChoiceFilter';
import { FilterBounds } from './FilterBounds';
import { fieldSetter, one, withChoice } from './filterEdits';
import { StatusFilter } from './StatusFilter';

export interface FilterChoices {
  readonly owners: readonly string[];
  readonly teams: readonly string[];
}

const asItself = (value: string) => value;

/**
 * The pipeline's filters: search, owner, team, stage, status, open or closed, the decision
 * date window, the likelihood range and "changed since". Every control is labelled; each
 * change gives the whole new filter.
 */
export function PipelineFilters({
  filter,
  choices,
  onChange,
}: {
  filter: PipelineFilter;
  choices: FilterChoices;
  onChange: (next: PipelineFilter) => void;
}) {
  const { t, lang } = useLang();
  const set = fieldSetter(filter, onChange);
  return (
    <fieldset className="pl-filters">
      <legend className="visually-hidden">{t('pipelineApp.filters')}</legend>
      <label className="pl-field pl-search">
        <span className="visually-hidden">{t('pipelineApp.search')}</span>
        <input
          type="search"
          value={filter.search ?? ''}
          placeholder={t('pipelineApp.searchPlaceholder')}
          onChange={set('search', (v) => v)}
        />
      </label>
      <StatusFilter filter={filter} onChange={onChange} />
      <ChoiceFilter
        label={t('pipelineApp.filter.owner')}
        value={one(filter.owners)}
        options={choices.owners}
        word={asItself}
        onChoose={(value) => onChange(withChoice(filter, 'owners', value))}
      />
      {choices.teams.length > 0 && (
        <ChoiceFilter
          label={t('pipelineApp.filter.team')}
          value={one(filter.teams)}
          options={choices.teams}
          word={asItself}
          onChoose={(value) => onChange(withChoice(filter, 'teams', value))}
        />
      )}
      <ChoiceFilter
        label={t('pipelineApp.filter.stage')}
        value={one(filter.stages)}
        options={PURCHASE_STAGES}
        word={(stage) => wordPurchaseStage(stage, lang)}
        onChoose={(value) => onChange(withChoice(filter, 'stages', value))}
      />
      <FilterBounds filter={filter} set={set} />
    </fieldset>
  );
}
