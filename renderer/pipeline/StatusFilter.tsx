import { PIPELINE_STATUSES, wordStatus, type PipelineFilter } from '../../shared/pipeline/onRows';
import { useLang } from '../i18n/LangContext';
import { one, withChoice } from './filterEdits';

interface StatusFilterProps {
  readonly filter: PipelineFilter;
  readonly onChange: (next: PipelineFilter) => void;
}

/** One choice for the state and the status: open (any status), a status of the open deals, closed, or every deal. */
export function StatusFilter({ filter, onChange }: StatusFilterProps) {
  const { t, lang } = useLang();
  return (
    <label className="pl-field">
      <span>{t('pipelineApp.filter.status')}</span>
      <select
        value={filter.state === 'open' || filter.state === undefined ? one(filter.statuses) : filter.state}
        onChange={(e) => {
          const value = e.target.value;
          if (value === 'closed' || value === 'all') onChange({ ...withChoice(filter, 'statuses', ''), state: value });
          else onChange({ ...withChoice(filter, 'statuses', value), state: 'open' });
        }}
      >
        <option value="">{t('pipelineApp.filter.open')}</option>
        {PIPELINE_STATUSES.map((s) => (
          <option key={s} value={s}>
            {wordStatus(s, lang)}
          </option>
        ))}
        <option value="closed">{t('pipelineApp.filter.closed')}</option>
        <option value="all">{t('pipelineApp.filter.all')}</option>
      </select>
    </label>
  );
}
