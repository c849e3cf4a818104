import { useId, useRef } from 'react';
import { useLang } from '../i18n/LangContext';
import { useModalDialog } from '../ui/useModalDialog';
import '../ui/firstRun.css';
import './team.css';
import type { TeamSession } from './session';
import { SignInFields } from './SignInFields';
import { TeamErrorAlert } from './TeamErrorAlert';
import { useSignIn } from './useSignIn';

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
  const dialog = useModalDialog();
  const ids = useId();
  const signedIn = useRef(false);
  const { entry, change, reloadNeeded, busy, error, submit } = useSignIn(session, () => {
    signedIn.current = true;
    dialog.current?.close();
  });

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
        <SignInFields entry={entry} onChange={change} />
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
