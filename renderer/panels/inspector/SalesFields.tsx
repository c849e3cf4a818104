import { useId } from 'react';
import { suggestedDecisionRelationship } from '../../../shared/analysis';
import {
  SALES_STEPS,
  SUPPLIER_CRITERIA,
  type Deal,
  type PositionScore,
  type SalesStep,
  type Stakeholder,
  type SupplierCriterion,
} from '../../../shared/document';
import { updateDeal, type DealPatch } from '../../editor/commands/deal';
import type { EditorStore } from '../../editor/store';
import { useLang } from '../../i18n/LangContext';
import { DateField } from '../fields/DateField';
import { DraftField } from '../fields/DraftField';
import { SelectField } from '../fields/SelectField';
import { formatNumber, parseAnyText, parseScore } from '../logic/parse';

const NONE = 'none';
const text = (value: string) => value;

/** Today in the user's time zone, YYYY-MM-DD: the date a needs record gets when first written. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The scores of a criterion after one of them changes; a criterion with neither score is dropped. */
export function withScore(
  scores: Deal['standing']['scores'],
  criterion: SupplierCriterion,
  patch: Partial<Pick<PositionScore, 'ours' | 'best'>>,
): Deal['standing']['scores'] {
  const next: PositionScore = { ours: null, best: null, ...scores[criterion], ...patch };
  const out = { ...scores };
  if (next.ours === null && next.best === null) delete out[criterion];
  else out[criterion] = next;
  return out;
}

/**
 * The deal's sales step (独孤六剑), its needs in writing, and our position against the best
 * supplier (客户选择供应商的要素): issue 10.
 */
export function SalesFields({
  store,
  deal,
  people,
}: {
  store: EditorStore;
  deal: Deal;
  people: readonly Stakeholder[];
}) {
  const { t } = useLang();
  const headingId = useId();
  const positionId = useId();
  const set = (field: string, patch: DealPatch) => store.apply(updateDeal(patch), { mergeKey: `deal:${field}` });
  const steps = [
    { value: NONE, label: t('salesStep.none') },
    ...SALES_STEPS.map((value) => ({ value, label: t(`salesStep.${value}`) })),
  ];
  const record = deal.needsRecord;
  const standing = deal.standing;
  const suppliers = [
    ...new Set([
      ...deal.competitors.filter((c) => c.trim() !== ''),
      ...(standing.bestSupplier ? [standing.bestSupplier] : []),
    ]),
  ];
  const suggested = suggestedDecisionRelationship(people);
  const setScores = (criterion: SupplierCriterion, which: 'ours' | 'best', value: number | null) =>
    set(`standing.${criterion}.${which}`, {
      standing: { ...standing, scores: withScore(standing.scores, criterion, { [which]: value }) },
    });

  return (
    <section className="pn-section pn-sales" aria-labelledby={headingId}>
      <h2 id={headingId} className="pn-heading">
        {t('salesView.title')}
      </h2>
      <SelectField
        label={t('dealInspector.salesStep')}
        value={deal.salesStep ?? NONE}
        options={steps}
        onChange={(value) => set('salesStep', { salesStep: value === NONE ? null : (value as SalesStep) })}
      />
      <DraftField
        label={t('dealInspector.needsText')}
        value={record?.text ?? ''}
        format={text}
        parse={parseAnyText}
        multiline
        hint={record === null ? t('dealInspector.needsAdd') : undefined}
        apply={(value) =>
          set('needsRecord', {
            needsRecord: value.trim() === '' ? null : { date: record?.date ?? localToday(), text: value },
          })
        }
      />
      {record !== null && (
        <DateField
          label={t('dealInspector.needsDate')}
          value={record.date}
          apply={(date) => set('needsRecord', { needsRecord: date === null ? null : { ...record, date } })}
        />
      )}
      <fieldset className="pn-group pn-position" aria-labelledby={positionId}>
        <legend id={positionId} className="pn-field__label">
          {t('dealInspector.position')}
        </legend>
        <SelectField
          label={t('dealInspector.bestSupplier')}
          value={standing.bestSupplier ?? NONE}
          options={[
            { value: NONE, label: t('dealInspector.bestSupplierNone') },
            ...suppliers.map((name) => ({ value: name, label: name })),
          ]}
          onChange={(value) =>
            set('standing.bestSupplier', { standing: { ...standing, bestSupplier: value === NONE ? null : value } })
          }
        />
        {SUPPLIER_CRITERIA.map((criterion) => {
          const name = t(`criterion.${criterion}`);
          const entry = standing.scores[criterion];
          const fromMap = criterion === 'decisionRelationship' && suggested !== null;
          return (
            <div key={criterion} className="pn-pair pn-position__row">
              <DraftField
                label={t('dealInspector.scoreOurs', { criterion: name })}
                value={entry?.ours ?? null}
                format={formatNumber}
                parse={parseScore}
                inputMode="decimal"
                placeholder={fromMap ? t('dealInspector.scorePlaceholderMap', { score: suggested }) : '–'}
                apply={(value) => setScores(criterion, 'ours', value)}
              />
              <DraftField
                label={t('dealInspector.scoreBest', { criterion: name })}
                value={entry?.best ?? null}
                format={formatNumber}
                parse={parseScore}
                inputMode="decimal"
                placeholder="–"
                apply={(value) => setScores(criterion, 'best', value)}
              />
            </div>
          );
        })}
      </fieldset>
    </section>
  );
}
