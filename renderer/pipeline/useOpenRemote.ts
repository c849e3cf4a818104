/**
 * Opening a deal from the pipeline: a deal with a copy here opens at once; a team deal only
 * on the server is fetched first (fetchSharedDeal, bounded), linked so it follows the server,
 * then opened, as the library's shared deals are. While it comes, and if it cannot, a message
 * says so; nothing half-made is left.
 */
import { useCallback, useRef } from 'react';
import { useLang } from '../i18n/LangContext';
import { useServices } from '../services/services';
import { fetchSharedDeal } from '../team/fetchSharedDeal';
import { useTeam } from '../team/TeamContext';
import { listSharedDeals } from '../team/teamApi';
import { TeamError, teamErrorText } from '../team/teamErrors';

export function useOpenRemote(
  remote: ReadonlySet<string> | undefined,
  onOpen: (dealId: string) => void,
): (dealId: string) => void {
  const { t } = useLang();
  const { toasts } = useServices();
  const { store, openDoc } = useTeam();
  const busy = useRef(false);
  return useCallback(
    (dealId: string) => {
      if (!remote?.has(dealId)) {
        onOpen(dealId);
        return;
      }
      if (busy.current) return;
      busy.current = true;
      void (async () => {
        let shown: number | undefined;
        try {
          const session = store.session;
          const deal = (await listSharedDeals(session)).find((shared) => shared.id === dealId);
          if (!deal) throw new TeamError('deal-not-found', `no shared deal "${dealId}" you may see`);
          shown = toasts.show(t('team.library.downloading', { name: deal.name }), { timeoutMs: 0 });
          await fetchSharedDeal({ session, deal, openDoc });
          store.link(deal);
          onOpen(dealId);
        } catch (error) {
          toasts.show(teamErrorText(error, t), { tone: 'error' });
        } finally {
          if (shown !== undefined) toasts.dismiss(shown);
          busy.current = false;
        }
      })();
    },
    [remote, onOpen, store, openDoc, toasts, t],
  );
}
