import { useId } from 'react';
import { SALES_STEPS, type Deal, type SalesStep, type Stakeholder } from '../../../shared/document';
import { updateDeal, type DealPatch } from '../../editor/commands/deal';
import type { EditorStore } from '../../editor/store';
import { useLang } from '../../i18n/LangContext';
import { DateField } from '../fields/DateField';
import { DraftField } from '../fields/DraftField';
import { SelectField } from '../fields/SelectField';
import { parseAnyText } from '../logic/parse';
import { SupplierPositionFields } from './SupplierPositionFields';

/** The select's value for no sales step. */
const NONE = 'none';
const text = (value: string) => value;

/** Today in the user's time zone, YYYY-MM-DD: the date a needs record gets when first written. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
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
      <SupplierPositionFields
        legendId={positionId}
        standing={deal.standing}
        competitors={deal.competitors}
        people={people}
        set={set}
      />
    </section>
  );
}
