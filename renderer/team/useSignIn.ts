import { useEffect, useState, type FormEvent } from 'react';
import { useServices } from '../services/services';
import { rememberPendingServer, takePendingServer } from './pendingSignIn';
import { sameOriginServer } from './sameOriginServer';
import type { TeamSession } from './session';
import { TeamError } from './teamErrors';

/** What the user types to sign in. */
export interface SignInEntry {
  readonly server: string;
  readonly name: string;
  readonly password: string;
}

/**
 * The sign-in form's state and its submission. The address starts as the one a reload
 * interrupted, else the last server signed in to, else (once known) the page's own server.
 * On the desktop a server new to the app is admitted first; when that needs a reload,
 * `reloadNeeded` says so and the address is kept for after it. An error is kept in `error`.
 */
export function useSignIn(session: TeamSession, onSignedIn: () => void) {
  const { platform } = useServices();
  const [entry, setEntry] = useState<SignInEntry>(() => ({
    server: takePendingServer() ?? session.current()?.server ?? '',
    name: '',
    password: '',
  }));
  const [reloadNeeded, setReloadNeeded] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    void sameOriginServer().then((origin) => {
      if (live && origin) setEntry((typed) => ({ ...typed, server: typed.server || origin }));
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
      const admission = await platform.admitTeamServer?.(entry.server);
      if (admission?.state === 'refused') throw new TeamError('bad-url', `refused: ${admission.reason}`);
      if (admission?.state === 'reload') {
        rememberPendingServer(entry.server);
        setReloadNeeded(true);
        return;
      }
      await session.signIn(entry.server, entry.name.trim(), entry.password);
      onSignedIn();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const change = (patch: Partial<SignInEntry>) => setEntry((current) => ({ ...current, ...patch }));
  return { entry, change, reloadNeeded, busy, error, submit };
}
