import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useLang } from '../i18n/LangContext';
import '../ui/firstRun.css';
import './team.css';
import { sameOriginServer } from './sameOriginServer';
import type { TeamSession } from './session';
import { teamErrorText } from './teamErrors';

/**
 * Signs in to a team server: its address (the page's own server prefilled when the app is
 * served by one), the user name and the password. An error is said in words under the form,
 * and the password is kept for another try.
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
  const dialog = useRef<HTMLDialogElement>(null);
  const ids = useId();
  const [server, setServer] = useState(() => session.current()?.server ?? '');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const signedIn = useRef(false);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
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
        {error !== null && (
          <p className="team-error" role="alert">
            {teamErrorText(error, t)}
          </p>
        )}
        <div className="fr-dialog__buttons">
          <button type="button" onClick={() => dialog.current?.close()}>
            {t('team.signIn.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('team.signIn.busy') : t('team.signIn.submit')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
