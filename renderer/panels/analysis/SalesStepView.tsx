import { useId, useMemo } from 'react';
import { STAGE_ACTIVITIES, buildContext, salesSummary, type WordedSign } from '../../../shared/analysis';
import { PURCHASE_STAGES, RELATIONSHIP_STAGES, SALES_STEPS, type PowermapDocument } from '../../../shared/document';
import type { MessageKey } from '../../../shared/i18n';
import { useLang } from '../../i18n/LangContext';

function SignList({ signs, label }: { signs: readonly WordedSign[]; label: string }) {
  const { t } = useLang();
  return (
    <>
      <h4 className="pn-sales__label">{label}</h4>
      <ul className="pn-signs">
        {signs.map((sign) => (
          <li key={sign.sign} className={`pn-sign ${sign.met ? 'is-met' : 'is-missing'}`}>
            <span className="pn-sign__mark" aria-hidden="true">
              {sign.met ? '✓' : '✗'}
            </span>
            <span className="pn-visually-hidden">{t(sign.met ? 'salesView.met' : 'salesView.missing')}: </span>
            {sign.text}
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * Where the deal stands in the six swords (独孤六剑): the recorded step beside the client's
 * purchase stage, the signs met and missing, the needs in writing, and the course's
 * activities for moving key people up a relationship stage.
 */
export function SalesStepView({
  doc,
  onSelectPerson,
}: {
  doc: PowermapDocument;
  onSelectPerson: (id: string) => void;
}) {
  const { t, lang } = useLang();
  const headingId = useId();
  const summary = useMemo(() => salesSummary(doc, lang), [doc, lang]);
  const isKey = useMemo(() => buildContext(doc, null).isKey, [doc]);
  const { process } = summary;
  const ladder = ['none', 'acquainted', 'engaged', 'trusted'] as const;
  return (
    <section className="pn-section pn-sales-view" aria-labelledby={headingId} data-testid="sales-step-view">
      <h3 id={headingId} className="pn-subheading">
        {t('salesView.title')}
      </h3>
      <p className="pn-sales__where">
        {process.recorded === null ? (
          <span className="pn-muted">{t('salesView.noneChosen')}</span>
        ) : (
          <strong>{t('salesView.recorded', { step: t(`salesStep.${process.recorded}`) })}</strong>
        )}
      </p>
      <p className="pn-muted">{t('salesView.supported', { step: t(`salesStep.${process.supported}`) })}</p>
      <p className="pn-muted">
        {t('salesView.beside', {
          stage: t(`purchaseStage.${doc.deal.purchaseStage}`),
          step: t(`salesStep.${process.beside}`),
        })}
      </p>
      <ol className="pn-steps" aria-label={t('salesView.steps')}>
        {SALES_STEPS.map((step, index) => (
          <li
            key={step}
            className={[
              'pn-step',
              step === summary.current ? 'is-current' : '',
              step === process.beside ? 'is-beside' : '',
            ].join(' ')}
            aria-current={step === summary.current ? 'step' : undefined}
          >
            <span className="pn-step__ours">{t(`salesStep.${step}`)}</span>
            <span className="pn-step__client">{t(`purchaseStage.${PURCHASE_STAGES[index]!}`)}</span>
          </li>
        ))}
      </ol>
      <SignList signs={summary.start} label={t('salesView.start')} />
      {summary.end.length === 0 ? (
        <p className="pn-muted">{t('salesView.noEnd')}</p>
      ) : (
        <SignList signs={summary.end} label={t('salesView.end')} />
      )}
      <h4 className="pn-sales__label">{t('salesView.needs')}</h4>
      <p className="pn-sales__needs">
        {summary.needsRecord === null
          ? t('salesView.needsNone')
          : t('salesView.needsOn', { date: summary.needsRecord.date, text: summary.needsRecord.text })}
      </p>
      <h4 className="pn-sales__label">{t('salesView.activities')}</h4>
      <dl className="pn-activities">
        {ladder.map((stage, index) => {
          const next = RELATIONSHIP_STAGES[index + 1]!;
          const people = doc.stakeholders.filter((p, i) => isKey[i] && p.stage === stage);
          return (
            <div key={stage} className="pn-activity">
              <dt>
                {t('salesView.activityRow', { from: t(`stage.${stage}`), to: t(`stage.${next}`) })}
                {people.length > 0 && ': '}
                {people.map((p, i) => (
                  <span key={p.id}>
                    {i > 0 && t('list.separator')}
                    <button type="button" className="pn-link" onClick={() => onSelectPerson(p.id)}>
                      {p.name}
                    </button>
                  </span>
                ))}
              </dt>
              <dd>{STAGE_ACTIVITIES[stage].map((a) => t(`activity.${a}` as MessageKey)).join(t('list.separator'))}</dd>
            </div>
          );
        })}
      </dl>
      <p className="pn-muted pn-caution">{t('salesView.caution')}</p>
    </section>
  );
}
