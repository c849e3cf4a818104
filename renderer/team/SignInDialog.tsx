import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useLang } from '../i18n/LangContext';
import { useServices } from '../services/services';
import { useModalDialog } from '../ui/useModalDialog';
import '../ui/firstRun.css';
import './team.css';
import { rememberPendingServer, takePendingServer } from './pendingSignIn';
import { sameOriginServer } from './sameOriginServer';
import type { TeamSession } from './session';
import { TeamErrorAlert } from './TeamErrorAlert';
import { TeamError } from './teamErrors';

/**
 * Signs in to a team server: its address (the page's own server prefilled when the app is
 * served by one), the user name and the password. An error is said in words under the form,
 * and the password is kept for another try.
 *
 * On the desktop the app may first have to admit the server (platform.admitTeamServer): a
 * server new to this app needs the page reloaded before it can be reached. The dialog says
 * so and offers the reload; afterwards the address is offered again and the user presses
 * Sign in once more (the password is not kept across the reload).
 */
export function SignInDialog({
  session,
  onDone,
}: {
  session: TeamSession;
  /** Called when the dialog closes: signed in or not. */
  onDone: (signedIn: boolean) => void;
}) {
  const { t } = useLang();
  const { platform } = useServices();
  const dialog = useModalDialog();
  const ids = useId();
  const [server, setServer] = useState(() => takePendingServer() ?? session.current()?.server ?? '');
  const [reloadNeeded, setReloadNeeded] = useState(false);
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const signedIn = useRef(false);

  useEffect(() => {
    let live = true;
    void sameOriginServer().then((origin) => {
      if (live && origin) setServer((typed) => typed || origin);
    });
    return () => {
      live = false;
    };
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const admission = await platform.admitTeamServer?.(server);
      if (admission?.state === 'refused') throw new TeamError('bad-url', `refused: ${admission.reason}`);
      if (admission?.state === 'reload') {
        rememberPendingServer(server);
        setReloadNeeded(true);
        return;
      }
      await session.signIn(server, name.trim(), password);
      signedIn.current = true;
      dialog.current?.close();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={dialog}
      className="fr-dialog team-dialog"
      aria-labelledby={`${ids}-title`}
      onClose={() => onDone(signedIn.current)}
    >
      <form onSubmit={(event) => void submit(event)}>
        <h2 id={`${ids}-title`} className="fr-dialog__title">
          {t('team.signIn.title')}
        </h2>
        <p className="muted">{t('team.signIn.intro')}</p>
        <label className="fr-dialog__field">
          <span>{t('team.signIn.server')}</span>
          <input
            type="url"
            inputMode="url"
            required
            value={server}
            placeholder={t('team.signIn.serverPlaceholder')}
            onChange={(e) => setServer(e.target.value)}
          />
        </label>
        <label className="fr-dialog__field">
          <span>{t('team.signIn.name')}</span>
          <input
            type="text"
            required
            autoComplete="username"
            value={name}
            onChange={(e) => setName(e.target.value)}
            autoFocus
          />
        </label>
        <label className="fr-dialog__field">
          <span>{t('team.signIn.password')}</span>
          <input
            type="password"
            required
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {reloadNeeded && (
          <p className="muted" role="status">
            {t('team.signIn.reloadNeeded')}
          </p>
        )}
        <TeamErrorAlert error={error} t={t} />
        <div className="fr-dialog__buttons">
          <button type="button" onClick={() => dialog.current?.close()}>
            {t('team.signIn.cancel')}
          </button>
          {reloadNeeded ? (
            <button type="button" className="primary" onClick={() => window.location.reload()}>
              {t('team.signIn.reload')}
            </button>
          ) : (
            <button type="submit" className="primary" disabled={busy}>
              {busy ? t('team.signIn.busy') : t('team.signIn.submit')}
            </button>
          )}
        </div>
      </form>
    </dialog>
  );
}
