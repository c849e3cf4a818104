import { translatePlural, type MessageKey } from '../../shared/i18n';
import { useLang } from '../i18n/LangContext';
import type { DealSummary } from '../persistence/repository';

/** The library's table of deals: each opens by its name, and can be duplicated or deleted. */
export function DealTable({
  deals,
  onOpen,
  onDuplicate,
  onRemove,
}: {
  deals: readonly DealSummary[];
  onOpen: (dealId: string) => void;
  onDuplicate: (deal: DealSummary) => void;
  onRemove: (deal: DealSummary) => void;
}) {
  const { t } = useLang();
  return (
    <table className="library-table">
      <thead>
        <tr>
          <th scope="col">{t('library.column.deal')}</th>
          <th scope="col">{t('library.column.account')}</th>
          <th scope="col">{t('library.column.stage')}</th>
          <th scope="col" className="num">
            {t('library.column.value')}
          </th>
          <th scope="col" className="num">
            {t('library.column.likelihood')}
          </th>
          <th scope="col">{t('library.column.changed')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('library.column.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {deals.map((deal) => (
          <DealRow key={deal.id} deal={deal} onOpen={onOpen} onDuplicate={onDuplicate} onRemove={onRemove} />
        ))}
      </tbody>
    </table>
  );
}

function DealRow({
  deal,
  onOpen,
  onDuplicate,
  onRemove,
}: {
  deal: DealSummary;
  onOpen: (dealId: string) => void;
  onDuplicate: (deal: DealSummary) => void;
  onRemove: (deal: DealSummary) => void;
}) {
  const { t, lang } = useLang();
  return (
    <tr>
      <td>
        <button
          type="button"
          className="link"
          aria-label={t('library.open', { name: deal.name })}
          onClick={() => onOpen(deal.id)}
        >
          {deal.name}
        </button>
        <div className="muted">{translatePlural(lang, 'library.people', deal.peopleCount)}</div>
      </td>
      <td>{deal.account}</td>
      <td>{t(`purchaseStage.${deal.purchaseStage}` as MessageKey)}</td>
      <td className="num">{dealValue(deal, lang)}</td>
      <td className="num">{deal.winLikelihood}%</td>
      <td>{new Date(deal.updatedAt).toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' })}</td>
      <td className="row-actions">
        <button
          type="button"
          aria-label={t('library.duplicate', { name: deal.name })}
          onClick={() => onDuplicate(deal)}
        >
          {t('library.duplicateShort')}
        </button>
        <button type="button" aria-label={t('library.delete', { name: deal.name })} onClick={() => onRemove(deal)}>
          {t('library.deleteShort')}
        </button>
      </td>
    </tr>
  );
}

/** The deal's value in its currency, without cents; a dash when none was entered. */
function dealValue(deal: DealSummary, lang: string): string {
  if (deal.value === null) return '—';
  const options: Intl.NumberFormatOptions = deal.currency
    ? { style: 'currency', currency: deal.currency, maximumFractionDigits: 0 }
    : {};
  return new Intl.NumberFormat(lang, options).format(deal.value);
}
