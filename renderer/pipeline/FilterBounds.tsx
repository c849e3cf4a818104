import type { PipelineFilter } from '../../shared/pipeline/onRows';
import { useLang } from '../i18n/LangContext';
import { numberOrNull, type FieldSetter } from './filterEdits';

/** The filters' bounds: the decision date window, the likelihood range and "changed since". */
export function FilterBounds({ filter, set }: { filter: PipelineFilter; set: FieldSetter }) {
  const { t } = useLang();
  return (
    <>
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
    </>
  );
}
