import type { PipelineTotals } from '../../shared/pipeline/onRows';
import { useLang } from '../i18n/LangContext';
import { formatDay, formatMoney, formatSigned } from './format';

/** The totals per currency: never one sum across currencies (issue 12). */
export function PipelineTotalsView({ totals, since }: { totals: PipelineTotals; since: string | null }) {
  const { t, lang } = useLang();
  if (totals.currencies.length === 0) return <p className="muted">{t('pipelineApp.totals.none')}</p>;
  const money = (value: number, currency: string | null) => formatMoney(value, currency, lang);
  return (
    <table className="pl-totals">
      <caption>{t('pipelineApp.totals')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('pipelineApp.totals.currency')}</th>
          <th scope="col" className="num">
            {t('pipelineApp.totals.count')}
          </th>
          <th scope="col" className="num">
            {t('pipelineApp.totals.value')}
          </th>
          <th scope="col" className="num">
            {t('pipelineApp.totals.weighted')}
          </th>
          {since !== null && <th scope="col">{t('pipelineApp.totals.moved', { date: formatDay(since, lang) })}</th>}
        </tr>
      </thead>
      <tbody>
        {totals.currencies.map((c) => (
          <tr key={c.currency ?? ''}>
            <th scope="row">{c.currency ?? t('pipelineApp.totals.noCurrency')}</th>
            <td className="num">{c.count}</td>
            <td className="num">{money(c.value, c.currency)}</td>
            <td className="num">{money(c.weighted, c.currency)}</td>
            {since !== null && (
              <td className="pl-moved">
                {c.movement === null
                  ? '—'
                  : [
                      formatSigned(c.movement.count, String),
                      formatSigned(c.movement.value, (v) => money(v, c.currency)),
                      formatSigned(c.movement.weighted, (v) => money(v, c.currency)),
                    ].join(' · ')}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
