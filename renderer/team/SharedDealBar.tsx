import type { MessageKey } from '../../shared/i18n';
import { useLang } from '../i18n/LangContext';
import { SyncBadge } from './SyncBadge';
import './team.css';
import type { SharedDealState } from './useSharedDeal';

/**
 * Under the toolbar of a shared deal: its sync state, and for a reader that the deal is
 * read-only. A user removed from the deal is told so by the state and in words that its copy
 * on this device is gone (the editor stays open on what was shown, read-only), not by a role.
 */
export function SharedDealBar({ shared, dealName }: { shared: SharedDealState; dealName: string }) {
  const { t } = useLang();
  const removed = shared.sync?.kind === 'refused';
  return (
    <div className="team-banner" role={shared.readOnly ? 'alert' : undefined}>
      <SyncBadge state={shared.sync} />
      {removed ? (
        <span className="team-banner__readonly">{t('team.refusedNow', { name: dealName })}</span>
      ) : (
        shared.readOnly && (
          <span className="team-banner__readonly">
            {t('team.readOnly', { role: t(`team.role.${shared.role}` as MessageKey) })}
          </span>
        )
      )}
    </div>
  );
}
