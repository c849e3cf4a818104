import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { LikelihoodModelSetting } from '../../shared/document';
import type { MessageKey } from '../../shared/i18n';
import { useLang } from '../i18n/LangContext';
import '../ui/firstRun.css';
import './team.css';
import { SignInDialog } from './SignInDialog';
import { useTeamState } from './TeamContext';
import {
  listMembers,
  listTeams,
  publishDeal,
  removeMember,
  setDealTeam,
  setMember,
  type DealMember,
  type MemberRole,
  type MyTeam,
} from './teamApi';
import { defaultTeam, NO_TEAM, teamModelOf, teamOfChoice } from './teamChoice';
import { TeamErrorAlert } from './TeamErrorAlert';
import { TeamPicker } from './TeamPicker';

const MEMBER_ROLES: readonly MemberRole[] = ['editor', 'viewer'];

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
  const dialog = useRef<HTMLDialogElement>(null);
  const ids = useId();
  const [signingIn, setSigningIn] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [members, setMembers] = useState<readonly DealMember[] | null>(null);
  const [inviteName, setInviteName] = useState('');
  const [inviteRole, setInviteRole] = useState<MemberRole>('editor');
  const [teams, setTeams] = useState<readonly MyTeam[] | null>(null);
  /** The team to publish into, once the user's teams are known. */
  const [publishTeam, setPublishTeam] = useState<string>(NO_TEAM);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const shared = team.sharedDeals()?.find((deal) => deal.id === dealId);
  const signedIn = session !== null;
  useEffect(() => {
    if (signedIn) void team.refresh();
  }, [signedIn, team]);

  const run = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }, []);

  // The user's teams, for the choice of team; when they cannot be fetched the deal goes into none.
  useEffect(() => {
    if (!signedIn) return;
    let live = true;
    listTeams(team.session).then(
      (mine) => {
        if (!live) return;
        setTeams(mine);
        setPublishTeam(defaultTeam(mine));
      },
      (caught: unknown) => {
        if (!live) return;
        setTeams([]);
        setError(caught);
      },
    );
    return () => {
      live = false;
    };
  }, [signedIn, team]);

  const isOwner = shared?.role === 'owner';
  useEffect(() => {
    if (!isOwner) return;
    void run(async () => setMembers(await listMembers(team.session, dealId)));
  }, [isOwner, dealId, run, team]);

  const publish = () =>
    run(async () => {
      const chosen = teamOfChoice(publishTeam);
      await publishDeal(team.session, { id: dealId, name: dealName, team: chosen });
      // The team's model travels with the team's deals: a deal published now takes it as its
      // owner's edit, before it is linked (which connects it), so its first document reaching
      // the server holds it already and the server, which gives the team's model to a deal at
      // its first document, finds nothing to change: one trail entry, not two.
      const setting = teamModelOf(teams ?? [], chosen);
      if (setting) onTeamModel?.(setting);
      team.link({ id: dealId, name: dealName, role: 'owner' });
      await team.refresh();
    });

  const moveToTeam = (value: string) =>
    void run(async () => {
      await setDealTeam(team.session, dealId, teamOfChoice(value));
      await team.refresh();
    });

  const invite = (event: FormEvent) => {
    event.preventDefault();
    const name = inviteName.trim();
    if (name === '') return;
    void run(async () => {
      setMembers(await setMember(team.session, dealId, name, inviteRole));
      setInviteName('');
    });
  };

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
          <>
            <p>{t('team.share.signInFirst')}</p>
            <p>
              <button type="button" className="primary" onClick={() => setSigningIn(true)}>
                {t('team.signIn.button')}
              </button>
            </p>
          </>
        ) : !shared ? (
          <>
            <p>{t('team.share.publishIntro', { server: session.server })}</p>
            <TeamPicker teams={teams} value={publishTeam} current={null} disabled={busy} onChange={setPublishTeam} />
            <p>
              <button
                type="button"
                className="primary"
                disabled={busy || teams === null}
                onClick={() => void publish()}
              >
                {busy ? t('team.share.publishing') : t('team.share.publish')}
              </button>
            </p>
          </>
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
              onChange={moveToTeam}
            />
            <MemberList
              members={members}
              busy={busy}
              roleLabel={roleLabel}
              onRole={(name, role) =>
                void run(async () => setMembers(await setMember(team.session, dealId, name, role)))
              }
              onRemove={(name) =>
                void run(async () => {
                  await removeMember(team.session, dealId, name);
                  setMembers(await listMembers(team.session, dealId));
                })
              }
            />
          </>
        )}
      </div>
      {isOwner && <h3>{t('team.share.invite')}</h3>}
      {isOwner && (
        <form className="team-share__invite" onSubmit={invite} aria-label={t('team.share.invite')}>
          <label className="fr-dialog__field">
            <span>{t('team.share.inviteName')}</span>
            <input type="text" value={inviteName} onChange={(e) => setInviteName(e.target.value)} required />
          </label>
          <label className="fr-dialog__field">
            <span>{t('team.share.inviteRole')}</span>
            <select value={inviteRole} onChange={(e) => setInviteRole(e.target.value as MemberRole)}>
              {MEMBER_ROLES.map((role) => (
                <option key={role} value={role}>
                  {roleLabel(role)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="primary" disabled={busy}>
            {t('team.share.inviteSubmit')}
          </button>
        </form>
      )}
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

function MemberList({
  members,
  busy,
  roleLabel,
  onRole,
  onRemove,
}: {
  members: readonly DealMember[] | null;
  busy: boolean;
  roleLabel: (role: string) => string;
  onRole: (name: string, role: MemberRole) => void;
  onRemove: (name: string) => void;
}) {
  const { t } = useLang();
  if (!members) return <p className="muted">{t('app.loading')}</p>;
  return (
    <table>
      <caption className="team-share__caption">{t('team.share.members')}</caption>
      <tbody>
        {members.map((member) => (
          <tr key={member.name}>
            <td>
              {member.displayName || member.name} <span className="muted">({member.name})</span>
            </td>
            <td>
              {member.role === 'owner' ? (
                roleLabel('owner')
              ) : (
                <select
                  aria-label={t('team.share.roleOf', { name: member.name })}
                  value={member.role}
                  disabled={busy}
                  onChange={(e) => onRole(member.name, e.target.value as MemberRole)}
                >
                  {MEMBER_ROLES.map((role) => (
                    <option key={role} value={role}>
                      {roleLabel(role)}
                    </option>
                  ))}
                </select>
              )}
            </td>
            <td>
              {member.role !== 'owner' && (
                <button
                  type="button"
                  disabled={busy}
                  aria-label={t('team.share.removeNamed', { name: member.name })}
                  onClick={() => onRemove(member.name)}
                >
                  {t('team.share.remove')}
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
