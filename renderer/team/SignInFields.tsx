import { useLang } from '../i18n/LangContext';
import type { SignInEntry } from './useSignIn';

/** The sign-in form's three fields: the server's address, the user name (focused first) and the password. */
export function SignInFields({
  entry,
  onChange,
}: {
  entry: SignInEntry;
  onChange: (patch: Partial<SignInEntry>) => void;
}) {
  const { t } = useLang();
  return (
    <>
      <label className="fr-dialog__field">
        <span>{t('team.signIn.server')}</span>
        <input
          type="url"
          inputMode="url"
          required
          value={entry.server}
          placeholder={t('team.signIn.serverPlaceholder')}
          onChange={(e) => onChange({ server: e.target.value })}
        />
      </label>
      <label className="fr-dialog__field">
        <span>{t('team.signIn.name')}</span>
        <input
          type="text"
          required
          autoComplete="username"
          value={entry.name}
          onChange={(e) => onChange({ name: e.target.value })}
          autoFocus
        />
      </label>
      <label className="fr-dialog__field">
        <span>{t('team.signIn.password')}</span>
        <input
          type="password"
          required
          autoComplete="current-password"
          value={entry.password}
          onChange={(e) => onChange({ password: e.target.value })}
        />
      </label>
    </>
  );
}
