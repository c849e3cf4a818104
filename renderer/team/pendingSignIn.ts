/**
 * The server address of a sign-in the desktop app had to interrupt: admitting a new team
 * server changes the page's Content Security Policy, which only a reload applies. The
 * address is kept in sessionStorage (it survives the reload, not the window) so that the
 * sign-in dialog offers it again; the password is never kept.
 */
const KEY = 'powermap.team.pendingSignInServer';

export function rememberPendingServer(server: string, storage: Storage | undefined = safeSessionStorage()): void {
  try {
    storage?.setItem(KEY, server);
  } catch {
    // Storage full or refused: the user types the address again.
  }
}

/** The address waiting for its sign-in, once: reading it forgets it. */
export function takePendingServer(storage: Storage | undefined = safeSessionStorage()): string | null {
  try {
    const server = storage?.getItem(KEY) ?? null;
    storage?.removeItem(KEY);
    return server;
  } catch {
    return null;
  }
}

function safeSessionStorage(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}
