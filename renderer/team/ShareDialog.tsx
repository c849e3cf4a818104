import { useEffect, useId, useState } from 'react';
import type { LikelihoodModelSetting } from '../../shared/document';
import type { MessageKey } from '../../shared/i18n';
import { useLang } from '../i18n/LangContext';
import { useModalDialog } from '../ui/useModalDialog';
import '../ui/firstRun.css';
import './team.css';
import { SignInDialog } from './SignInDialog';
import { useTeamState } from './TeamContext';
import type { MyTeam } from './teamApi';
import { NO_TEAM } from './teamChoice';
import { dealTeamActions } from './dealTeamActions';
import { InviteForm } from './InviteForm';
import { MemberList } from './MemberList';
import { useDealMembers } from './useDealMembers';
import { useMyTeams } from './useMyTeams';
import { useTeamTask } from './useTeamTask';
import { TeamErrorAlert } from './TeamErrorAlert';
import { TeamPicker } from './TeamPicker';

/**
 * "Share deal…": publishes the open deal to the team server into one of the user's teams or
 * none (the caller becomes its owner; the deal's Y.Doc then syncs, useSharedDeal.ts), and lets
 * the owner invite teammates by user name as editors or viewers, change their role or remove
 * them, and move the deal to another team. Who is not the owner sees who is.
 */
export function ShareDialog({
  dealId,
  dealName,
  onClose,
  onTeamModel,
}: {
  dealId: string;
  dealName: string;
  onClose: () => void;
  /** The likelihood model its lead set for the team the deal was published into, if any. */
  onTeamModel?: (setting: LikelihoodModelSetting) => void;
}) {
  const { t } = useLang();
  const team = useTeamState();
  const session = team.session.current();
  const dialog = useModalDialog();
  const ids = useId();
  const [signingIn, setSigningIn] = useState(false);
  const { busy, error, setError, run } = useTeamTask();

  const shared = team.sharedDeals()?.find((deal) => deal.id === dealId);
  const signedIn = session !== null;
  useEffect(() => {
    if (signedIn) void team.refresh();
  }, [signedIn, team]);
  const { teams, publishTeam, setPublishTeam } = useMyTeams(team.session, signedIn, setError);

  const isOwner = shared?.role === 'owner';
  const members = useDealMembers(team.session, dealId, isOwner, run);

  const dealTeam = dealTeamActions(team, { id: dealId, name: dealName }, run, onTeamModel);

  const roleLabel = (role: string) => t(`team.role.${role}` as MessageKey);

  return (
    <dialog
      ref={dialog}
      className="fr-dialog team-dialog team-share"
      aria-labelledby={`${ids}-title`}
      onClose={onClose}
    >
      <div className="team-share__body">
        <h2 id={`${ids}-title`} className="fr-dialog__title">
          {t('team.share.title', { name: dealName })}
        </h2>
        {!session ? (
          <SignInFirst onSignIn={() => setSigningIn(true)} />
        ) : !shared ? (
          <PublishStep
            server={session.server}
            teams={teams}
            publishTeam={publishTeam}
            onTeam={setPublishTeam}
            busy={busy}
            onPublish={() => void dealTeam.publish(publishTeam, teams ?? [])}
          />
        ) : !isOwner ? (
          <p>
            {t('team.share.notOwner', {
              role: roleLabel(shared.role),
              owner: shared.owner.displayName || shared.owner.name,
            })}
          </p>
        ) : (
          <>
            <TeamPicker
              teams={teams}
              value={shared.team ?? NO_TEAM}
              current={shared.team}
              disabled={busy}
              onChange={dealTeam.moveTo}
            />
            <MemberList
              members={members.members}
              busy={busy}
              roleLabel={roleLabel}
              onRole={members.setRole}
              onRemove={members.remove}
            />
          </>
        )}
      </div>
      {isOwner && <InviteForm busy={busy} roleLabel={roleLabel} onInvite={members.invite} />}
      <TeamErrorAlert error={error} t={t} />
      <div className="fr-dialog__buttons">
        <button type="button" onClick={() => dialog.current?.close()}>
          {t('team.share.close')}
        </button>
      </div>
      {signingIn && <SignInDialog session={team.session} onDone={() => setSigningIn(false)} />}
    </dialog>
  );
}

/** Before sharing: the way to sign in. */
function SignInFirst({ onSignIn }: { onSignIn: () => void }) {
  const { t } = useLang();
  return (
    <>
      <p>{t('team.share.signInFirst')}</p>
      <p>
        <button type="button" className="primary" onClick={onSignIn}>
          {t('team.signIn.button')}
        </button>
      </p>
    </>
  );
}

/** A deal not shared yet: into which team it goes, and the button that publishes it. */
function PublishStep({
  server,
  teams,
  publishTeam,
  onTeam,
  busy,
  onPublish,
}: {
  server: string;
  teams: readonly MyTeam[] | null;
  publishTeam: string;
  onTeam: (team: string) => void;
  busy: boolean;
  onPublish: () => void;
}) {
  const { t } = useLang();
  return (
    <>
      <p>{t('team.share.publishIntro', { server })}</p>
      <TeamPicker teams={teams} value={publishTeam} current={null} disabled={busy} onChange={onTeam} />
      <p>
        <button type="button" className="primary" disabled={busy || teams === null} onClick={onPublish}>
          {busy ? t('team.share.publishing') : t('team.share.publish')}
        </button>
      </p>
    </>
  );
}
