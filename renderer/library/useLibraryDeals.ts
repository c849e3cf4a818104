import { useCallback, useEffect, useState } from 'react';
import { newId } from '../editor/ids';
import { useLang } from '../i18n/LangContext';
import type { DealSummary } from '../persistence/repository';
import { useServices } from '../services/services';

/**
 * The library's deals, read again whenever they change (here or in another window), with
 * what a row offers: duplicate, and delete with an undo in its toast. `deals` is null until read.
 */
export function useLibraryDeals(): {
  deals: readonly DealSummary[] | null;
  duplicate: (deal: DealSummary) => Promise<void>;
  remove: (deal: DealSummary) => Promise<void>;
} {
  const { repository, sync, toasts } = useServices();
  const { t } = useLang();
  const [deals, setDeals] = useState<readonly DealSummary[] | null>(null);

  const reload = useCallback(() => {
    void repository.listDeals().then(setDeals);
  }, [repository]);
  useEffect(() => {
    reload();
    return sync.onLibraryChange(reload);
  }, [reload, sync]);

  const duplicate = async (deal: DealSummary) => {
    await repository.duplicateDeal(deal.id, { newId: newId('d'), name: t('library.copyName', { name: deal.name }) });
    reload();
  };
  const remove = async (deal: DealSummary) => {
    await repository.deleteDeal(deal.id);
    reload();
    toasts.show(t('library.deleted', { name: deal.name }), {
      action: {
        label: t('library.undoDelete'),
        run: () => void repository.restoreDeal(deal.id).then(reload),
      },
    });
  };

  return { deals, duplicate, remove };
}
