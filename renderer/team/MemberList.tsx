import { useLang } from '../i18n/LangContext';
import { MEMBER_ROLES, type DealMember, type MemberRole } from './teamApi';

/** The deal's members as its owner sees them: each one's role, changeable, and removable but the owner. */
export function MemberList({
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
