/**
 * Where the refresh token of a sign-in is kept: the profile's localStorage (desktop and
 * browser alike), under one key.
 *
 * Why there: Powermap is offline first. The deals themselves sit in this profile's IndexedDB,
 * so whoever can read the profile already reads every deal; the token adds the right to
 * fetch what the server holds, for at most 30 days and until the user signs out or their
 * password changes (which revokes it on the server). Keeping it only in memory would sign
 * the user out at every restart and stop offline edits from reaching the server later.
 * An HttpOnly cookie would hide it from scripts, but the desktop app is served from app://
 * and talks to servers of other origins, where such cookies do not travel; the strict CSP
 * (no inline or foreign scripts) is what keeps other scripts out of the page. The server
 * rotates the token at every refresh and revokes the sign-in when a replaced one is shown
 * again, so a copied token is found out at its first use. The access token is never stored.
 */
import { z } from 'zod';

export const SESSION_KEY = 'powermap.team.session';

export interface StoredSession {
  readonly server: string;
  readonly user: { readonly name: string; readonly displayName: string };
  readonly refreshToken: string;
}

const StoredSessionSchema = z.object({
  server: z.string().min(1),
  user: z.object({ name: z.string(), displayName: z.string() }),
  refreshToken: z.string().min(1),
});

export interface RefreshTokenStore {
  load(): StoredSession | null;
  save(session: StoredSession): void;
  clear(): void;
}

/** The store over a Storage (localStorage); unreadable or damaged entries read as signed out. */
export function storageRefreshTokenStore(
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null,
): RefreshTokenStore {
  return {
    load() {
      try {
        const text = storage?.getItem(SESSION_KEY);
        if (!text) return null;
        const parsed = StoredSessionSchema.safeParse(JSON.parse(text));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    save(session) {
      try {
        storage?.setItem(SESSION_KEY, JSON.stringify(session));
      } catch {
        // Storage full or forbidden: the sign-in lasts for this window only.
      }
    },
    clear() {
      try {
        storage?.removeItem(SESSION_KEY);
      } catch {
        // nothing stored
      }
    },
  };
}

/** A store in memory, for tests and for profiles without storage. */
export function memoryRefreshTokenStore(initial: StoredSession | null = null): RefreshTokenStore {
  let session = initial;
  return {
    load: () => session,
    save: (next) => {
      session = next;
    },
    clear: () => {
      session = null;
    },
  };
}
