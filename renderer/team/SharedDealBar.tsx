import type { MessageKey } from '../../shared/i18n';
import { useLang } from '../i18n/LangContext';
import { SyncBadge } from './SyncBadge';
import './team.css';
import type { SharedDealState } from './useSharedDeal';

/** Under the toolbar of a shared deal: its sync state, and for a reader that the deal is read-only. */
export function SharedDealBar({ shared }: { shared: SharedDealState }) {
  const { t } = useLang();
  return (
    <div className="team-banner" role={shared.readOnly ? 'alert' : undefined}>
      <SyncBadge state={shared.sync} />
      {shared.readOnly && (
        <span className="team-banner__readonly">
          {t('team.readOnly', { role: t(`team.role.${shared.role}` as MessageKey) })}
        </span>
      )}
    </div>
  );
}
