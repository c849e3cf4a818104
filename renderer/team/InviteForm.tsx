import { useState, type FormEvent } from 'react';
import { useLang } from '../i18n/LangContext';
import { MEMBER_ROLES, type MemberRole } from './teamApi';

/**
 * The owner's invitation of a teammate by user name, as an editor or a viewer. `onInvite`
 * calls `done` once the teammate is a member, which empties the name for the next one.
 */
export function InviteForm({
  busy,
  roleLabel,
  onInvite,
}: {
  busy: boolean;
  roleLabel: (role: string) => string;
  onInvite: (name: string, role: MemberRole, done: () => void) => void;
}) {
  const { t } = useLang();
  const [name, setName] = useState('');
  const [role, setRole] = useState<MemberRole>('editor');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '') return;
    onInvite(trimmed, role, () => setName(''));
  };
  return (
    <>
      <h3>{t('team.share.invite')}</h3>
      <form className="team-share__invite" onSubmit={submit} aria-label={t('team.share.invite')}>
        <label className="fr-dialog__field">
          <span>{t('team.share.inviteName')}</span>
          <input type="text" value={name} onChange={(e) => setName(e.target.value)} required />
        </label>
        <label className="fr-dialog__field">
          <span>{t('team.share.inviteRole')}</span>
          <select value={role} onChange={(e) => setRole(e.target.value as MemberRole)}>
            {MEMBER_ROLES.map((each) => (
              <option key={each} value={each}>
                {roleLabel(each)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="primary" disabled={busy}>
          {t('team.share.inviteSubmit')}
        </button>
      </form>
    </>
  );
}
