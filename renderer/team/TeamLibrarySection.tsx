import { useEffect, useState } from 'react';
import type { MessageKey } from '../../shared/i18n';
import { useLang } from '../i18n/LangContext';
import { useServices } from '../services/services';
import { SignInDialog } from './SignInDialog';
import { SyncBadge } from './SyncBadge';
import { useTeam, useTeamState } from './TeamContext';
import type { SharedDeal } from './teamApi';
import { TeamErrorAlert } from './TeamErrorAlert';
import './team.css';

/**
 * The library's team part: signing in and out, the deals shared with the user (owner, role,
 * sync state), and the deals no longer shared, whose local copy was removed.
 */
export function TeamLibrarySection({
  localIds,
  onOpen,
  fetchDeal,
  signInRequested,
  onSignInClosed,
}: {
  /** Deals with a copy on this device. */
  localIds: ReadonlySet<string>;
  onOpen: (dealId: string) => void;
  /** Brings a shared deal onto this device (fetchSharedDeal.ts). */
  fetchDeal: (deal: SharedDeal) => Promise<void>;
  /** The "Sign in to a server…" action asked for the dialog. */
  signInRequested: boolean;
  onSignInClosed: () => void;
}) {
  const { t } = useLang();
  const { store } = useTeam();
  const team = useTeamState();
  const session = team.session.current();
  const [signingIn, setSigningIn] = useState(false);
  const [fetching, setFetching] = useState<string | null>(null);
  const [fetchError, setFetchError] = useState<unknown>(null);

  const signedInAt = session ? `${session.user.name}@${session.server}` : null;
  useEffect(() => {
    if (signedInAt) void store.refresh();
  }, [signedInAt, store]);

  // A shared deal already on this device follows the server from now on.
  const deals = team.sharedDeals();
  useEffect(() => {
    for (const deal of deals ?? []) if (localIds.has(deal.id) && !store.linked(deal.id)) store.link(deal);
  }, [deals, localIds, store]);

  const open = async (deal: SharedDeal) => {
    setFetchError(null);
    if (localIds.has(deal.id)) {
      team.link(deal);
      onOpen(deal.id);
      return;
    }
    setFetching(deal.name);
    try {
      await fetchDeal(deal);
      team.link(deal);
      onOpen(deal.id);
    } catch (error) {
      setFetchError(error);
    } finally {
      setFetching(null);
    }
  };

  const dialog = (signingIn || signInRequested) && (
    <SignInDialog
      session={team.session}
      onDone={() => {
        setSigningIn(false);
        onSignInClosed();
      }}
    />
  );

  // The dialog keeps its place whether signed in or not, so signing in does not open it again.
  return (
    <>
      {session ? (
        <SignedIn localIds={localIds} fetching={fetching} fetchError={fetchError} onOpen={(deal) => void open(deal)} />
      ) : (
        <section className="team-section" aria-labelledby="team-library-title">
          <h2 id="team-library-title">{t('team.library.title')}</h2>
          <p className="muted">{t('team.library.signedOut')}</p>
          <button type="button" onClick={() => setSigningIn(true)}>
            {t('team.signIn.button')}
          </button>
        </section>
      )}
      {dialog}
    </>
  );
}

function SignedIn({
  localIds,
  fetching,
  fetchError,
  onOpen,
}: {
  localIds: ReadonlySet<string>;
  fetching: string | null;
  fetchError: unknown;
  onOpen: (deal: SharedDeal) => void;
}) {
  const { t } = useLang();
  const { platform } = useServices();
  const team = useTeamState();
  const session = team.session.current();
  if (!session) return null;
  const deals = team.sharedDeals();
  const error = team.error();
  return (
    <section className="team-section" aria-labelledby="team-library-title">
      <h2 id="team-library-title">{t('team.library.title')}</h2>
      <p className="team-bar">
        <span>
          {t('team.signedIn', { name: session.user.displayName || session.user.name, server: session.server })}
        </span>
        <button
          type="button"
          onClick={() =>
            // Signed out on the server first: after forgetting, the desktop shell lets nothing reach it.
            void team.session
              .signOut()
              .then(() => platform.forgetTeamServer?.(session.server))
              .catch(() => undefined)
          }
        >
          {t('team.signOut')}
        </button>
      </p>
      {team.refused().map((entry) => (
        <div key={entry.id} className="team-refused" role="alert">
          <span>{t('team.library.refused', { name: entry.name })}</span>
          <button type="button" onClick={() => team.dismissRefused(entry.id)}>
            {t('team.library.dismiss')}
          </button>
        </div>
      ))}
      <TeamErrorAlert error={error} t={t} />
      <TeamErrorAlert error={fetchError} t={t} />
      {fetching && <p role="status">{t('team.library.downloading', { name: fetching })}</p>}
      {deals === null ? (
        !error && <p className="muted">{t('team.library.loading')}</p>
      ) : deals.length === 0 ? (
        <p className="muted">{t('team.library.empty')}</p>
      ) : (
        <table className="library-table team-table">
          <thead>
            <tr>
              <th scope="col">{t('library.column.deal')}</th>
              <th scope="col">{t('team.library.column.owner')}</th>
              <th scope="col">{t('team.library.column.role')}</th>
              <th scope="col">{t('team.library.column.sync')}</th>
            </tr>
          </thead>
          <tbody>
            {deals.map((deal) => (
              <tr key={deal.id}>
                <td>
                  <button
                    type="button"
                    className="link"
                    aria-label={t('team.library.open', { name: deal.name })}
                    disabled={fetching !== null}
                    onClick={() => onOpen(deal)}
                  >
                    {deal.name}
                  </button>
                </td>
                <td>{deal.owner.displayName || deal.owner.name}</td>
                <td>{t(`team.role.${deal.role}` as MessageKey)}</td>
                <td>
                  <SyncBadge state={localIds.has(deal.id) ? team.syncState(deal.id) : undefined} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
