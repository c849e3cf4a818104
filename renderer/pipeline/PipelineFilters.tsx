import type { ChangeEvent } from 'react';
import { PURCHASE_STAGES } from '../../shared/document/vocabulary';
import { PIPELINE_STATUSES, wordPurchaseStage, wordStatus, type PipelineFilter } from '../../shared/pipeline/onRows';
import { useLang } from '../i18n/LangContext';

export interface FilterChoices {
  readonly owners: readonly string[];
  readonly teams: readonly string[];
}

/** A single choice of a list criterion: the empty string is "any". */
function one<T extends string>(list: readonly T[] | undefined): string {
  return list?.[0] ?? '';
}

type ListKey = 'owners' | 'teams' | 'stages' | 'statuses';

/**
 * The filter with one list criterion set from a single choice. "Any" leaves the criterion
 * out: an empty list would match no row (shared/pipeline's filter).
 */
export function withChoice(filter: PipelineFilter, key: ListKey, value: string): PipelineFilter {
  const next: Record<string, unknown> = { ...filter };
  if (value === '') delete next[key];
  else next[key] = [value];
  return next;
}

function numberOrNull(value: string): number | null {
  if (value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? Math.min(100, Math.max(0, n)) : null;
}

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
  const set =
    <K extends keyof PipelineFilter>(key: K, read: (value: string) => PipelineFilter[K]) =>
    (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
      onChange({ ...filter, [key]: read(event.target.value) });
  const anyLabel = t('pipelineApp.filter.any');
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
      <label className="pl-field">
        <span>{t('pipelineApp.filter.status')}</span>
        <select
          value={filter.state === 'open' || filter.state === undefined ? one(filter.statuses) : filter.state}
          onChange={(e) => {
            const value = e.target.value;
            if (value === 'closed' || value === 'all')
              onChange({ ...withChoice(filter, 'statuses', ''), state: value });
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
      <label className="pl-field">
        <span>{t('pipelineApp.filter.owner')}</span>
        <select value={one(filter.owners)} onChange={(e) => onChange(withChoice(filter, 'owners', e.target.value))}>
          <option value="">{anyLabel}</option>
          {choices.owners.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      </label>
      {choices.teams.length > 0 && (
        <label className="pl-field">
          <span>{t('pipelineApp.filter.team')}</span>
          <select value={one(filter.teams)} onChange={(e) => onChange(withChoice(filter, 'teams', e.target.value))}>
            <option value="">{anyLabel}</option>
            {choices.teams.map((team) => (
              <option key={team} value={team}>
                {team}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="pl-field">
        <span>{t('pipelineApp.filter.stage')}</span>
        <select value={one(filter.stages)} onChange={(e) => onChange(withChoice(filter, 'stages', e.target.value))}>
          <option value="">{anyLabel}</option>
          {PURCHASE_STAGES.map((s) => (
            <option key={s} value={s}>
              {wordPurchaseStage(s, lang)}
            </option>
          ))}
        </select>
      </label>
      <label className="pl-field">
        <span>{t('pipelineApp.filter.decidesFrom')}</span>
        <input type="date" value={filter.decisionFrom ?? ''} onChange={set('decisionFrom', (v) => v || null)} />
      </label>
      <label className="pl-field">
        <span>{t('pipelineApp.filter.decidesTo')}</span>
        <input type="date" value={filter.decisionTo ?? ''} onChange={set('decisionTo', (v) => v || null)} />
      </label>
      <label className="pl-field pl-narrow">
        <span>{t('pipelineApp.filter.likelihoodMin')}</span>
        <input
          type="number"
          min={0}
          max={100}
          value={filter.likelihoodMin ?? ''}
          onChange={set('likelihoodMin', numberOrNull)}
        />
      </label>
      <label className="pl-field pl-narrow">
        <span>{t('pipelineApp.filter.likelihoodMax')}</span>
        <input
          type="number"
          min={0}
          max={100}
          value={filter.likelihoodMax ?? ''}
          onChange={set('likelihoodMax', numberOrNull)}
        />
      </label>
      <label className="pl-field">
        <span>{t('pipelineApp.filter.changedSince')}</span>
        <input type="date" value={filter.changedSince ?? ''} onChange={set('changedSince', (v) => v || null)} />
      </label>
    </fieldset>
  );
}
