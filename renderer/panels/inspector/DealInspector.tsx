import { useId } from 'react';
import { QUALIFICATION_QUESTIONS, type Deal } from '../../../shared/document';
import { updateDeal, type DealPatch } from '../../editor/commands/deal';
import type { EditorStore } from '../../editor/store';
import { useLang } from '../../i18n/LangContext';
import { ChoiceGroup } from '../fields/ChoiceGroup';
import { DateField } from '../fields/DateField';
import { DraftField } from '../fields/DraftField';
import { SelectField } from '../fields/SelectField';
import { useVocabulary } from '../hooks/useVocabulary';
import { formatNumber, parseAnyText, parseCurrency, parseMoney, parseRequiredText } from '../logic/parse';
import { CompetitorList } from './CompetitorList';

const text = (value: string) => value;
const currencyText = (value: string | undefined) => value ?? '';

/** The deal: name, account, value, currency, decision date, purchase stage, the four questions, competitors. */
export function DealInspector({ store, deal }: { store: EditorStore; deal: Deal }) {
  const { t } = useLang();
  const vocabulary = useVocabulary();
  const headingId = useId();
  const set = (field: string, patch: DealPatch) => store.apply(updateDeal(patch), { mergeKey: `deal:${field}` });

  return (
    <section className="pn-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="pn-heading">
        {t('panels.deal.heading')}
      </h2>
      <DraftField
        label={t('panels.deal.name')}
        value={deal.name}
        format={text}
        parse={parseRequiredText}
        required
        apply={(name) => set('name', { name })}
      />
      <DraftField
        label={t('panels.deal.account')}
        value={deal.account}
        format={text}
        parse={parseAnyText}
        apply={(account) => set('account', { account })}
      />
      <div className="pn-pair">
        <DraftField
          label={t('panels.deal.value')}
          value={deal.value}
          format={formatNumber}
          parse={parseMoney}
          inputMode="decimal"
          placeholder={t('panels.deal.valueNone')}
          apply={(value) => set('value', { value })}
        />
        <DraftField
          label={t('panels.deal.currency')}
          value={deal.currency}
          format={currencyText}
          parse={parseCurrency}
          placeholder="CNY"
          apply={(currency) => set('currency', { currency })}
        />
      </div>
      <DateField
        label={t('panels.deal.decisionDate')}
        value={deal.decisionDate}
        apply={(decisionDate) => set('decisionDate', { decisionDate })}
      />
      <SelectField
        label={t('panels.deal.purchaseStage')}
        value={deal.purchaseStage}
        options={vocabulary.purchaseStages}
        onChange={(purchaseStage) => set('purchaseStage', { purchaseStage })}
      />
      <fieldset className="pn-group">
        <legend className="pn-field__label">{t('panels.deal.qualification')}</legend>
        {QUALIFICATION_QUESTIONS.map((question) => (
          <ChoiceGroup
            key={question}
            legend={t(`question.${question}`)}
            value={deal.qualification[question]}
            options={vocabulary.answers}
            onChange={(answer) =>
              set(`qualification.${question}`, { qualification: { ...deal.qualification, [question]: answer } })
            }
          />
        ))}
      </fieldset>
      <CompetitorList
        competitors={deal.competitors}
        apply={(competitors, field) =>
          store.apply(updateDeal({ competitors }), { mergeKey: `deal:competitors:${field}` })
        }
      />
    </section>
  );
}
